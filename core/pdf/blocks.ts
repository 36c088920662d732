import type { Article } from '../model/article.ts';
import { ImageNodeSchema, TextFormat, type SerializedNode } from '../model/document.ts';
import { toNfc } from '../model/text.ts';
import { safeLinkUrl } from '../render/safeUrl.ts';

/** A stretch of text with one format; `\n` inside `text` is a forced line break. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  link?: string;
}

export type TextRole = 'kicker' | 'title' | 'meta' | 'sapo' | 'body' | 'h2' | 'h3' | 'quote' | 'signature';

export type Block =
  | { kind: 'text'; role: TextRole; runs: Run[] }
  | { kind: 'listItem'; marker: string; depth: number; runs: Run[] }
  | { kind: 'photo'; asset: string; caption: string; credit: string };

/** The article as a sequence of printable blocks: header, sapo, featured photo, body, signature. */
export function articleBlocks(article: Article): Block[] {
  const blocks: Block[] = [];
  const plain = (role: TextRole, text: string) => {
    if (text.trim() !== '') blocks.push({ kind: 'text', role, runs: [{ text: toNfc(text.trim()), bold: false, italic: false }] });
  };
  plain('kicker', article.category.toLocaleUpperCase('vi'));
  plain('title', article.title);
  plain('meta', [article.byline, datelineText(article.dateline.place, article.dateline.date)].filter((s) => s !== '').join(' · '));
  plain('sapo', article.sapo);
  const featured = article.featuredPhoto;
  const bodyBlocks = bodyToBlocks(article.body.root.children);
  if (featured && !bodyBlocks.some((b) => b.kind === 'photo' && b.asset === featured.asset)) {
    blocks.push({ kind: 'photo', asset: featured.asset, caption: toNfc(featured.caption.trim()), credit: toNfc(featured.credit.trim()) });
  }
  blocks.push(...bodyBlocks);
  plain('signature', article.byline);
  return blocks;
}

export function datelineText(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  const date = `${d}/${m}/${y}`;
  return place.trim() !== '' ? `${toNfc(place.trim())}, ${date}` : date;
}

function bodyToBlocks(nodes: SerializedNode[]): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) addBlock(node, blocks);
  return blocks;
}

function addBlock(node: SerializedNode, blocks: Block[]): void {
  switch (node.type) {
    case 'heading':
      return pushText(blocks, node.tag === 'h2' || node.tag === 'h1' ? 'h2' : 'h3', node.children);
    case 'quote':
      return pushText(blocks, 'quote', node.children);
    case 'list':
      return addList(node, 0, blocks);
    case 'image': {
      const parsed = ImageNodeSchema.safeParse(node);
      if (parsed.success) {
        const { src, caption, credit } = parsed.data;
        blocks.push({ kind: 'photo', asset: src, caption: toNfc(caption.trim()), credit: toNfc(credit.trim()) });
      }
      return;
    }
    case 'paragraph':
    default:
      // A photo inside a paragraph still prints as its own block, after the paragraph's text.
      pushText(
        blocks,
        'body',
        (node.children ?? []).filter((c) => c.type !== 'image'),
      );
      for (const child of node.children ?? []) if (child.type === 'image') addBlock(child, blocks);
  }
}

function addList(list: SerializedNode, depth: number, blocks: Block[]): void {
  const numbered = list.listType === 'number';
  let number = typeof list.start === 'number' ? list.start : 1;
  for (const item of list.children ?? []) {
    const children = item.children ?? [];
    const runs = inlineRuns(children.filter((c) => c.type !== 'list'));
    if (runs.some((r) => r.text.trim() !== '')) {
      blocks.push({ kind: 'listItem', marker: numbered ? `${number}.` : '•', depth, runs });
      number++;
    }
    for (const nested of children.filter((c) => c.type === 'list')) addList(nested, depth + 1, blocks);
  }
}

function pushText(blocks: Block[], role: TextRole, children: SerializedNode[] | undefined): void {
  const runs = inlineRuns(children ?? []);
  if (runs.some((r) => r.text.trim() !== '')) blocks.push({ kind: 'text', role, runs });
}

function inlineRuns(nodes: SerializedNode[], link?: string): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0;
      runs.push({
        text: toNfc(node.text),
        bold: (format & TextFormat.bold) !== 0,
        italic: (format & TextFormat.italic) !== 0,
        ...(link ? { link } : {}),
      });
    } else if (node.type === 'linebreak') {
      runs.push({ text: '\n', bold: false, italic: false });
    } else if (node.type === 'tab') {
      runs.push({ text: ' ', bold: false, italic: false });
    } else if (node.type === 'link' || node.type === 'autolink') {
      const url = typeof node.url === 'string' ? safeLinkUrl(node.url) : null;
      runs.push(...inlineRuns(node.children ?? [], url ?? link));
    } else if (node.children) {
      runs.push(...inlineRuns(node.children, link));
    }
  }
  return runs;
}
