import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE_ID, sampleNewsroomForTests } from '../../../helpers/sampleNewsroom.ts';

const APPROVED_ID = 'c4e8a1b7-2d9f-4e3a-b6c5-7f8e9d0a1b23';
const office = sampleNewsroomForTests();
const laptop = sampleNewsroomForTests();

describe('exchange', () => {
  it('carries a reporter’s draft from a laptop to the office once, however often it is imported', async () => {
    await laptop.signInAs('bichdiep');
    const draft = await laptop.desk.api.editor.newArticle();
    const saved = await laptop.desk.api.editor.save(draft.id, { ...draft, title: 'Lễ hội đường phố Huế 2026' });
    const file = await laptop.desk.api.exchange.exportPackage(saved.id);
    expect(file.fileName).toBe('le-hoi-duong-pho-hue-2026.newsdesk');

    await office.signInAs('bichdiep');
    expect(await office.desk.api.exchange.importPackage(file)).toEqual({ id: saved.id, outcome: 'created' });
    expect((await office.desk.api.library.get(saved.id)).title).toBe('Lễ hội đường phố Huế 2026');
    expect(await office.desk.api.exchange.importPackage(file)).toEqual({ id: saved.id, outcome: 'unchanged' });
  });

  it('lets only an editor bring in an approved article, and nobody a published one', async () => {
    await office.signInAs('bientap');
    const approved = await office.desk.api.exchange.exportPackage(APPROVED_ID);
    const published = await office.desk.api.exchange.exportPackage(SAMPLE_ARTICLE_ID);

    await laptop.signInAs('bichdiep');
    const before = await laptop.desk.api.library.get(APPROVED_ID);
    await expect(laptop.desk.api.exchange.importPackage(approved)).rejects.toThrow(
      /^bài viết đang ở trạng thái "đã duyệt": phóng viên chỉ sửa được bản nháp/,
    );
    expect(await laptop.desk.api.library.get(APPROVED_ID)).toEqual(before);

    await laptop.signInAs('bientap');
    expect(await laptop.desk.api.exchange.importPackage(approved)).toEqual({ id: APPROVED_ID, outcome: 'unchanged' });
    await expect(laptop.desk.api.exchange.importPackage(published)).rejects.toThrow(/không sửa trực tiếp được/);
  });

  it('refuses what is not a package with one clear line, and someone signed out', async () => {
    await office.signInAs('bichdiep');
    const notAPackage = { fileName: 'anh-hoi-nghi.newsdesk', data: Buffer.from('JFIF not a zip').toString('base64') };
    await expect(office.desk.api.exchange.importPackage(notAPackage)).rejects.toThrow(/^gói \.newsdesk không hợp lệ/);
    await office.desk.api.session.signOut();
    await expect(office.desk.api.exchange.exportPackage(SAMPLE_ARTICLE_ID)).rejects.toThrow(/đăng nhập/);
  });
});
