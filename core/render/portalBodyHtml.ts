import type { Article } from '../model/article.ts';
import type { SerializedImageNode } from '../model/document.ts';
import { toNfc } from '../model/text.ts';
import { renderBodyHtml } from './bodyHtml.ts';
import { escapeHtml } from './escape.ts';

/** A photo as the portal stores it after upload. */
export interface PortalFile {
  uuid: string;
  url: string;
}

/**
 * The article body as the portal receives it: the same walk as the preview, with each photo in
 * Drupal's editor form so the portal's caption filter turns it into `<figure>/<figcaption>`, and the
 * byline as the closing line the way the portal's articles end.
 */
export function renderPortalBodyHtml(article: Pick<Article, 'body' | 'byline'>, fileOf: (asset: string) => PortalFile): string {
  const body = renderBodyHtml(article.body, { assetUrl: (name) => fileOf(name).url, photo: (image) => drupalImage(image, fileOf) });
  const byline = toNfc(article.byline.trim());
  return byline === '' ? body : `${body}\n<p class="nd-byline"><strong>${escapeHtml(byline)}</strong></p>`;
}

/** The caption Drupal shows under a photo: the caption, then the credit as "Ảnh: …". */
export function photoCaption(caption: string, credit: string): string {
  return [caption.trim(), credit.trim() ? `Ảnh: ${credit.trim()}` : ''].filter(Boolean).map(toNfc).join(' ');
}

function drupalImage(image: SerializedImageNode, fileOf: (asset: string) => PortalFile): string {
  const file = fileOf(image.src);
  const caption = photoCaption(image.caption, image.credit);
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  return (
    `<img src="${escapeHtml(file.url)}" data-entity-type="file" data-entity-uuid="${escapeHtml(file.uuid)}"` +
    `${caption ? ` data-caption="${escapeHtml(caption)}"` : ''} alt="${escapeHtml(toNfc(image.altText))}"${size}>`
  );
}
