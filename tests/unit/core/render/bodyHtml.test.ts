import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '../../../../core/render/bodyHtml.ts';
import type { SerializedEditorState, SerializedNode } from '../../../../core/model/document.ts';
import { SAMPLE_CAPTION, sampleArticle } from '../../../helpers/sampleNewsroom.ts';

const assetUrl = (name: string) => `assets/${name}`;
const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format });
const doc = (...children: SerializedNode[]): SerializedEditorState => ({ root: { type: 'root', version: 1, children } });
const para = (...children: SerializedNode[]): SerializedNode => ({ type: 'paragraph', version: 1, children });

describe('renderBodyHtml', () => {
  it('renders the sample article: paragraphs, and the photo in a figure with its caption', async () => {
    const html = renderBodyHtml((await sampleArticle()).body, { assetUrl });
    expect(html.match(/<p>/g)).toHaveLength(3);
    expect(html).toMatch(
      /<figure class="nd-photo"><img src="assets\/[0-9a-f]{64}\.jpg" alt="[^"]+" width="1200" height="800"><figcaption>Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh phát biểu tại Hội nghị<\/figcaption><\/figure>/,
    );
    expect(html.indexOf('Chiều ngày 25/2/2021')).toBeLessThan(html.indexOf(SAMPLE_CAPTION));
  });

  it('escapes markup in text, captions, credits and alt text', () => {
    const image = {
      type: 'image',
      version: 1,
      src: `${'a'.repeat(64)}.jpg`,
      altText: '"><script>',
      caption: 'A & B <i>',
      credit: "O'Neil",
    };
    const html = renderBodyHtml(doc(para(text('<b>Tom & "Jerry"</b>')), image), { assetUrl });
    expect(html).toContain('<p>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</p>');
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('<figcaption>A &amp; B &lt;i&gt; <span class="nd-credit">Ảnh: O&#39;Neil</span></figcaption>');
    expect(html).not.toContain('<script');
  });

  it('keeps http, https and mailto links and drops javascript: and data: ones', () => {
    const link = (url: string) => ({ type: 'link', version: 1, url, children: [text('đây')] });
    const html = renderBodyHtml(
      doc(
        para(
          link('https://example.gov.vn/a?b=1&c=2'),
          link('mailto:toasoan@example.gov.vn'),
          link('javascript:alert(1)'),
          link(' data:text/html,x'),
        ),
      ),
      { assetUrl },
    );
    expect(html).toBe('<p><a href="https://example.gov.vn/a?b=1&amp;c=2">đây</a><a href="mailto:toasoan@example.gov.vn">đây</a>đâyđây</p>');
  });

  it('renders formats, headings, lists and quotes', () => {
    const list = {
      type: 'list',
      version: 1,
      listType: 'number',
      start: 1,
      children: [
        { type: 'listitem', version: 1, children: [text('một')] },
        { type: 'listitem', version: 1, children: [text('hai')] },
      ],
    };
    const html = renderBodyHtml(
      doc(
        { type: 'heading', version: 1, tag: 'h3', children: [text('Tiêu đề')] },
        para(text('đậm', 1), text(' nghiêng', 2), text(' gạch', 8)),
        list,
        { type: 'quote', version: 1, children: [text('trích')] },
      ),
      { assetUrl },
    );
    expect(html).toBe(
      '<h3>Tiêu đề</h3>\n<p><strong>đậm</strong><em> nghiêng</em><u> gạch</u></p>\n<ol><li>một</li><li>hai</li></ol>\n<blockquote>trích</blockquote>',
    );
  });

  it('composes decomposed Vietnamese text to NFC', () => {
    const decomposed = 'Hội nghị'.normalize('NFD');
    expect(renderBodyHtml(doc(para(text(decomposed))), { assetUrl })).toBe(`<p>${'Hội nghị'.normalize('NFC')}</p>`);
  });
});
