import { describe, expect, it } from 'vitest';
import { APPROVED_SAMPLE, sampleNewsroomForTests } from '../../../helpers/sampleNewsroom.ts';

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
    // Packages of articles this library already holds (each library gives its samples ids of its own).
    const approvedId = laptop.sampleId(APPROVED_SAMPLE);
    await laptop.signInAs('bientap');
    const approved = await laptop.desk.api.exchange.exportPackage(approvedId);
    const published = await laptop.desk.api.exchange.exportPackage(laptop.sampleId());

    await laptop.signInAs('bichdiep');
    const before = await laptop.desk.api.library.get(approvedId);
    await expect(laptop.desk.api.exchange.importPackage(approved)).rejects.toThrow(
      /^bài viết đang ở trạng thái "đã duyệt": phóng viên chỉ sửa được bản nháp/,
    );
    expect(await laptop.desk.api.library.get(approvedId)).toEqual(before);

    await laptop.signInAs('bientap');
    expect(await laptop.desk.api.exchange.importPackage(approved)).toEqual({ id: approvedId, outcome: 'unchanged' });
    await expect(laptop.desk.api.exchange.importPackage(published)).rejects.toThrow(/không sửa trực tiếp được/);
  });

  it('refuses what is not a package with one clear line, and someone signed out', async () => {
    await office.signInAs('bichdiep');
    const notAPackage = { fileName: 'anh-hoi-nghi.newsdesk', data: Buffer.from('JFIF not a zip').toString('base64') };
    await expect(office.desk.api.exchange.importPackage(notAPackage)).rejects.toThrow(/^gói \.newsdesk không hợp lệ/);
    await office.desk.api.session.signOut();
    await expect(office.desk.api.exchange.exportPackage(office.sampleId())).rejects.toThrow(/đăng nhập/);
  });
});
