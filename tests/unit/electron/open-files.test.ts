// The file hand-off and File-menu export run against a real sample newsroom in a temp folder; only
// the dialogs around them need Electron.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportArticleTo } from '../../../electron/export-article.ts';
import { filesToOpen, importIntoLibrary, waitsForSignIn } from '../../../electron/open-files.ts';
import { DRAFT_SAMPLE, SAMPLE_TITLE, sampleNewsroomForTests } from '../../helpers/sampleNewsroom.ts';

describe('filesToOpen', () => {
  it('takes the packages, Word and JSON files a launch names, as absolute paths', () => {
    const argv = [
      '/opt/Newsdesk/newsdesk',
      '--data',
      '/srv/tin-bai.json',
      'Bài về lễ hội.newsdesk',
      '--open-article=x',
      'C:/Tin/phong-su.DOCX',
      'notes.odt',
      '-x.json',
    ];
    expect(filesToOpen(argv, '/home/bichdiep/Tải về')).toEqual([
      path.resolve('/home/bichdiep/Tải về', 'Bài về lễ hội.newsdesk'),
      path.resolve('/home/bichdiep/Tải về', 'C:/Tin/phong-su.DOCX'),
    ]);
  });

  it('finds nothing in a plain launch', () => {
    expect(filesToOpen(['/opt/Newsdesk/newsdesk'], '/')).toEqual([]);
    expect(filesToOpen(['electron', '.', '--data', '/tmp/x'], '/')).toEqual([]);
  });
});

describe('importIntoLibrary and exportArticleTo', () => {
  const office = sampleNewsroomForTests();
  const laptop = sampleNewsroomForTests();
  // Where the user's files are: the ones handed to Newsdesk and the ones it exports.
  const home = mkdtempSync(path.join(tmpdir(), 'newsdesk-open-files-'));
  afterAll(() => rmSync(home, { recursive: true, force: true, maxRetries: 5 }));

  it('waits for a sign-in before bringing a file in', async () => {
    const file = path.join(home, 'waiting.json');
    writeFileSync(file, '{}');
    const error = await importIntoLibrary(laptop.desk.api, file).catch((caught: unknown) => caught);
    expect(waitsForSignIn(error)).toBe(true);
  });

  it('exports a PDF and a package the user named, and a double-clicked package opens the same article elsewhere', async () => {
    await office.signInAs('bientap');
    const draftId = office.sampleId(DRAFT_SAMPLE);
    const pdf = path.join(home, 'Bản in.pdf');
    await exportArticleTo(office.desk.api, office.sampleId(), pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toContain(SAMPLE_TITLE);

    const pack = path.join(home, 'huong-dan.newsdesk');
    await exportArticleTo(office.desk.api, draftId, pack);
    await laptop.signInAs('bichdiep');
    expect(await importIntoLibrary(laptop.desk.api, pack)).toBe(draftId);
  });

  it('turns a Word-less name, a missing file or a wrong export type into one clear line', async () => {
    await laptop.signInAs('bichdiep');
    await expect(importIntoLibrary(laptop.desk.api, path.join(home, 'ghi-chu.odt'))).rejects.toThrow(
      'không mở được "ghi-chu.odt": Newsdesk chỉ mở tệp .newsdesk, .docx, .json, .txt',
    );
    await expect(importIntoLibrary(laptop.desk.api, path.join(home, 'da-xoa.newsdesk'))).rejects.toThrow('không còn tệp "da-xoa.newsdesk"');
    await expect(exportArticleTo(laptop.desk.api, laptop.sampleId(), path.join(home, 'bai.html'))).rejects.toThrow(
      'hãy chọn tệp .pdf hoặc .newsdesk',
    );
  });
});
