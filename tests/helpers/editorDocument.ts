import type { SerializedNode } from '../../core/model/document.ts';

/** A paragraph of plain text, in the full form the editor stores. */
export const plainParagraph = (text: string): SerializedNode => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
});

/** An article body of plain paragraphs, in the full form the editor stores. */
export function bodyOfParagraphs(texts: string[]) {
  return { root: { type: 'root' as const, version: 1, children: texts.map(plainParagraph), direction: null, format: '', indent: 0 } };
}
