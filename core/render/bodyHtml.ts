import {
  ImageNodeSchema,
  TextFormat,
  type SerializedEditorState,
  type SerializedImageNode,
  type SerializedNode,
} from '../model/document.ts';
import { toNfc } from '../model/text.ts';
import { escapeHtml } from './escape.ts';
import { safeLinkUrl } from './safeUrl.ts';

export interface BodyHtmlOptions {
  /** URL under which a stored photo (`<sha256>.<ext>`) is shown. */
  assetUrl(name: string): string;
  /**
   * How a photo is written; by default a `<figure>` with its caption. The portal sync passes
   * Drupal's editor form (`<img data-entity-uuid data-caption>`) so that both come from one walk.
   */
  photo?(image: SerializedImageNode): string;
}

/**
 * The article body as HTML: the one rendering that the preview, the exported page and the portal
 * all show. Every piece of text is escaped here, so the result is safe to insert into a page.
 * Nodes of a type this renderer does not know are rendered by their children, or dropped.
 */
export function renderBodyHtml(body: SerializedEditorState, options: BodyHtmlOptions): string {
  return body.root.children.map((node) => renderBlockHtml(node, options)).join('\n');
}

const ALIGNMENTS = new Set(['left', 'center', 'right', 'justify']);

/** One top-level block of the body (a paragraph, a heading, a list, a photo…): the body is these, one per line. */
export function renderBlockHtml(node: SerializedNode, options: BodyHtmlOptions): string {
  switch (node.type) {
    case 'paragraph':
      return `<p${alignClass(node)}>${renderInline(node.children, options)}</p>`;
    case 'heading': {
      const tag = node.tag === 'h3' || node.tag === 'h4' ? node.tag : 'h2';
      return `<${tag}${alignClass(node)}>${renderInline(node.children, options)}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${renderInline(node.children, options)}</blockquote>`;
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul';
      const start = tag === 'ol' && typeof node.start === 'number' && node.start !== 1 ? ` start="${node.start}"` : '';
      const items = (node.children ?? []).map((item) => renderListItem(item, options)).join('');
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case 'image':
      return renderImage(node, options);
    case 'horizontalrule':
      return '<hr>';
    default:
      return node.children ? `<p>${renderInline(node.children, options)}</p>` : '';
  }
}

function renderListItem(item: SerializedNode, options: BodyHtmlOptions): string {
  const children = item.children ?? [];
  const nested = children.filter((child) => child.type === 'list');
  const inline = children.filter((child) => child.type !== 'list');
  return `<li>${renderInline(inline, options)}${nested.map((list) => renderBlockHtml(list, options)).join('')}</li>`;
}

function renderInline(children: SerializedNode[] | undefined, options: BodyHtmlOptions): string {
  return (children ?? []).map((child) => renderInlineNode(child, options)).join('');
}

function renderInlineNode(node: SerializedNode, options: BodyHtmlOptions): string {
  switch (node.type) {
    case 'text':
      return renderText(node);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return '\t';
    case 'link':
    case 'autolink': {
      const content = renderInline(node.children, options);
      const href = typeof node.url === 'string' ? safeLinkUrl(node.url) : null;
      return href ? `<a href="${escapeHtml(href)}">${content}</a>` : content;
    }
    case 'image':
      return renderImage(node, options);
    default:
      return renderInline(node.children, options);
  }
}

const FORMAT_TAGS: Array<[number, string]> = [
  [TextFormat.code, 'code'],
  [TextFormat.bold, 'strong'],
  [TextFormat.italic, 'em'],
  [TextFormat.underline, 'u'],
  [TextFormat.strikethrough, 's'],
  [TextFormat.subscript, 'sub'],
  [TextFormat.superscript, 'sup'],
];

function renderText(node: SerializedNode): string {
  let html = escapeHtml(toNfc(typeof node.text === 'string' ? node.text : ''));
  const format = typeof node.format === 'number' ? node.format : 0;
  for (const [flag, tag] of FORMAT_TAGS) {
    if (format & flag) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

function renderImage(node: SerializedNode, options: BodyHtmlOptions): string {
  const parsed = ImageNodeSchema.safeParse(node);
  if (!parsed.success) return '';
  const image = parsed.data;
  if (options.photo) return options.photo(image);
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const img = `<img src="${escapeHtml(options.assetUrl(image.src))}" alt="${escapeHtml(toNfc(image.altText))}"${size}>`;
  const sizeClass = image.size === 'full' ? ' nd-photo--full' : '';
  return `<figure class="nd-photo${sizeClass}">${img}${renderCaption(image.caption, image.credit)}</figure>`;
}

/** A photo's caption line: the caption, then its credit as "Ảnh: …" (omitted when both are empty). */
export function renderCaption(caption: string, credit: string): string {
  const parts: string[] = [];
  if (caption.trim()) parts.push(escapeHtml(toNfc(caption.trim())));
  if (credit.trim()) parts.push(`<span class="nd-credit">Ảnh: ${escapeHtml(toNfc(credit.trim()))}</span>`);
  return parts.length > 0 ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
}

function alignClass(node: SerializedNode): string {
  return typeof node.format === 'string' && ALIGNMENTS.has(node.format) ? ` class="nd-align-${node.format}"` : '';
}
