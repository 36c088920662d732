import type { SerializedEditorState, SerializedNode } from '../model/document.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment, one block per line (for comparing two versions side by side). */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<img\b[^>]*data-caption="([^"]*)"[^>]*>/gi, '\n[$1]\n')
      .replace(/<\/(p|h[1-6]|li|blockquote|figcaption)>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The portal's body back as a document, for "take the portal's version": paragraphs and headings
 * as text, photos we uploaded back as our photos. Inline formatting is not carried over.
 */
export function htmlToDocument(html: string, assetOfFile: (uuid: string) => string | undefined): SerializedEditorState {
  const children: SerializedNode[] = [];
  const blocks = /<(p|h2|h3|h4|blockquote)\b[^>]*>([\s\S]*?)<\/\1>|<img\b([^>]*)>/gi;
  for (const match of html.matchAll(blocks)) {
    if (match[3] !== undefined) {
      const attrs = match[3];
      const attr = (name: string) => decodeEntities(new RegExp(`${name}="([^"]*)"`, 'i').exec(attrs)?.[1] ?? '');
      const asset = assetOfFile(attr('data-entity-uuid'));
      if (!asset) continue;
      const image: SerializedNode = {
        type: 'image',
        version: 1,
        src: asset,
        altText: attr('alt'),
        caption: attr('data-caption'),
        credit: '',
      };
      const width = Number(attr('width'));
      const height = Number(attr('height'));
      if (width > 0 && height > 0) Object.assign(image, { width, height });
      children.push(image);
      continue;
    }
    const tag = match[1]!.toLowerCase();
    if (/class="nd-byline"/.test(match[0])) continue;
    const text = htmlToText(match[2] ?? '');
    if (!text) continue;
    const textNode: SerializedNode = { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' };
    if (tag === 'p') children.push({ type: 'paragraph', version: 1, children: [textNode], direction: 'ltr', format: '', indent: 0 });
    else if (tag === 'blockquote')
      children.push({ type: 'quote', version: 1, children: [textNode], direction: 'ltr', format: '', indent: 0 });
    else children.push({ type: 'heading', version: 1, tag, children: [textNode], direction: 'ltr', format: '', indent: 0 });
  }
  return { root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 } };
}
