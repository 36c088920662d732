import { diffWords } from 'diff';
import type { Article } from './article.ts';
import { documentText } from './document.ts';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface FieldChange {
  field: 'title' | 'sapo' | 'byline' | 'category' | 'tags' | 'dateline' | 'featuredPhoto' | 'state';
  before: string;
  after: string;
}

export interface ArticleDiff {
  fields: FieldChange[];
  /** Word-level changes of the body text, photo captions included. */
  body: DiffPart[];
}

/** What changed from one version of an article to another, as an editor reads it. */
export function diffArticles(before: Article, after: Article): ArticleDiff {
  const fields: FieldChange[] = [];
  for (const [field, read] of FIELD_READERS) {
    const a = read(before);
    const b = read(after);
    if (a !== b) fields.push({ field, before: a, after: b });
  }
  const body = diffWords(documentText(before.body), documentText(after.body)).map(
    (change): DiffPart => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }),
  );
  return { fields, body };
}

const FIELD_READERS: Array<[FieldChange['field'], (article: Article) => string]> = [
  ['title', (a) => a.title],
  ['sapo', (a) => a.sapo],
  ['byline', (a) => a.byline],
  ['category', (a) => a.category],
  ['tags', (a) => a.tags.join(', ')],
  ['dateline', (a) => `${a.dateline.place}, ${a.dateline.date}`],
  ['featuredPhoto', (a) => (a.featuredPhoto ? [a.featuredPhoto.caption, a.featuredPhoto.credit && `Ảnh: ${a.featuredPhoto.credit}`, a.featuredPhoto.alt].filter(Boolean).join(' · ') : '')],
  ['state', (a) => a.state],
];
