import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/model/article.ts';
import { renderArticleContent } from '../../../../core/render/articleContent.ts';
import { SAMPLE_CAPTION, SAMPLE_TITLE, sampleArticle } from '../../../helpers/sampleNewsroom.ts';

const assetUrl = (name: string) => `assets/${name}`;

/** The tag names of the article's top-level parts, in order, as a reader meets them. */
function outline(html: string): string[] {
  const withoutBody = html.replace(/<div class="nd-body">[\s\S]*?<\/div>/, '<div class="nd-body"></div>');
  return [...withoutBody.matchAll(/^<(\w+)(?: class="([^"]*)")?/gm)].map(([, tag, cls]) => (cls ? `${tag}.${cls}` : tag!));
}

describe('renderArticleContent', () => {
  it('lays the sample article out as the portal does: title, date line, sapo, body, byline at the end, tags', async () => {
    const html = renderArticleContent(await sampleArticle(), { assetUrl });
    expect(outline(html)).toEqual([
      'article.nd-article',
      'header.nd-header',
      'p.nd-category',
      'h1.nd-title',
      'p.nd-dateline',
      'p.nd-sapo',
      'div.nd-body',
      'p.nd-byline',
      'footer.nd-tags',
    ]);
    expect(html).toContain('<article class="nd-article" lang="vi">');
    expect(html).toContain(`<h1 class="nd-title">${SAMPLE_TITLE}</h1>`);
    expect(html).toContain('<time datetime="2021-02-25">Thứ Năm, 25/02/2021</time><span class="nd-dateline__place">UBND tỉnh</span>');
    expect(html).toContain('<p class="nd-byline">Bích Diệp</p>\n<footer class="nd-tags">');
    expect(html).toContain('<ul><li>nông thôn mới</li><li>UBND tỉnh</li><li>hội nghị trực tuyến</li></ul>');
  });

  it('shows the photo once, inside the body, as a figure with its caption in the figcaption', async () => {
    const html = renderArticleContent(await sampleArticle(), { assetUrl });
    expect(html.match(/<figure/g)).toHaveLength(1);
    expect(html).toMatch(
      new RegExp(
        `<div class="nd-body"><p>Chiều ngày 25/2/2021[^<]*</p>\\n<figure class="nd-photo"><img src="assets/[0-9a-f]{64}\\.jpg" alt="Chủ tịch UBND tỉnh[^"]*" width="1200" height="800"><figcaption>${SAMPLE_CAPTION}</figcaption></figure>`,
      ),
    );
  });

  it('puts the featured photo under the sapo when the body does not show it, with caption and credit', async () => {
    const sample = await sampleArticle();
    const article: Article = {
      ...sample,
      featuredPhoto: { ...sample.featuredPhoto!, credit: 'Minh Anh' },
      body: { root: { ...sample.body.root, children: sample.body.root.children.filter((node) => node.type !== 'image') } },
    };
    const html = renderArticleContent(article, { assetUrl });
    expect(html).toMatch(
      new RegExp(
        `</p>\\n<figure class="nd-photo nd-featured"><img [^>]+><figcaption>${SAMPLE_CAPTION} <span class="nd-credit">Ảnh: Minh Anh</span></figcaption></figure>\\n<div class="nd-body">`,
      ),
    );
    expect(html.indexOf('nd-sapo')).toBeLessThan(html.indexOf('nd-featured'));
  });

  it('escapes <, & and quotes in the title, sapo, captions, credit, byline and tags', async () => {
    const sample = await sampleArticle();
    const nasty = `Tom & "Jerry" <script>alert('x')</script>`;
    const escaped = 'Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;';
    const article: Article = {
      ...sample,
      title: nasty,
      sapo: nasty,
      byline: nasty,
      category: nasty,
      tags: [nasty],
      dateline: { ...sample.dateline, place: nasty },
      featuredPhoto: { ...sample.featuredPhoto!, asset: `${'b'.repeat(64)}.png`, caption: nasty, credit: nasty, alt: nasty },
    };
    const html = renderArticleContent(article, { assetUrl });
    expect(html).not.toContain('<script');
    expect(html).toContain(`<h1 class="nd-title">${escaped}</h1>`);
    expect(html).toContain(`<p class="nd-sapo">${escaped}</p>`);
    expect(html).toContain(`<p class="nd-byline">${escaped}</p>`);
    expect(html).toContain(`<li>${escaped}</li>`);
    expect(html).toContain(`alt="${escaped}"`);
    expect(html).toContain(`<figcaption>${escaped} <span class="nd-credit">Ảnh: ${escaped}</span></figcaption>`);
  });

  it('composes decomposed Vietnamese (from Word or macOS) to NFC', async () => {
    const sample = await sampleArticle();
    const article: Article = { ...sample, title: SAMPLE_TITLE.normalize('NFD'), byline: 'Bích Diệp'.normalize('NFD') };
    const html = renderArticleContent(article, { assetUrl });
    expect(SAMPLE_TITLE.normalize('NFD')).not.toBe(SAMPLE_TITLE);
    expect(html).toContain(`<h1 class="nd-title">${SAMPLE_TITLE}</h1>`);
    expect(html).toContain('<p class="nd-byline">Bích Diệp</p>');
    expect(html).toBe(html.normalize('NFC'));
  });

  it('leaves out the parts an article does not have', async () => {
    const sample = await sampleArticle();
    const html = renderArticleContent(
      { ...sample, category: '', sapo: ' ', byline: '', tags: [], dateline: { ...sample.dateline, place: '' } },
      { assetUrl },
    );
    expect(outline(html)).toEqual(['article.nd-article', 'header.nd-header', 'h1.nd-title', 'p.nd-dateline', 'div.nd-body']);
    expect(html).not.toContain('nd-dateline__place');
  });
});
