import { describe, expect, it } from 'vitest';
import { pdfinfo } from '../../../helpers/pdfTools.ts';
import { DEMO_PASSWORD, openSampleNewsroom, sampleId, APPROVED_SAMPLE } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import type { Newsdesk } from '../../../../core/newsdesk.ts';

/** A bulletin of the approved and the published sample, as they are in `desk`. */
const bulletinOf = async (desk: Newsdesk) => ({
  articleIds: [await sampleId(desk, APPROVED_SAMPLE), await sampleId(desk)],
  title: 'Bản tin',
  issue: '3',
  date: '2024-03-05',
  paper: 'A4' as const,
  columns: 2 as const,
});

describe('print service', () => {
  const tempDir = useTempDirs();

  it('gives the article PDF as base64 with a file name and the preflight warnings', async () => {
    const desk = await openSampleNewsroom(await tempDir());
    const { api } = desk;
    const articleId = await sampleId(desk);
    await expect(api.print.article(articleId, { paper: 'A4', bleedMm: 0, cropMarks: false })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    const file = await api.print.article(articleId, { paper: 'A4', bleedMm: 0, cropMarks: false });
    expect(file.fileName).toBe('hoi-nghi-truc-tuyen-trien-khai-nhiem-vu-ke-hoach-xay-dung-nong-thon-moi-nam-2021.pdf');
    const bytes = new Uint8Array(Buffer.from(file.pdfBase64, 'base64'));
    expect(pdfinfo(bytes).Pages).toBe(String(file.pageCount));
    expect((await api.print.preflight(articleId)).map((w) => w.code)).toEqual(['low-resolution', 'missing-credit']);
    // Seeding a newsroom, two sign-ins (scrypt) and two typeset PDFs: minutes on a loaded two-core machine.
  }, 120_000);

  it('lets only the communications officer (and the administrator) make bulletins, in PDF and in Word', async () => {
    const desk = await openSampleNewsroom(await tempDir());
    const { api } = desk;
    const bulletin = await bulletinOf(desk);
    await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    await expect(api.print.bulletin(bulletin)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(api.print.bulletinWord(bulletin)).rejects.toMatchObject({ code: 'forbidden' });
    await api.session.signIn({ username: 'truyenthong', password: DEMO_PASSWORD });
    const file = await api.print.bulletin(bulletin);
    expect(pdfinfo(new Uint8Array(Buffer.from(file.pdfBase64, 'base64'))).Pages).toBe(String(file.pageCount));
    expect(file.fileName).toBe('ban-tin-so-3.pdf');
    const word = await api.print.bulletinWord(bulletin);
    expect(word.fileName).toBe('ban-tin-so-3.docx');
    expect(Buffer.from(word.docxBase64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  }, 120_000);
});
