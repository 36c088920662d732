/**
 * Where to come back to after the page went away without unloading: a renderer crash (the desktop
 * app then reloads the window), a killed browser tab. While an article is open in the editor the
 * page keeps a note of it in localStorage; closing the editor or unloading the page normally
 * removes the note, so only an abnormal end leaves it behind. Reopening is tried twice at most,
 * so that a screen that crashes the page on opening cannot trap the user in a loop.
 */
const KEY = 'newsdesk.editing';
const MAX_REOPENS = 2;
/** An editor open this long without the page going away counts as healthy again. */
const SETTLED_MS = 30_000;

interface EditingNote {
  username: string;
  articleId: string;
  /** How many times in a row the app has reopened this article after an abnormal end. */
  reopened: number;
}

function read(): EditingNote | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
    if (value === null || typeof value !== 'object') return null;
    const { username, articleId, reopened } = value as Record<string, unknown>;
    if (typeof username !== 'string' || typeof articleId !== 'string') return null;
    return { username, articleId, reopened: typeof reopened === 'number' && reopened >= 0 ? reopened : 0 };
  } catch {
    return null;
  }
}

function write(note: EditingNote | null): void {
  try {
    if (note) window.localStorage.setItem(KEY, JSON.stringify(note));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage can be disabled: the app then starts in the library after a crash.
  }
}

/**
 * Notes that `username` is editing `articleId` until the returned function is called (the editor
 * closed). Call it when the editor has the article open.
 */
export function noteEditing(username: string, articleId: string): () => void {
  const previous = read();
  const reopened = previous?.username === username && previous.articleId === articleId ? previous.reopened : 0;
  const note = () => write({ username, articleId, reopened: read()?.reopened ?? reopened });
  write({ username, articleId, reopened });
  const settled = setTimeout(() => write({ username, articleId, reopened: 0 }), SETTLED_MS);
  // A normal unload (closing, reloading, signing in elsewhere) is no crash: nothing to come back to.
  const unloading = () => write(null);
  const restored = (event: PageTransitionEvent) => event.persisted && note();
  window.addEventListener('pagehide', unloading);
  window.addEventListener('pageshow', restored);
  return () => {
    clearTimeout(settled);
    window.removeEventListener('pagehide', unloading);
    window.removeEventListener('pageshow', restored);
    const current = read();
    if (current?.username === username && current.articleId === articleId) write(null);
  };
}

/**
 * The article to reopen in the editor now that `username`'s app has started: the first of
 * `candidates` (articles with unsaved work kept by the core, newest first), else the one the
 * editor had open when the page went away. Null when there is none, or when reopening it has
 * already failed twice in a row.
 */
export function articleToReopen(username: string, candidates: readonly string[]): string | null {
  const note = read();
  const mine = note?.username === username ? note : null;
  const target = candidates[0] ?? mine?.articleId ?? null;
  if (target === null) return null;
  const reopened = mine?.articleId === target ? mine.reopened : 0;
  if (reopened >= MAX_REOPENS) {
    write(null);
    return null;
  }
  write({ username, articleId: target, reopened: reopened + 1 });
  return target;
}
