import type { SerializedEditorState, SerializedNode } from '../model/document.ts';
import { toNfc } from '../model/text.ts';
import { CREDIT_PREFIX } from '../docx/docxStyles.ts';
import type { HtmlElement, HtmlNode } from './htmlTree.ts';

/** What a Word file written by Newsdesk carries besides its body: its styled title, byline, sapo, captions and credits. */
export interface NewsdeskWordParts {
  title: string | null;
  byline: string | null;
  sapo: string | null;
  /** Caption and credit of each photo, by the photo's src, in the order the photos come. */
  photoTexts: Map<string, { caption: string; credit: string }>;
}

const text = (node: HtmlNode): string => (node.kind === 'text' ? node.text : node.children.map(text).join(''));
const hasClass = (node: HtmlNode, name: string): node is HtmlElement =>
  node.kind === 'element' && (node.attrs.class ?? '').split(/\s+/).includes(name);
const findImage = (node: HtmlNode): HtmlElement | null =>
  node.kind !== 'element' ? null : node.tag === 'img' ? node : (node.children.map(findImage).find((found) => found !== null) ?? null);

/**
 * Takes the Newsdesk-styled paragraphs (classes set by the import's style map) out of the tree:
 * the title, byline and sapo become the article's fields, a caption and credit right after a
 * photo become that photo's. Word files from elsewhere have none and pass through unchanged.
 */
export function takeNewsdeskParts(root: HtmlElement): NewsdeskWordParts {
  const parts: NewsdeskWordParts = { title: null, byline: null, sapo: null, photoTexts: new Map() };
  const kept: HtmlNode[] = [];
  let lastPhoto: string | null = null;
  for (const node of root.children) {
    const field = (['nd-title', 'nd-byline', 'nd-sapo'] as const).find((name) => hasClass(node, name));
    if (field) {
      const key = field === 'nd-title' ? 'title' : field === 'nd-byline' ? 'byline' : 'sapo';
      parts[key] ??= toNfc(text(node).trim());
      continue;
    }
    if ((hasClass(node, 'nd-caption') || hasClass(node, 'nd-credit')) && lastPhoto !== null) {
      const entry = parts.photoTexts.get(lastPhoto) ?? { caption: '', credit: '' };
      const value = toNfc(text(node).trim());
      if (hasClass(node, 'nd-caption')) entry.caption = value;
      else entry.credit = value.startsWith(CREDIT_PREFIX) ? value.slice(CREDIT_PREFIX.length) : value;
      parts.photoTexts.set(lastPhoto, entry);
      continue;
    }
    lastPhoto = findImage(node)?.attrs.src ?? null;
    kept.push(node);
  }
  root.children = kept;
  return parts;
}

/** Gives the photos of the converted body the captions and credits read beside them. */
export function applyPhotoTexts(body: SerializedEditorState, photoTexts: NewsdeskWordParts['photoTexts']): void {
  const visit = (nodes: SerializedNode[]) => {
    for (const node of nodes) {
      const texts = node.type === 'image' && typeof node.src === 'string' ? photoTexts.get(node.src) : undefined;
      if (texts) Object.assign(node, texts);
      visit(node.children ?? []);
    }
  };
  visit(body.root.children);
}
