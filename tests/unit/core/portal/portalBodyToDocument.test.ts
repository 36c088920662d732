import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/model/article.ts';
import { DEFAULT_PORTAL_SETTINGS } from '../../../../core/model/portalSettings.ts';
import type { SerializedNode } from '../../../../core/model/document.ts';
import { nodeDocument } from '../../../../core/portal/nodePayload.ts';
import { portalBodyToDocument, splitCaption } from '../../../../core/portal/portalBodyToDocument.ts';
import { renderPortalBodyHtml } from '../../../../core/render/portalBodyHtml.ts';
import { seedArticles } from '../../../helpers/sampleNewsroom.ts';

async function sampleArticles(): Promise<Article[]> {
  return seedArticles();
}

/** What a reader or the editor can tell apart: node types, tags, text, formats, links, list shape and photo fields. */
function visible(node: SerializedNode): unknown {
  const kept: Record<string, unknown> = { type: node.type };
  for (const key of ['tag', 'text', 'url', 'listType', 'start', 'src', 'altText', 'caption', 'credit', 'width', 'height']) {
    if (node[key] !== undefined) kept[key] = node[key];
  }
  if (node.type === 'text') kept.format = node.format ?? 0;
  if (node.type === 'paragraph' || node.type === 'heading') kept.align = node.format || '';
  if (node.children) kept.children = node.children.map(visible);
  return kept;
}

describe('the portal body read back as an article document', () => {
  it('gives back every sample article exactly as Newsdesk sent it: blocks, formats, photos with caption, credit and alt, byline, category and dateline', async () => {
    const articles = await sampleArticles();
    expect(articles.length).toBeGreaterThanOrEqual(4);
    for (const article of articles) {
      const uuidOf = new Map<string, string>();
      const fileOf = (asset: string) => {
        if (!uuidOf.has(asset)) uuidOf.set(asset, `0b6f0c1e-1f2a-4c3b-8d4e-${String(uuidOf.size).padStart(12, '0')}`);
        return { uuid: uuidOf.get(asset)!, url: `/sites/default/files/2021-02/${asset}` };
      };
      const sent = nodeDocument(article, DEFAULT_PORTAL_SETTINGS, fileOf, []) as { data: { attributes: { body: { value: string } } } };
      const assetOf = new Map([...uuidOf].map(([asset, uuid]) => [uuid, asset]));
      const back = portalBodyToDocument(sent.data.attributes.body.value, ({ uuid }) =>
        assetOf.has(uuid) ? { asset: assetOf.get(uuid)! } : null,
      );

      expect(back.body.root.children.map(visible), article.title).toEqual(article.body.root.children.map(visible));
      expect(renderPortalBodyHtml({ body: back.body, byline: back.facts!.byline }, fileOf)).toBe(renderPortalBodyHtml(article, fileOf));
      expect(back.facts).toEqual({
        byline: article.byline,
        category: article.category,
        datelinePlace: article.dateline.place,
        datelineDate: article.dateline.date,
      });
    }
  });

  it('keeps formats, links, nested lists, quotes, headings and credits of a body written by hand', () => {
    const body = {
      root: {
        type: 'root' as const,
        version: 1,
        children: [
          {
            type: 'heading',
            version: 1,
            tag: 'h3',
            format: 'center',
            children: [{ type: 'text', version: 1, text: 'Tiêu đề phụ', format: 3 }],
          },
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'text', version: 1, text: 'Xem ', format: 0 },
              {
                type: 'link',
                version: 1,
                url: 'https://example.org/a?b=1&c=2',
                children: [{ type: 'text', version: 1, text: 'cổng', format: 8 }],
              },
              { type: 'linebreak', version: 1 },
              { type: 'text', version: 1, text: ' hai  dấu cách ', format: 0 },
            ],
          },
          {
            type: 'list',
            version: 1,
            listType: 'number',
            tag: 'ol',
            start: 3,
            children: [
              { type: 'listitem', version: 1, children: [{ type: 'text', version: 1, text: 'một', format: 0 }] },
              {
                type: 'listitem',
                version: 1,
                children: [
                  {
                    type: 'list',
                    version: 1,
                    listType: 'bullet',
                    tag: 'ul',
                    start: 1,
                    children: [{ type: 'listitem', version: 1, children: [{ type: 'text', version: 1, text: 'con', format: 2 }] }],
                  },
                ],
              },
            ],
          },
          { type: 'quote', version: 1, children: [{ type: 'text', version: 1, text: 'Trích dẫn', format: 0 }] },
          {
            type: 'image',
            version: 1,
            src: 'a.jpg',
            altText: 'Mô tả "ảnh"',
            caption: 'Chú thích <đẹp>',
            credit: 'Bích Diệp',
            width: 800,
            height: 600,
          },
        ],
      },
    };
    const fileOf = () => ({ uuid: 'f1', url: '/sites/default/files/a.jpg' });
    const html = renderPortalBodyHtml({ body, byline: '' }, fileOf);
    const back = portalBodyToDocument(html, ({ uuid }) => (uuid === 'f1' ? { asset: 'a.jpg' } : null));
    const expected = body.root.children.map((node) => visible(node as SerializedNode)) as Array<Record<string, unknown>>;
    expect(back.body.root.children.map(visible)).toEqual(expected);
    expect(renderPortalBodyHtml({ body: back.body, byline: '' }, fileOf)).toBe(html);
  });

  it('takes what Drupal’s CKEditor 5 writes: paragraphs, h2–h4, lists, links, strong/em, <img data-caption> and <figure>', () => {
    const html = [
      '<h2>Kết quả năm 2020</h2>',
      '<p>Toàn tỉnh có thêm <strong>16 xã</strong> đạt chuẩn,\n  <em>vượt kế hoạch</em>. Xem <a href="https://portal.example.vn/ntm">chi tiết</a>.</p>',
      '<h4>Chỉ tiêu</h4>',
      '<ul>\n  <li>Môi trường</li>\n  <li><p>Giao thông</p></li>\n</ul>',
      '<img src="/sites/default/files/2021-02/hoi-nghi.jpg" data-entity-type="file" data-entity-uuid="u-1" data-caption="Quang cảnh hội nghị Ảnh: Bích Diệp" alt="Hội trường" width="1200" height="800">',
      '<figure class="image"><img src="/sites/default/files/2021-02/khac.jpg" alt="Cánh đồng"><figcaption>Cánh đồng mẫu</figcaption></figure>',
      '<p><a href="javascript:alert(1)">không an toàn</a><script>alert(2)</script></p>',
      '<p>&nbsp;</p>',
    ].join('\n');
    const photos: Record<string, string> = { 'u-1': 'a.jpg', '/sites/default/files/2021-02/khac.jpg': 'b.png' };
    const back = portalBodyToDocument(html, ({ uuid, src }) =>
      (photos[uuid] ?? photos[src]) ? { asset: (photos[uuid] ?? photos[src])! } : null,
    );
    const blocks = back.body.root.children.map(visible) as Array<Record<string, unknown>>;
    expect(blocks.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'image',
      'image',
      'paragraph',
      'paragraph',
    ]);
    expect(blocks[0]).toMatchObject({ tag: 'h2' });
    expect(blocks[2]).toMatchObject({ tag: 'h4' });
    expect(blocks[1]!.children).toEqual([
      { type: 'text', text: 'Toàn tỉnh có thêm ', format: 0 },
      { type: 'text', text: '16 xã', format: 1 },
      { type: 'text', text: ' đạt chuẩn, ', format: 0 },
      { type: 'text', text: 'vượt kế hoạch', format: 2 },
      { type: 'text', text: '. Xem ', format: 0 },
      { type: 'link', url: 'https://portal.example.vn/ntm', children: [{ type: 'text', text: 'chi tiết', format: 0 }] },
      { type: 'text', text: '.', format: 0 },
    ]);
    expect((blocks[3]!.children as unknown[]).length).toBe(2);
    expect(blocks[4]).toMatchObject({
      src: 'a.jpg',
      caption: 'Quang cảnh hội nghị',
      credit: 'Bích Diệp',
      altText: 'Hội trường',
      width: 1200,
      height: 800,
    });
    expect(blocks[5]).toMatchObject({ src: 'b.png', caption: 'Cánh đồng mẫu', credit: '', altText: 'Cánh đồng' });
    expect(blocks[6]!.children).toEqual([{ type: 'text', text: 'không an toàn', format: 0 }]);
    expect(JSON.stringify(back.body)).not.toContain('alert');
    expect(back.facts).toBeNull();
  });

  it('splits a data-caption into caption and credit', () => {
    expect(splitCaption('Hội nghị Ảnh: Bích Diệp')).toEqual({ caption: 'Hội nghị', credit: 'Bích Diệp' });
    expect(splitCaption('Ảnh: Bích Diệp')).toEqual({ caption: '', credit: 'Bích Diệp' });
    expect(splitCaption('Hội nghị')).toEqual({ caption: 'Hội nghị', credit: '' });
  });
});
