import { ARTICLE_SCHEMA_VERSION, type Article } from './article.ts';
import { emptyDocument } from './document.ts';

export interface DraftAuthor {
  username: string;
  displayName: string;
}

/** A new, empty draft written by `author` (signed with their name), dated today where it is written. */
export function newDraft(id: string, author: DraftAuthor | null, now: Date): Article {
  const at = now.toISOString();
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    title: '',
    sapo: '',
    byline: author?.displayName ?? '',
    category: '',
    tags: [],
    dateline: { place: '', date: localDate(now) },
    featuredPhoto: null,
    body: emptyDocument(),
    state: 'draft',
    author: author?.username ?? '',
    createdAt: at,
    updatedAt: at,
  };
}

/** `YYYY-MM-DD` of the calendar day `now` falls on in this machine's time zone. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
