import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../../../core/render/articlePage.ts';
import { PORTAL_CSS } from '../../../../core/render/portalCss.ts';
import { PORTAL_FONTS, type PortalFontUrls } from '../../../../core/render/portalFonts.ts';
import { SAMPLE_TITLE, sampleArticle } from '../../../helpers/sampleNewsroom.ts';

const fonts = Object.fromEntries(Object.keys(PORTAL_FONTS).map((key) => [key, `data:font/ttf;base64,${key}`])) as PortalFontUrls;
const assetUrl = (name: string) => `data:image/jpeg;base64,${name.slice(0, 8)}`;

describe('renderArticlePage', () => {
  it('is one page carrying its stylesheet, fonts and photos, with no script and nothing fetched', async () => {
    const html = renderArticlePage(await sampleArticle(), { theme: 'light', fonts, assetUrl });
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<title>${SAMPLE_TITLE}</title>`);
    expect(html).toContain(PORTAL_CSS);
    expect(html.match(/@font-face\{/g)).toHaveLength(5);
    expect(html).toContain(
      'font-family:"Noto Serif";font-weight:700;font-style:normal;font-display:block;src:url("data:font/ttf;base64,serifBold")',
    );
    expect(html).toContain(
      'font-family:"Noto Sans";font-weight:400;font-style:normal;font-display:block;src:url("data:font/ttf;base64,sansRegular")',
    );
    expect(html).toContain('<img src="data:image/jpeg;base64,15845761"');
    expect(html).not.toMatch(/<script|<link|src="(?!data:)|url\("(?!data:)/);
  });

  it('opens in the theme asked for, at the portal’s default text size', async () => {
    const article = await sampleArticle();
    expect(renderArticlePage(article, { theme: 'dark', fonts, assetUrl })).toContain('<meta name="color-scheme" content="dark">');
    expect(renderArticlePage(article, { theme: 'dark', fonts, assetUrl })).toContain(
      '<body class="nd-portal" data-theme="dark" data-font-step="1">',
    );
    expect(renderArticlePage(article, { theme: 'light', fonts, assetUrl })).toContain(
      '<body class="nd-portal" data-theme="light" data-font-step="1">',
    );
  });

  it('escapes the title in <title>', async () => {
    const article = { ...(await sampleArticle()), title: '</title><script>x</script> & "q"' };
    expect(renderArticlePage(article, { theme: 'light', fonts, assetUrl })).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</title>',
    );
  });
});
