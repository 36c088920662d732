import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '../../../../core/render/bodyHtml.ts';
import { renderPortalBodyHtml } from '../../../../core/render/portalBodyHtml.ts';
import { SAMPLE_CAPTION, sampleArticle } from '../../../helpers/sampleNewsroom.ts';

describe('the body sent to the portal', () => {
  it('is the preview’s rendering with photos in Drupal’s editor form and the byline last', async () => {
    const article = await sampleArticle();
    const fileOf = (asset: string) => ({
      uuid: '0b6f0c1e-1f2a-4c3b-8d4e-5f6a7b8c9d0e',
      url: `/sites/default/files/2021-02/${asset.slice(0, 6)}.jpg`,
    });
    const html = renderPortalBodyHtml(article, fileOf);
    expect(html).toContain(
      `<img src="/sites/default/files/2021-02/158457.jpg" data-entity-type="file" data-entity-uuid="0b6f0c1e-1f2a-4c3b-8d4e-5f6a7b8c9d0e" data-caption="${SAMPLE_CAPTION}" alt="`,
    );
    expect(html).not.toContain('<figure');
    expect(html.endsWith('<p class="nd-byline"><strong>Bích Diệp</strong></p>')).toBe(true);
    const preview = renderBodyHtml(article.body, { assetUrl: (name) => `/assets/${name}` });
    const paragraphs = (text: string) => text.match(/<p>[\s\S]*?<\/p>/g);
    expect(paragraphs(html)).toEqual(paragraphs(preview));
  });

  it('escapes captions and credits into the attribute', async () => {
    const article = await sampleArticle();
    const body = {
      root: {
        ...article.body.root,
        children: [{ type: 'image', version: 1, src: 'a.jpg', altText: 'x', caption: 'Chú thích "đẹp" <b>', credit: 'Bích Diệp' }],
      },
    };
    const html = renderPortalBodyHtml({ body, byline: '' }, () => ({ uuid: 'u', url: '/f.jpg' }));
    expect(html).toBe(
      '<img src="/f.jpg" data-entity-type="file" data-entity-uuid="u" data-caption="Chú thích &quot;đẹp&quot; &lt;b&gt; Ảnh: Bích Diệp" alt="x">',
    );
  });
});
