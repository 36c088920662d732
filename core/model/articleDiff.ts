import { diffWords } from 'diff';
import type { Article } from './article.ts';
import { documentText, ImageNodeSchema, type SerializedImageNode } from './document.ts';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface FieldChange {
  field: 'title' | 'sapo' | 'byline' | 'category' | 'tags' | 'dateline' | 'featuredPhoto' | 'photoCredits' | 'photoAltTexts' | 'state';
  before: string;
  after: string;
}

export interface ArticleDiff {
  fields: FieldChange[];
  /** Word-level changes of the body text, photo captions included (credits and alt text are fields). */
  body: DiffPart[];
  /** The text reads the same but its formatting (bold, headings, lists, links, photo sizes) changed. */
  formattingChanged: boolean;
}

/** What changed from one version of an article to another, as an editor reads it. */
export function diffArticles(before: Article, after: Article): ArticleDiff {
  const fields: FieldChange[] = [];
  for (const [field, read] of FIELD_READERS) {
    const a = read(before);
    const b = read(after);
    if (a !== b) fields.push({ field, before: a, after: b });
  }
  const [textBefore, textAfter] = [documentText(before.body), documentText(after.body)];
  const body = diffWords(textBefore, textAfter).map((change): DiffPart => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
  const photoFieldsChanged = fields.some((change) => change.field === 'photoCredits' || change.field === 'photoAltTexts');
  const formattingChanged = textBefore === textAfter && !photoFieldsChanged && JSON.stringify(before.body) !== JSON.stringify(after.body);
  return { fields, body, formattingChanged };
}

/** One line per photo of the body, in order: "1. Chủ tịch UBND tỉnh phát biểu". */
function photoLines(article: Article, read: (photo: SerializedImageNode) => string): string {
  const photos = article.body.root.children.flatMap((node) => {
    const photo = ImageNodeSchema.safeParse(node);
    return photo.success ? [photo.data] : [];
  });
  return photos.map((photo, index) => `${index + 1}. ${read(photo)}`).join('\n');
}

const FIELD_READERS: Array<[FieldChange['field'], (article: Article) => string]> = [
  ['title', (a) => a.title],
  ['sapo', (a) => a.sapo],
  ['byline', (a) => a.byline],
  ['category', (a) => a.category],
  ['tags', (a) => a.tags.join(', ')],
  ['dateline', (a) => `${a.dateline.place}, ${a.dateline.date}`],
  [
    'featuredPhoto',
    (a) =>
      a.featuredPhoto
        ? [a.featuredPhoto.caption, a.featuredPhoto.credit && `Ảnh: ${a.featuredPhoto.credit}`, a.featuredPhoto.alt]
            .filter(Boolean)
            .join(' · ')
        : '',
  ],
  ['photoCredits', (a) => photoLines(a, (photo) => photo.credit)],
  ['photoAltTexts', (a) => photoLines(a, (photo) => photo.altText)],
  ['state', (a) => a.state],
];
