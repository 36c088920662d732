import { TextFormat, type SerializedEditorState, type SerializedNode } from '../model/document.ts';
import { toNfc } from '../model/text.ts';
import { safeLinkUrl } from '../render/safeUrl.ts';
import type { HtmlElement, HtmlNode } from './htmlTree.ts';

/** A stored photo an `<img src="…">` of the input may name. */
export interface KnownPhoto {
  width: number;
  height: number;
}

export interface ConvertOptions {
  /** Photos by asset name; an `<img>` whose src is not among them is dropped. */
  photos: ReadonlyMap<string, KnownPhoto>;
  /** Pictures that could not come in, by their `src`: each becomes its note, in the text where it stood. */
  dropped?: ReadonlyMap<string, string>;
}

/**
 * HTML (as mammoth writes a Word document) to the article body Lexical stores: headings,
 * paragraphs, lists, quotes, bold/italic/underline/strike, safe links, line breaks and photos.
 * Everything else keeps its text and loses its markup. Text is composed to NFC.
 */
export function htmlToDocument(root: HtmlElement, options: ConvertOptions): SerializedEditorState {
  const children = new BlockConverter(options).blocks(root.children);
  return { root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } };
}

const FORMAT_OF_TAG: Record<string, number> = {
  b: TextFormat.bold,
  strong: TextFormat.bold,
  i: TextFormat.italic,
  em: TextFormat.italic,
  u: TextFormat.underline,
  s: TextFormat.strikethrough,
  strike: TextFormat.strikethrough,
  del: TextFormat.strikethrough,
  sub: TextFormat.subscript,
  sup: TextFormat.superscript,
};
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);
/** Elements that hold blocks rather than text. */
const CONTAINERS = new Set([
  '#root',
  'body',
  'html',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'figure',
  'dl',
  'dd',
  'dt',
]);

/** Inline content of one block, split where a photo stands (photos are blocks of their own). */
type InlineRun = { kind: 'inline'; nodes: SerializedNode[] } | { kind: 'photo'; node: SerializedNode };

class BlockConverter {
  constructor(private readonly options: ConvertOptions) {}

  blocks(nodes: readonly HtmlNode[]): SerializedNode[] {
    const out: SerializedNode[] = [];
    let loose: HtmlNode[] = [];
    const flushLoose = () => {
      if (loose.length > 0) out.push(...this.textBlock('paragraph', loose));
      loose = [];
    };
    for (const node of nodes) {
      if (node.kind === 'text' || !this.isBlock(node)) {
        loose.push(node);
        continue;
      }
      flushLoose();
      out.push(...this.block(node));
    }
    flushLoose();
    return out;
  }

  private isBlock(element: HtmlElement): boolean {
    const { tag } = element;
    return (
      tag === 'p' || tag === 'blockquote' || tag === 'hr' || HEADINGS.has(tag) || LISTS.has(tag) || CONTAINERS.has(tag) || tag === 'li'
    );
  }

  private block(element: HtmlElement): SerializedNode[] {
    const { tag } = element;
    if (tag === 'p') return this.textBlock('paragraph', element.children);
    if (HEADINGS.has(tag)) return this.textBlock(tag === 'h1' || tag === 'h2' ? 'h2' : 'h3', element.children);
    if (tag === 'blockquote') return this.quote(element);
    if (LISTS.has(tag)) return this.list(element);
    if (tag === 'li') return this.textBlock('paragraph', element.children);
    if (tag === 'hr') return [];
    return this.blocks(element.children);
  }

  /** A paragraph or heading; photos inside it become blocks between its parts; empty parts vanish. */
  private textBlock(kind: 'paragraph' | 'h2' | 'h3', nodes: readonly HtmlNode[]): SerializedNode[] {
    const out: SerializedNode[] = [];
    for (const run of this.inlineRuns(nodes)) {
      if (run.kind === 'photo') out.push(run.node);
      else if (hasText(run.nodes)) out.push(kind === 'paragraph' ? paragraph(run.nodes) : heading(kind, run.nodes));
    }
    return out;
  }

  private quote(element: HtmlElement): SerializedNode[] {
    // A Lexical quote holds inline content: its paragraphs are joined by line breaks.
    const parts = this.blocks(element.children);
    const inline: SerializedNode[] = [];
    const photos: SerializedNode[] = [];
    for (const part of parts) {
      if (part.type === 'image') {
        photos.push(part);
        continue;
      }
      if (inline.length > 0) inline.push(lineBreak());
      inline.push(...(part.type === 'list' ? listText(part) : (part.children ?? [])));
    }
    return [...(hasText(inline) ? [quoteNode(inline)] : []), ...photos];
  }

  private list(element: HtmlElement): SerializedNode[] {
    const ordered = element.tag === 'ol';
    const startAttr = Number.parseInt(element.attrs.start ?? '', 10);
    const start = ordered && Number.isInteger(startAttr) && startAttr > 0 ? startAttr : 1;
    const items: SerializedNode[] = [];
    const after: SerializedNode[] = [];
    for (const child of element.children) {
      if (child.kind === 'text') {
        if (child.text.trim() !== '') items.push(listItem(this.inline([child]), start + items.length));
        continue;
      }
      if (LISTS.has(child.tag)) {
        items.push(nestedListItem(this.list(child), start + items.length));
        continue;
      }
      const content: HtmlNode[] = [];
      const nested: HtmlElement[] = [];
      for (const part of child.tag === 'li' ? child.children : [child]) {
        if (part.kind === 'element' && LISTS.has(part.tag)) nested.push(part);
        else if (part.kind === 'element' && part.tag === 'p') content.push(...part.children, { kind: 'text', text: ' ' });
        else content.push(part);
      }
      for (const run of this.inlineRuns(content)) {
        if (run.kind === 'photo') after.push(run.node);
        else if (hasText(run.nodes)) items.push(listItem(run.nodes, start + items.length));
      }
      // Lexical keeps a nested list in a list item of its own, right after its parent item.
      for (const list of nested) items.push(nestedListItem(this.list(list), start + items.length));
    }
    if (items.length === 0) return after;
    return [listNode(ordered ? 'number' : 'bullet', start, items), ...after];
  }

  private inline(nodes: readonly HtmlNode[]): SerializedNode[] {
    return this.inlineRuns(nodes).flatMap((run) => (run.kind === 'inline' ? run.nodes : []));
  }

  private inlineRuns(nodes: readonly HtmlNode[]): InlineRun[] {
    const runs: InlineRun[] = [];
    let current: SerializedNode[] = [];
    const emit = (node: SerializedNode) => current.push(node);
    const photo = (node: SerializedNode) => {
      runs.push({ kind: 'inline', nodes: trimEdges(current) });
      current = [];
      runs.push({ kind: 'photo', node });
    };
    this.walkInline(nodes, 0, emit, photo);
    runs.push({ kind: 'inline', nodes: trimEdges(current) });
    return runs;
  }

  private walkInline(
    nodes: readonly HtmlNode[],
    format: number,
    emit: (node: SerializedNode) => void,
    photo: (node: SerializedNode) => void,
  ): void {
    for (const node of nodes) {
      if (node.kind === 'text') {
        const text = toNfc(node.text.replace(/[\t\n\r ]+/g, ' '));
        if (text !== '') emit(textNode(text, format));
        continue;
      }
      const { tag } = node;
      if (tag === 'br') {
        emit(lineBreak());
      } else if (tag === 'img') {
        const image = this.photo(node);
        const note = this.options.dropped?.get(node.attrs.src ?? '');
        if (image) photo(image);
        else if (note) emit(textNode(note, TextFormat.italic));
      } else if (tag === 'a') {
        const url = node.attrs.href ? safeLinkUrl(node.attrs.href) : null;
        if (!url) {
          this.walkInline(node.children, format, emit, photo);
          continue;
        }
        const children: SerializedNode[] = [];
        this.walkInline(node.children, format, (child) => children.push(child), photo);
        const texts = children.filter((child) => child.type === 'text');
        if (texts.length > 0) emit(linkNode(url, texts));
      } else {
        this.walkInline(node.children, format | (FORMAT_OF_TAG[tag] ?? 0), emit, photo);
      }
    }
  }

  private photo(element: HtmlElement): SerializedNode | null {
    const src = element.attrs.src ?? '';
    const known = this.options.photos.get(src);
    if (!known) return null;
    return {
      type: 'image',
      version: 2,
      src,
      altText: toNfc(element.attrs.alt ?? ''),
      caption: '',
      credit: '',
      width: known.width,
      height: known.height,
      size: 'column',
    };
  }
}

function hasText(nodes: readonly SerializedNode[]): boolean {
  return nodes.some((node) => (node.type === 'text' ? String(node.text).trim() !== '' : hasText(node.children ?? [])));
}

/** Drops the spaces a block starts or ends with (HTML does not show them either). */
function trimEdges(nodes: SerializedNode[]): SerializedNode[] {
  const out = [...nodes];
  while (out[0]?.type === 'linebreak') out.shift();
  while (out[out.length - 1]?.type === 'linebreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, text: String(first.text).trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: String(last.text).trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.text !== '');
}

function listText(list: SerializedNode): SerializedNode[] {
  const lines: SerializedNode[] = [];
  for (const item of list.children ?? []) {
    if (lines.length > 0) lines.push(lineBreak());
    lines.push(...(item.children ?? []).filter((child) => child.type !== 'list'));
  }
  return lines;
}

const blockFields = { direction: null, format: '', indent: 0 };

function textNode(text: string, format: number): SerializedNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

function lineBreak(): SerializedNode {
  return { type: 'linebreak', version: 1 };
}

function paragraph(children: SerializedNode[]): SerializedNode {
  return { type: 'paragraph', version: 1, children, ...blockFields, textFormat: 0, textStyle: '' };
}

function heading(tag: 'h2' | 'h3', children: SerializedNode[]): SerializedNode {
  return { type: 'heading', version: 1, tag, children, ...blockFields };
}

function quoteNode(children: SerializedNode[]): SerializedNode {
  return { type: 'quote', version: 1, children, ...blockFields };
}

function linkNode(url: string, children: SerializedNode[]): SerializedNode {
  return { type: 'link', version: 1, url, rel: null, target: null, title: null, children, ...blockFields };
}

function listNode(listType: 'bullet' | 'number', start: number, children: SerializedNode[]): SerializedNode {
  return { type: 'list', version: 1, listType, start, tag: listType === 'number' ? 'ol' : 'ul', children, ...blockFields };
}

function listItem(children: SerializedNode[], value: number): SerializedNode {
  return { type: 'listitem', version: 1, value, children, ...blockFields };
}

function nestedListItem(lists: SerializedNode[], value: number): SerializedNode {
  return listItem(
    lists.filter((node) => node.type === 'list'),
    value,
  );
}

/** The plain text of a block, for a title taken from the document's first line. */
export function blockText(node: SerializedNode): string {
  if (node.type === 'text') return String(node.text);
  if (node.type === 'linebreak') return ' ';
  return (node.children ?? []).map(blockText).join('');
}
