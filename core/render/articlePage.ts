import type { Article } from '../model/article.ts';
import { toNfc } from '../model/text.ts';
import { renderArticleContent, type ArticleContentOptions } from './articleContent.ts';
import { escapeHtml } from './escape.ts';
import { PORTAL_CSS } from './portalCss.ts';
import { portalFontFaceCss, type PortalFontUrls } from './portalFonts.ts';
import { DEFAULT_FONT_STEP } from './portalFontSteps.ts';
import type { PortalTheme } from './portalTheme.ts';

export interface ArticlePageOptions extends ArticleContentOptions {
  theme: PortalTheme;
  /** Usually data: URLs, so the page needs nothing beside itself. */
  fonts: PortalFontUrls;
}

/**
 * One self-contained HTML page of the article as the portal shows it: the portal stylesheet and
 * the fonts inline, photos wherever `assetUrl` points (data: URLs for an exported file). No script,
 * so it opens the same in any browser and cannot run anything.
 */
export function renderArticlePage(article: Article, options: ArticlePageOptions): string {
  const title = escapeHtml(toNfc(article.title.trim()));
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${options.theme}">
<title>${title}</title>
<style>
${portalFontFaceCss(options.fonts)}
${PORTAL_CSS}
</style>
</head>
<body class="nd-portal" data-theme="${options.theme}" data-font-step="${DEFAULT_FONT_STEP}">
${renderArticleContent(article, options)}
</body>
</html>
`;
}
