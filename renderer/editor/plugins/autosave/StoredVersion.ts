import type { NewsdeskApi } from '../../../../core/api.ts';
import type { ArticleContent } from '../../../../core/model/article.ts';
import type { ContentChanges } from '../../../../core/model/contentChanges.ts';
import type { SerializedEditorState, SerializedNode } from '../../../../core/model/document.ts';

/**
 * The version of the article this editor stored last, for saves and recovery copies to be sent as
 * changes against it. A paragraph that is the very object stored last (the body's snapshots share
 * the JSON of unchanged paragraphs) goes as its position: a save while typing in a 20,000-word
 * article carries one paragraph, not the whole text, and the core answers with a date, not the
 * article. A save goes whole only when nothing is known of the stored version (a new article) or
 * the article was stored from elsewhere since.
 */
export class StoredVersion {
  private updatedAt: string | null = null;
  private positions = new Map<SerializedNode, number>();

  /**
   * The article as it was opened (stored at `updatedAt` with `storedBody`), unless a save has been
   * made since: each paragraph the editor shows (`shownBody`) exactly as stored, in its place,
   * counts as stored, so that even the first save carries only what was typed.
   */
  opened(updatedAt: string, storedBody: SerializedEditorState, shownBody: SerializedEditorState): void {
    if (this.updatedAt !== null) return;
    this.updatedAt = updatedAt;
    const stored = storedBody.root.children;
    this.positions = new Map();
    shownBody.root.children.forEach((block, index) => {
      if (index < stored.length && sameJson(block, stored[index])) this.positions.set(block, index);
    });
  }

  /** What was just stored, and when. */
  stored(updatedAt: string, body: SerializedEditorState): void {
    this.updatedAt = updatedAt;
    this.positions = new Map(body.root.children.map((block, index) => [block, index]));
  }

  /** `content` as changes against the version stored last; null when nothing was stored from here yet. */
  changesTo(content: ArticleContent): ContentChanges | null {
    if (this.updatedAt === null) return null;
    const { body, ...fields } = content;
    const children = body.root.children.map((block) => this.positions.get(block) ?? block);
    return { ...fields, baseUpdatedAt: this.updatedAt, body: { root: { ...body.root, children } } };
  }
}

/** Whether two JSON values say the same, the order of their keys aside. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Saves `content`, as changes when the core still holds the version they are written against, else whole. */
export async function saveContent(
  editor: NewsdeskApi['editor'],
  id: string,
  content: ArticleContent,
  version: StoredVersion,
): Promise<void> {
  const changes = version.changesTo(content);
  const saved = changes ? await editor.saveChanges(id, changes) : null;
  const updatedAt = saved?.updatedAt ?? (await editor.save(id, content)).updatedAt;
  version.stored(updatedAt, content.body);
}

/** Keeps a recovery copy of `content`, sent as `saveContent` sends a save. */
export async function keepContent(
  editor: NewsdeskApi['editor'],
  id: string,
  content: ArticleContent,
  version: StoredVersion,
): Promise<void> {
  const changes = version.changesTo(content);
  if (changes && (await editor.keepDraftChanges(id, changes))) return;
  await editor.keepDraft(id, content);
}
