import type { Article } from '../model/article.ts';
import type { PortalSettings } from '../model/portalSettings.ts';
import { photoCaption, renderPortalBodyHtml, type PortalFile } from '../render/portalBodyHtml.ts';
import { toNfc } from '../model/text.ts';
import { escapeHtml } from '../render/escape.ts';

/** Every photo of an article that must be on the portal before the node: the featured one and those in the body. */
export function photosOf(article: Article): Array<{ asset: string; caption: string; alt: string }> {
  const found = new Map<string, { asset: string; caption: string; alt: string }>();
  if (article.featuredPhoto) {
    const photo = article.featuredPhoto;
    found.set(photo.asset, { asset: photo.asset, caption: photo.caption, alt: photo.alt });
  }
  const visit = (node: { type: string; children?: unknown[]; [key: string]: unknown }) => {
    if (node.type === 'image' && typeof node.src === 'string' && !found.has(node.src)) {
      found.set(node.src, { asset: node.src, caption: String(node.caption ?? ''), alt: String(node.altText ?? '') });
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  for (const node of article.body.root.children) visit(node);
  return [...found.values()];
}

/** The moderation state the node is sent in, and the note its revision carries. */
export interface NodeStep {
  moderationState: string;
  revisionLog: string;
}

/** The JSON:API document that creates or updates the article's node. */
export function nodeDocument(
  article: Article,
  settings: PortalSettings,
  fileOf: (asset: string) => PortalFile,
  termIds: string[],
  step: NodeStep = { moderationState: 'published', revisionLog: '' },
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    title: toNfc(article.title),
    [settings.bodyField]: {
      value: withArticleFacts(renderPortalBodyHtml(article, fileOf), article),
      format: settings.textFormat,
      summary: toNfc(article.sapo),
    },
    moderation_state: step.moderationState,
    revision_log: step.revisionLog,
  };
  const relationships: Record<string, unknown> = {};
  if (settings.imageField) {
    const photo = article.featuredPhoto;
    relationships[settings.imageField] = {
      data: photo
        ? {
            type: 'file--file',
            id: fileOf(photo.asset).uuid,
            meta: { alt: toNfc(photo.alt), title: photoCaption(photo.caption, photo.credit), width: photo.width, height: photo.height },
          }
        : null,
    };
  }
  if (settings.tagsField) relationships[settings.tagsField] = { data: termIds.map((id) => ({ type: 'taxonomy_term--tags', id })) };
  return { data: { type: settings.contentType, id: article.id, attributes, relationships } };
}

/**
 * The category and dateline ride on the closing byline line as data attributes: Drupal keeps them
 * in the stored body (its filters drop them from the page), and another Newsdesk reads them back.
 */
function withArticleFacts(html: string, article: Pick<Article, 'category' | 'dateline'>): string {
  const marker = '<p class="nd-byline">';
  const at = html.lastIndexOf(marker);
  if (at < 0) return html;
  const facts =
    ` data-category="${escapeHtml(toNfc(article.category))}"` +
    ` data-dateline-place="${escapeHtml(toNfc(article.dateline.place))}" data-dateline-date="${escapeHtml(article.dateline.date)}"`;
  return `${html.slice(0, at)}<p class="nd-byline"${facts}>${html.slice(at + marker.length)}`;
}
