import { escapeHtml } from '../core/render/escape.ts';

export interface PublicArticle {
  title: string;
  summary: string;
  /** The body after the text format's filters. */
  processed: string;
  /** The featured photo when the body does not already show it. */
  image: { url: string; alt: string; title: string } | null;
  created: string;
}

/**
 * The article page a visitor of the development portal sees. Deliberately plain: the portal's own
 * article template lives in core/render and can take this function's place.
 */
export function renderPublicPage(article: PublicArticle): string {
  const image = article.image
    ? `<figure class="field-image"><img src="${escapeHtml(article.image.url)}" alt="${escapeHtml(article.image.alt)}">` +
      (article.image.title ? `<figcaption>${escapeHtml(article.image.title)}</figcaption>` : '') +
      '</figure>'
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(article.title)} | Cổng thông tin (bản phát triển)</title>
<style>
body { font-family: 'Noto Serif', Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #1c1e22; }
h1 { font-size: 1.9rem; line-height: 1.25; }
.sapo { font-weight: 700; }
img { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; }
figcaption { font-style: italic; text-align: center; color: #555; font-size: 0.95rem; }
.nd-byline { text-align: right; }
</style>
</head>
<body>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="submitted"><time datetime="${escapeHtml(article.created)}">${escapeHtml(article.created.slice(0, 10))}</time></p>
${article.summary ? `<p class="sapo">${escapeHtml(article.summary)}</p>` : ''}
${image}
<div class="body">${article.processed}</div>
</article>
</body>
</html>
`;
}
