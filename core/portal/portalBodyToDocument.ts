import { parseHtml, type HtmlElement, type HtmlNode } from '../import/htmlTree.ts';
import { TextFormat, type SerializedEditorState, type SerializedNode } from '../model/document.ts';
import { toNfc } from '../model/text.ts';
import { safeLinkUrl } from '../render/safeUrl.ts';

/** A photo of the body, found by the file it names (`data-entity-uuid`, else `src`). */
export interface BodyPhoto {
  asset: string;
  width?: number;
  height?: number;
}

/** Facts Newsdesk writes on the closing byline line so that another Newsdesk can read them back. */
export interface BodyFacts {
  byline: string;
  category: string;
  datelinePlace: string;
  datelineDate: string;
}

export interface PortalBody {
  body: SerializedEditorState;
  facts: BodyFacts | null;
}

/** Every image the body names: pull these into the asset store before converting. */
export function bodyImages(html: string): Array<{ uuid: string; src: string }> {
  const found: Array<{ uuid: string; src: string }> = [];
  const visit = (element: HtmlElement) => {
    if (element.tag === 'img') found.push({ uuid: element.attrs['data-entity-uuid'] ?? '', src: element.attrs.src ?? '' });
    for (const child of element.children) if (child.kind === 'element') visit(child);
  };
  visit(parseHtml(html));
  return found;
}

/**
 * The portal's body HTML back as the document Lexical stores: what Newsdesk wrote comes back as
 * it was (Drupal's `<img data-caption>` with caption and credit, the byline line and its facts), and
 * what Drupal's own editor writes (CKEditor 5: paragraphs, h2–h4, lists, links, bold/italic,
 * `<figure>` with `<figcaption>`) comes in with its structure. Anything else keeps its text.
 */
export function portalBodyToDocument(html: string, photoOf: (image: { uuid: string; src: string }) => BodyPhoto | null): PortalBody {
  const root = parseHtml(html);
  let facts: BodyFacts | null = null;
  const blocks = root.children.filter((node) => {
    if (node.kind === 'element' && node.tag === 'p' && (node.attrs.class ?? '').split(/\s+/).includes('nd-byline')) {
      facts = {
        byline: toNfc(textOf(node).trim()),
        category: toNfc(node.attrs['data-category'] ?? ''),
        datelinePlace: toNfc(node.attrs['data-dateline-place'] ?? ''),
        datelineDate: node.attrs['data-dateline-date'] ?? '',
      };
      return false;
    }
    return true;
  });
  const children = new Converter(photoOf).blocks(blocks);
  return { body: { root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 } }, facts };
}

/** `data-caption` as Newsdesk writes it: the caption, then " Ảnh: " and the credit. */
export function splitCaption(text: string): { caption: string; credit: string } {
  const value = toNfc(text.trim());
  if (value.startsWith('Ảnh: ')) return { caption: '', credit: value.slice('Ảnh: '.length).trim() };
  const at = value.lastIndexOf(' Ảnh: ');
  if (at < 0) return { caption: value, credit: '' };
  return { caption: value.slice(0, at).trim(), credit: value.slice(at + ' Ảnh: '.length).trim() };
}

const FORMAT_OF_TAG: Record<string, number> = {
  b: TextFormat.bold,
  strong: TextFormat.bold,
  i: TextFormat.italic,
  em: TextFormat.italic,
  u: TextFormat.underline,
  s: TextFormat.strikethrough,
  del: TextFormat.strikethrough,
  strike: TextFormat.strikethrough,
  code: TextFormat.code,
  sub: TextFormat.subscript,
  sup: TextFormat.superscript,
};
const HEADING_OF_TAG: Record<string, string> = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4' };
const BLOCK_TAGS = new Set([
  'p',
  'blockquote',
  'ul',
  'ol',
  'hr',
  'figure',
  'div',
  'section',
  'article',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  ...Object.keys(HEADING_OF_TAG),
]);
const ALIGNMENT = /(?:^|\s)(?:nd-align|text-align)-(left|center|right|justify)(?:\s|$)/;

class Converter {
  constructor(private readonly photoOf: (image: { uuid: string; src: string }) => BodyPhoto | null) {}

  blocks(nodes: readonly HtmlNode[]): SerializedNode[] {
    const out: SerializedNode[] = [];
    let loose: HtmlNode[] = [];
    const flush = () => {
      out.push(...this.textBlock('paragraph', loose, ''));
      loose = [];
    };
    for (const node of nodes) {
      if (node.kind === 'element' && (BLOCK_TAGS.has(node.tag) || node.tag === 'img')) {
        flush();
        out.push(...this.block(node));
      } else if (node.kind === 'element' || node.text.trim() !== '') {
        loose.push(node);
      }
    }
    flush();
    return out;
  }

  private block(element: HtmlElement): SerializedNode[] {
    const align = ALIGNMENT.exec(element.attrs.class ?? '')?.[1] ?? '';
    const { tag } = element;
    if (tag === 'p') return this.textBlock('paragraph', element.children, align);
    if (HEADING_OF_TAG[tag]) return this.textBlock(HEADING_OF_TAG[tag], element.children, align);
    if (tag === 'blockquote') return this.quote(element);
    if (tag === 'ul' || tag === 'ol') return [this.list(element)];
    if (tag === 'hr') return [{ type: 'horizontalrule', version: 1 }];
    if (tag === 'img') return this.image(element, element.attrs['data-caption'] ?? '');
    if (tag === 'figure') return this.figure(element);
    return this.blocks(element.children);
  }

  /** A paragraph or heading; a photo inside it stands as a block of its own after the text before it. */
  private textBlock(kind: string, nodes: readonly HtmlNode[], align: string): SerializedNode[] {
    const out: SerializedNode[] = [];
    let inline: SerializedNode[] = [];
    const flush = () => {
      const trimmed = trimLineBreaks(inline);
      if (trimmed.some((node) => node.type !== 'linebreak')) out.push(element(kind, trimmed, align));
      inline = [];
    };
    this.inline(
      nodes,
      0,
      (node) => inline.push(node),
      (photo) => {
        flush();
        out.push(...photo);
      },
    );
    flush();
    return out;
  }

  private quote(element: HtmlElement): SerializedNode[] {
    const inline: SerializedNode[] = [];
    const photos: SerializedNode[] = [];
    const hasBlocks = element.children.some((child) => child.kind === 'element' && BLOCK_TAGS.has(child.tag));
    if (!hasBlocks) {
      this.inline(
        element.children,
        0,
        (node) => inline.push(node),
        (photo) => photos.push(...photo),
      );
    } else {
      for (const block of this.blocks(element.children)) {
        if (block.type === 'image') photos.push(block);
        else {
          if (inline.length > 0) inline.push({ type: 'linebreak', version: 1 });
          inline.push(...(block.children ?? []));
        }
      }
    }
    const trimmed = trimLineBreaks(inline);
    return [
      ...(trimmed.length > 0 ? [{ type: 'quote', version: 1, children: trimmed, direction: 'ltr', format: '', indent: 0 }] : []),
      ...photos,
    ];
  }

  private list(element: HtmlElement): SerializedNode {
    const ordered = element.tag === 'ol';
    const startAttr = Number.parseInt(element.attrs.start ?? '', 10);
    const start = ordered && startAttr > 0 ? startAttr : 1;
    const items: SerializedNode[] = [];
    for (const child of element.children) {
      if (child.kind === 'text') continue;
      const inline: SerializedNode[] = [];
      const nested: SerializedNode[] = [];
      for (const part of child.tag === 'li' ? child.children : [child]) {
        if (part.kind === 'element' && (part.tag === 'ul' || part.tag === 'ol')) nested.push(this.list(part));
        else if (part.kind === 'element' && part.tag === 'p')
          this.inline(
            part.children,
            0,
            (node) => inline.push(node),
            () => undefined,
          );
        else
          this.inline(
            [part],
            0,
            (node) => inline.push(node),
            () => undefined,
          );
      }
      const children = [...trimLineBreaks(inline), ...nested];
      items.push({ type: 'listitem', version: 1, value: start + items.length, children, direction: 'ltr', format: '', indent: 0 });
    }
    const listType = ordered ? 'number' : 'bullet';
    return {
      type: 'list',
      version: 1,
      listType,
      start,
      tag: ordered ? 'ol' : 'ul',
      children: items,
      direction: 'ltr',
      format: '',
      indent: 0,
    };
  }

  private figure(element: HtmlElement): SerializedNode[] {
    const caption = element.children.find((child): child is HtmlElement => child.kind === 'element' && child.tag === 'figcaption');
    const image = findImage(element);
    if (!image) return this.blocks(element.children.filter((child) => child !== caption));
    return this.image(image, caption ? textOf(caption) : (image.attrs['data-caption'] ?? ''));
  }

  private image(element: HtmlElement, captionText: string): SerializedNode[] {
    const photo = this.photoOf({ uuid: element.attrs['data-entity-uuid'] ?? '', src: element.attrs.src ?? '' });
    if (!photo) return [];
    const { caption, credit } = splitCaption(captionText);
    const node: SerializedNode = { type: 'image', version: 1, src: photo.asset, altText: toNfc(element.attrs.alt ?? ''), caption, credit };
    const width = Number(element.attrs.width) || photo.width;
    const height = Number(element.attrs.height) || photo.height;
    if (width && height) Object.assign(node, { width, height });
    return [node];
  }

  private inline(
    nodes: readonly HtmlNode[],
    format: number,
    emit: (node: SerializedNode) => void,
    photo: (nodes: SerializedNode[]) => void,
  ): void {
    for (const node of nodes) {
      if (node.kind === 'text') {
        const text = toNfc(node.text.replace(/[\t ]*[\r\n]+[\t ]*/g, ' '));
        if (text !== '') emit({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });
        continue;
      }
      const { tag } = node;
      if (tag === 'br') emit({ type: 'linebreak', version: 1 });
      else if (tag === 'img') photo(this.image(node, node.attrs['data-caption'] ?? ''));
      else if (tag === 'figure') photo(this.figure(node));
      else if (tag === 'a') {
        const url = node.attrs.href ? safeLinkUrl(node.attrs.href) : null;
        if (!url) {
          this.inline(node.children, format, emit, photo);
          continue;
        }
        const children: SerializedNode[] = [];
        this.inline(node.children, format, (child) => children.push(child), photo);
        if (children.length > 0)
          emit({ type: 'link', version: 1, url, rel: null, target: null, title: null, children, direction: 'ltr', format: '', indent: 0 });
      } else this.inline(node.children, format | (FORMAT_OF_TAG[tag] ?? 0), emit, photo);
    }
  }
}

function element(kind: string, children: SerializedNode[], align: string): SerializedNode {
  if (kind === 'paragraph') return { type: 'paragraph', version: 1, children, direction: 'ltr', format: align, indent: 0 };
  return { type: 'heading', version: 1, tag: kind, children, direction: 'ltr', format: align, indent: 0 };
}

function trimLineBreaks(nodes: SerializedNode[]): SerializedNode[] {
  const out = [...nodes];
  while (out[0]?.type === 'linebreak') out.shift();
  while (out[out.length - 1]?.type === 'linebreak') out.pop();
  return out;
}

function findImage(element: HtmlElement): HtmlElement | null {
  for (const child of element.children) {
    if (child.kind !== 'element') continue;
    if (child.tag === 'img') return child;
    const inner = findImage(child);
    if (inner) return inner;
  }
  return null;
}

function textOf(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}
