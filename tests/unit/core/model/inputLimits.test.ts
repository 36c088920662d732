import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, parseArgs } from '../../../../core/api.ts';
import { buildPackage } from '../../../../core/exchange/exportPackage.ts';
import { importPackage } from '../../../../core/exchange/importPackage.ts';
import { importFile } from '../../../../core/import/importFile.ts';
import type { Article } from '../../../../core/model/article.ts';
import { INPUT_LIMITS } from '../../../../core/model/inputLimits.ts';
import type { Newsdesk } from '../../../../core/newsdesk.ts';
import { pngHasLocation } from '../../../../core/store/pngMetadata.ts';
import { buildDocx } from '../../../helpers/docx.ts';
import { folderSnapshot } from '../../../helpers/folderSnapshot.ts';
import { bombPng, declareSize, deepBodyJson, docxOfSize, zipOfFolders } from '../../../helpers/hostileFiles.ts';
import { buildPng, pngChunk } from '../../../helpers/png.ts';
import { DEMO_PASSWORD, SEEDS_DIR, openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const author = { username: 'bichdiep', displayName: 'Bích Diệp' };
const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, data: Buffer.from(bytes).toString('base64') });

/** A minimal EXIF (TIFF) block whose GPS IFD holds a latitude. */
function exifWithGps(): Buffer {
  const tiff = Buffer.alloc(68);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8); // IFD0: one entry, the GPS pointer
  tiff.writeUInt16BE(0x8825, 10);
  tiff.writeUInt16BE(4, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt32BE(26, 18);
  tiff.writeUInt16BE(1, 26); // GPS IFD: GPSLatitude, 3 rationals at 44
  tiff.writeUInt16BE(2, 28);
  tiff.writeUInt16BE(5, 30);
  tiff.writeUInt32BE(3, 32);
  tiff.writeUInt32BE(44, 36);
  [18, 1, 45, 1, 1234, 100].forEach((n, i) => tiff.writeUInt32BE(n, 44 + i * 4));
  return tiff;
}

function xmpWithGps(): Buffer {
  const packet =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="18,45.2N" exif:GPSLongitude="105,40.9E"/></rdf:RDF></x:xmpmeta>';
  return Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), Buffer.from(packet)]);
}

describe('limits on what comes in', () => {
  const tempDir = useTempDirs();
  const open = async (): Promise<{ desk: Newsdesk; dataDir: string }> => {
    const dataDir = await tempDir();
    const desk = await openSampleNewsroom(dataDir);
    await desk.api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    return { desk, dataDir };
  };
  const target = (desk: Newsdesk) => ({ articles: desk.articles, assets: desk.assets, author });

  it('refuses an article nested thousands deep with the depth limit named, in a file and through the contract', async () => {
    const { desk, dataDir } = await open();
    const seed = JSON.parse(await readFile(join(SEEDS_DIR, 'articles', 'huong-dan-dich-vu-cong.json'), 'utf8')) as Record<string, unknown>;
    const before = await folderSnapshot(dataDir);
    const file = Buffer.from(
      JSON.stringify({ ...seed, id: '3d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', body: '@' }).replace('"@"', deepBodyJson(5000)),
    );
    await expect(importFile(file, 'sau.json', target(desk))).rejects.toThrow(
      `"sau.json" không phải bài viết Newsdesk: lồng nhau quá sâu (tối đa ${INPUT_LIMITS.jsonDepth} cấp)`,
    );
    // What the desktop's IPC and the browser bridge do with every call.
    const draft = await desk.api.editor.newArticle();
    const save = channels.find((c) => c.channel === 'editor.save')!;
    expect(() => parseArgs(save, [draft.id, { ...draft, body: JSON.parse(deepBodyJson(5000)) }])).toThrow(
      `không nhận được thông tin gửi đi: lồng nhau quá sâu (tối đa ${INPUT_LIMITS.jsonDepth} cấp)`,
    );
    expect(await folderSnapshot(dataDir)).toEqual(before);
  });

  it('refuses a body past the length limit, naming it, and takes one just under', async () => {
    const { desk } = await open();
    const draft = await desk.api.editor.newArticle();
    const paragraph = (text: string) => ({
      root: {
        type: 'root' as const,
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    });
    await expect(
      desk.api.editor.save(draft.id, { ...draft, body: paragraph('a'.repeat(INPUT_LIMITS.bodyCharacters + 1)) }),
    ).rejects.toThrow('không lưu được: nội dung bài quá dài (tối đa 500.000 ký tự)');
    await expect(
      desk.api.editor.save(draft.id, { ...draft, body: paragraph('a'.repeat(INPUT_LIMITS.bodyCharacters)) }),
    ).resolves.toMatchObject({ id: draft.id });
  });

  it('refuses a text file past its size limit before turning it into paragraphs, naming the limit', async () => {
    const { desk, dataDir } = await open();
    const before = await folderSnapshot(dataDir);
    const big = Buffer.from(`Tiêu đề\n${'Một câu. '.repeat(INPUT_LIMITS.textFileBytes / 9)}`);
    await expect(importFile(big, 'dai.txt', target(desk))).rejects.toThrow(
      'không nhập được "dai.txt": tệp văn bản quá lớn cho một bài viết (tối đa 4 MB, tức 500.000 ký tự)',
    );
    expect(await folderSnapshot(dataDir)).toEqual(before);
  });

  it('refuses a Word file whose text part is larger than the limit, or inflates past the size it declares', async () => {
    const { desk, dataDir } = await open();
    const before = await folderSnapshot(dataDir);
    const big = await docxOfSize(INPUT_LIMITS.docxPartBytes + 1024);
    await expect(importFile(big, 'dai.docx', target(desk))).rejects.toThrow(
      'không nhập được "dai.docx": phần "word/document.xml" quá lớn (tối đa 20 MB)',
    );
    const forged = declareSize(await docxOfSize(8 * 1024 * 1024), 'word/document.xml', 4096);
    await expect(importFile(forged, 'bom.docx', target(desk))).rejects.toThrow(
      'không nhập được "bom.docx": phần "word/document.xml" giải nén ra nhiều hơn kích thước đã khai (có thể là bom zip)',
    );
    const forgedPastLimit = declareSize(await docxOfSize(INPUT_LIMITS.docxPartBytes * 3), 'word/document.xml', 4096);
    await expect(importFile(forgedPastLimit, 'bom2.docx', target(desk))).rejects.toThrow('giải nén ra nhiều hơn kích thước đã khai');
    expect(await folderSnapshot(dataDir)).toEqual(before);
  });

  it('refuses a photo past the pixel limit from its header, and says where a Word file’s picture was left out', async () => {
    const { desk } = await open();
    const huge = buildPng(20_000, 20_000, [], false);
    await expect(desk.api.editor.storePhoto(upload('lon.png', huge))).rejects.toThrow(
      '"lon.png": ảnh quá lớn: 20000×20000 điểm ảnh, tối đa 50 megapixel',
    );

    const docx = await buildDocx([
      { heading: 1, text: 'Bài có ảnh quá lớn' },
      { paragraph: ['Trước ảnh.'] },
      { photo: huge, alt: 'ảnh lớn' },
      { photo: Buffer.from('không phải ảnh'), alt: 'hình vẽ' },
    ]);
    const article = await importFile(docx, 'anh-lon.docx', target(desk));
    const text = JSON.stringify(article.body);
    expect(text).toContain('[Ảnh thứ 1 trong tệp Word không nhập được: ảnh quá lớn: 20000×20000 điểm ảnh, tối đa 50 megapixel]');
    expect(text).toContain('[Ảnh thứ 2 trong tệp Word không nhập được: không phải là ảnh JPEG, PNG, WebP hay GIF]');
    expect(text).not.toContain('"type":"image"');
  });

  it('removes the location from a PNG (EXIF in eXIf, XMP in iTXt) and keeps a PNG without one as it came', async () => {
    const { desk, dataDir } = await open();
    const located = buildPng(4, 3, [pngChunk('eXIf', exifWithGps()), pngChunk('iTXt', xmpWithGps())]);
    expect(pngHasLocation(located)).toBe(true);
    const stored = await desk.api.editor.storePhoto(upload('vi-tri.png', located));
    const kept = await readFile(join(dataDir, 'assets', stored.asset));
    expect(pngHasLocation(kept)).toBe(false);
    expect(kept.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(stored).toMatchObject({ width: 4, height: 3 });

    const plain = buildPng(4, 3);
    const storedPlain = await desk.api.editor.storePhoto(upload('thuong.png', plain));
    expect(await readFile(join(dataDir, 'assets', storedPlain.asset))).toEqual(plain);
  });

  it('refuses a package whose photo is an image bomb, naming the pixel limit, before decoding it', async () => {
    const { desk, dataDir } = await open();
    const bomb = await bombPng(20_000, 20_000);
    const asset = `${createHash('sha256').update(bomb).digest('hex')}.png`;
    const seed = JSON.parse(await readFile(join(SEEDS_DIR, 'articles', 'huong-dan-dich-vu-cong.json'), 'utf8')) as Article;
    const article = {
      ...seed,
      id: '6d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      featuredPhoto: null,
      body: { root: { ...seed.body.root, children: [{ type: 'image', version: 1, src: asset, caption: '', credit: '', altText: '' }] } },
    };
    const bytes = await buildPackage(article, [], async () => bomb);
    const before = await folderSnapshot(dataDir);
    await expect(importPackage(desk.stores, bytes, { user: null, by: 'bichdiep' })).rejects.toThrow(
      `gói .newsdesk không hợp lệ: ảnh ${asset}: ảnh quá lớn: 20000×20000 điểm ảnh, tối đa 50 megapixel`,
    );
    expect(await folderSnapshot(dataDir)).toEqual(before);
  });

  it('refuses a package of 60,000 folder entries from its directory, before reading any', async () => {
    const { desk, dataDir } = await open();
    const folders = Array.from({ length: 60_000 }, (_, i) => `f${i}/`);
    const bytes = zipOfFolders(folders);
    const before = await folderSnapshot(dataDir);
    await expect(importPackage(desk.stores, bytes, { user: null, by: 'bichdiep' })).rejects.toThrow(
      'gói .newsdesk không hợp lệ: quá nhiều tệp (60.000, tối đa 500)',
    );
    expect(await folderSnapshot(dataDir)).toEqual(before);
  });

  it('never leaves an article without a revision when the save is cut between its two writes', async () => {
    const { desk, dataDir } = await open();
    const id = '4d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
    // The revision cannot be written (a file stands where its folder would be): the save stops there.
    await mkdir(join(dataDir, 'revisions'), { recursive: true });
    await writeFile(join(dataDir, 'revisions', id), 'chặn');
    const seed = JSON.parse(await readFile(join(SEEDS_DIR, 'articles', 'huong-dan-dich-vu-cong.json'), 'utf8')) as Record<string, unknown>;
    await expect(importFile(Buffer.from(JSON.stringify({ ...seed, id })), 'bai.json', target(desk))).rejects.toThrow();
    expect(await readdir(join(dataDir, 'articles'))).not.toContain(`${id}.json`);
    expect(desk.articles.has(id)).toBe(false);
  });
});
