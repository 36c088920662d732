import type { Article } from '../model/article.ts';
import type { PortalSettings } from '../model/portalSettings.ts';
import { photoCaption, renderPortalBodyHtml, type PortalFile } from '../render/portalBodyHtml.ts';
import { toNfc } from '../model/text.ts';

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

/** The JSON:API document that creates or updates the article's node. */
export function nodeDocument(
  article: Article,
  settings: PortalSettings,
  fileOf: (asset: string) => PortalFile,
  termIds: string[],
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    title: toNfc(article.title),
    [settings.bodyField]: {
      value: renderPortalBodyHtml(article, fileOf),
      format: settings.textFormat,
      summary: toNfc(article.sapo),
    },
    moderation_state: 'published',
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
