// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../../renderer/editor/plugins/paste/sanitizePastedHtml.ts';

const clean = (html: string) => sanitizePastedHtml(html).innerHTML;

describe('sanitizePastedHtml', () => {
  it('keeps structure and emphasis, drops scripts, handlers, styles, images and unsafe links', () => {
    expect(
      clean(
        '<h1 style="color:red">Tin</h1><p class="MsoNormal" onclick="x()">Có <b>đậm</b> <a href="javascript:alert(1)">độc</a> ' +
          '<a href="HTTPS://Example.gov.vn/a">tốt</a> <a href="vbscript:x">vb</a></p><script>alert(1)</script><img src=x onerror="alert(1)"><iframe src="https://x"></iframe>',
      ),
    ).toBe('<h2>Tin</h2><p>Có <b>đậm</b> độc <a href="https://example.gov.vn/a">tốt</a> vb</p>');
  });

  it('turns Word’s list paragraphs into real lists, numbered or bulleted by their marker', () => {
    const word =
      '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.<span>&nbsp;</span></span>Bước một</p>' +
      '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">2.</span>Bước hai</p>' +
      '<p class="MsoNormal">Giữa</p>' +
      '<p class="MsoListParagraph" style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">·</span>Ý một</p>';
    expect(clean(word)).toBe('<ol><li>Bước một</li><li>Bước hai</li></ol><p>Giữa</p><ul><li>Ý một</li></ul>');
  });

  it('reads Google Docs emphasis from styles, and does not make the whole copy bold', () => {
    const docs =
      '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Đậm</span> và <span style="font-style:italic">nghiêng</span></p></b>';
    expect(clean(docs)).toBe('<p><span><strong>Đậm</strong></span> và <span><em>nghiêng</em></span></p>');
  });

  it('composes decomposed text (NFD → NFC)', () => {
    expect(clean(`<p>${'Nghệ An'.normalize('NFD')}</p>`)).toBe(`<p>${'Nghệ An'.normalize('NFC')}</p>`);
  });
});
