import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../../core/import/htmlToDocument.ts';
import { parseHtml } from '../../../../core/import/htmlTree.ts';
import { renderBodyHtml } from '../../../../core/render/bodyHtml.ts';

const PHOTO = `${'ab'.repeat(32)}.jpg`;
const photos = new Map([[PHOTO, { width: 1200, height: 800 }]]);
/** Converts and renders back with core's renderer: what the portal would show of the import. */
const roundTrip = (html: string) => renderBodyHtml(htmlToDocument(parseHtml(html), { photos }), { assetUrl: (name) => `assets/${name}` });

describe('htmlToDocument (Word HTML → stored body)', () => {
  it('keeps headings, paragraphs, emphasis, lists and safe links', () => {
    expect(
      roundTrip(
        '<h1>Tiêu đề</h1><h2>Mục</h2><h4>Mục nhỏ</h4><p>Có <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch</u> và <a href="https://example.gov.vn/a?b=1&amp;c=2">liên kết</a>.</p>' +
          '<ul><li>Một</li><li><p>Hai</p><ol start="3"><li>Hai a</li></ol></li></ul>',
      ),
    ).toBe(
      [
        '<h2>Tiêu đề</h2>',
        '<h2>Mục</h2>',
        '<h3>Mục nhỏ</h3>',
        '<p>Có <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch</u> và <a href="https://example.gov.vn/a?b=1&amp;c=2">liên kết</a>.</p>',
        '<ul><li>Một</li><li>Hai</li><li><ol start="3"><li>Hai a</li></ol></li></ul>',
      ].join('\n'),
    );
  });

  it('produces nodes Lexical reads: text, paragraph, list and link nodes with their usual fields', () => {
    const doc = htmlToDocument(parseHtml('<ol><li><a href="mailto:toasoan@example.vn">Thư</a></li></ol>'), { photos });
    expect(doc.root.children[0]).toMatchObject({
      type: 'list',
      listType: 'number',
      tag: 'ol',
      start: 1,
      children: [
        {
          type: 'listitem',
          value: 1,
          children: [
            { type: 'link', url: 'mailto:toasoan@example.vn', children: [{ type: 'text', text: 'Thư', format: 0, mode: 'normal' }] },
          ],
        },
      ],
    });
  });

  it('drops unsafe links (keeping their text), scripts, styles and unknown photos', () => {
    const html = roundTrip(
      '<p><a href="javascript:alert(1)">bấm</a> <a href="data:text/html,x">dữ liệu</a> <a href="#footnote-1">[1]</a></p><script>alert(1)</script><style>p{}</style>' +
        '<p><img src="https://tracker.example/x.png" onerror="alert(1)" />Hết</p>',
    );
    expect(html).toBe('<p>bấm dữ liệu [1]</p>\n<p>Hết</p>');
  });

  it('turns a photo inside a paragraph into a photo block between its parts, with its alt text', () => {
    const doc = htmlToDocument(parseHtml(`<p>Trước <img src="${PHOTO}" alt="Ảnh &quot;hội nghị&quot;" /> sau</p>`), { photos });
    expect(doc.root.children.map((node) => node.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(doc.root.children[1]).toEqual({
      type: 'image',
      version: 2,
      src: PHOTO,
      altText: 'Ảnh "hội nghị"',
      caption: '',
      credit: '',
      width: 1200,
      height: 800,
      size: 'column',
    });
  });

  it('stores text composed (NFC), whatever form it came in, and decodes character references', () => {
    const decomposed = 'Nghệ An, Việt Nam'.normalize('NFD');
    const doc = htmlToDocument(parseHtml(`<p>${decomposed} &#8211; &#x1EA1; &nbsp;</p>`), { photos });
    const text = JSON.stringify(doc);
    expect(text).toContain('Nghệ An, Việt Nam – ạ');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('skips empty paragraphs and keeps line breaks inside a paragraph', () => {
    expect(roundTrip('<p></p><p>  </p><p>Dòng một<br />dòng hai</p>')).toBe('<p>Dòng một<br>dòng hai</p>');
  });
});
