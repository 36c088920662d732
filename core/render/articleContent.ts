import type { Article, Photo } from '../model/article.ts';
import { bodyShowsPhoto } from '../model/photos.ts';
import { toNfc } from '../model/text.ts';
import { renderBodyHtml, renderCaption, type BodyHtmlOptions } from './bodyHtml.ts';
import { escapeHtml } from './escape.ts';

export type ArticleContentOptions = BodyHtmlOptions;

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/**
 * The article as the portal's article template shows it: category, title, date line, sapo, the
 * featured photo when the body does not already show it, the body (the very HTML the sync sends),
 * the byline at the end, then the tags. The labels are Vietnamese because the portal is. Every
 * piece of text is escaped and composed to NFC here.
 */
export function renderArticleContent(article: Article, options: ArticleContentOptions): string {
  const { before, after } = renderArticleFrame(article, options);
  return `${before}\n<div class="nd-body">${renderBodyHtml(article.body, options)}</div>\n${after}`;
}

/**
 * What `renderArticleContent` writes around the body's `<div class="nd-body">`: the preview beside
 * the editor redraws these and the body's blocks (`renderBlockHtml`) each only when they change.
 */
export function renderArticleFrame(article: Article, options: ArticleContentOptions): { before: string; after: string } {
  const before = ['<article class="nd-article" lang="vi">', '<header class="nd-header">'];
  if (article.category.trim()) before.push(`<p class="nd-category">${text(article.category)}</p>`);
  before.push(`<h1 class="nd-title">${text(article.title)}</h1>`, renderDateline(article), '</header>');
  if (article.sapo.trim()) before.push(`<p class="nd-sapo">${text(article.sapo)}</p>`);
  const featured = article.featuredPhoto;
  if (featured && !bodyShowsPhoto(article.body, featured.asset)) before.push(renderFeaturedPhoto(featured, options));
  const after = article.byline.trim() ? [`<p class="nd-byline">${text(article.byline)}</p>`] : [];
  after.push(renderTags(article.tags), '</article>');
  const lines = (parts: string[]) => parts.filter((part) => part !== '').join('\n');
  return { before: lines(before), after: lines(after) };
}

function text(value: string): string {
  return escapeHtml(toNfc(value.trim()));
}

/** "Thứ Năm, 25/02/2021 · UBND tỉnh": a calendar date, so no time zone can move it to another day. */
function renderDateline(article: Article): string {
  const { date, place } = article.dateline;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const shown = `${weekday}, ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  const where = place.trim() ? `<span class="nd-dateline__place">${text(place)}</span>` : '';
  return `<p class="nd-dateline"><time datetime="${escapeHtml(date)}">${shown}</time>${where}</p>`;
}

function renderFeaturedPhoto(photo: Photo, options: ArticleContentOptions): string {
  const img = `<img src="${escapeHtml(options.assetUrl(photo.asset))}" alt="${escapeHtml(toNfc(photo.alt))}" width="${photo.width}" height="${photo.height}">`;
  return `<figure class="nd-photo nd-featured">${img}${renderCaption(photo.caption, photo.credit)}</figure>`;
}

function renderTags(tags: readonly string[]): string {
  const shown = tags.map((tag) => tag.trim()).filter((tag) => tag !== '');
  if (shown.length === 0) return '';
  const items = shown.map((tag) => `<li>${text(tag)}</li>`).join('');
  return `<footer class="nd-tags"><span class="nd-tags__label">Từ khóa:</span><ul>${items}</ul></footer>`;
}
