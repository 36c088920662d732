import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Newsdesk } from '../../../../core/newsdesk.ts';
import { DEMO_PASSWORD, openSampleNewsroom, SAMPLE_ARTICLE_ID } from '../../../helpers/sampleNewsroom.ts';

const APPROVED_ID = 'c4e8a1b7-2d9f-4e3a-b6c5-7f8e9d0a1b23';
const home = mkdtempSync(path.join(tmpdir(), 'newsdesk-exchange-'));
let office: Newsdesk;
let laptop: Newsdesk;

const signIn = (desk: Newsdesk, username: string) => desk.api.session.signIn({ username, password: DEMO_PASSWORD });
const asUpload = (file: { fileName: string; data: string }) => ({ fileName: file.fileName, data: file.data });

beforeAll(async () => {
  office = await openSampleNewsroom(path.join(home, 'office'));
  laptop = await openSampleNewsroom(path.join(home, 'laptop'));
}, 60_000);

afterAll(async () => {
  await Promise.all([office.close(), laptop.close()]);
  rmSync(home, { recursive: true, force: true, maxRetries: 5 });
});

describe('exchange', () => {
  it('carries a reporter’s draft from a laptop to the office once, however often it is imported', async () => {
    await signIn(laptop, 'bichdiep');
    const draft = await laptop.api.editor.newArticle();
    const saved = await laptop.api.editor.save(draft.id, { ...draft, title: 'Lễ hội đường phố Huế 2026' });
    const file = await laptop.api.exchange.exportPackage(saved.id);
    expect(file.fileName).toBe('le-hoi-duong-pho-hue-2026.newsdesk');

    await signIn(office, 'bichdiep');
    expect(await office.api.exchange.importPackage(asUpload(file))).toEqual({ id: saved.id, outcome: 'created' });
    expect((await office.api.library.get(saved.id)).title).toBe('Lễ hội đường phố Huế 2026');
    expect(await office.api.exchange.importPackage(asUpload(file))).toEqual({ id: saved.id, outcome: 'unchanged' });
  });

  it('lets only an editor bring in an approved article, and nobody a published one', async () => {
    await signIn(office, 'bientap');
    const approved = await office.api.exchange.exportPackage(APPROVED_ID);
    const published = await office.api.exchange.exportPackage(SAMPLE_ARTICLE_ID);

    await signIn(laptop, 'bichdiep');
    const before = await laptop.api.library.get(APPROVED_ID);
    await expect(laptop.api.exchange.importPackage(asUpload(approved))).rejects.toThrow(
      /^bài viết đang ở trạng thái "đã duyệt": phóng viên chỉ sửa được bản nháp/,
    );
    expect(await laptop.api.library.get(APPROVED_ID)).toEqual(before);

    await signIn(laptop, 'bientap');
    expect(await laptop.api.exchange.importPackage(asUpload(approved))).toEqual({ id: APPROVED_ID, outcome: 'unchanged' });
    await expect(laptop.api.exchange.importPackage(asUpload(published))).rejects.toThrow(/không sửa trực tiếp được/);
  });

  it('refuses what is not a package with one clear line, and someone signed out', async () => {
    await signIn(office, 'bichdiep');
    const notAPackage = { fileName: 'anh-hoi-nghi.newsdesk', data: Buffer.from('JFIF not a zip').toString('base64') };
    await expect(office.api.exchange.importPackage(notAPackage)).rejects.toThrow(/^gói \.newsdesk không hợp lệ/);
    await office.api.session.signOut();
    await expect(office.api.exchange.exportPackage(SAMPLE_ARTICLE_ID)).rejects.toThrow(/đăng nhập/);
  });
});
