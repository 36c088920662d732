import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const SUBMITTED_ID = '0b7d9e21-4f3a-4d6b-8c2e-5a1f9b3c7d42';

describe('editing an article under review', () => {
  const tempDir = useTempDirs();

  it('is refused to everyone but the one who has it open, until they close it', async () => {
    const dataDir = await tempDir();
    const editorsApp = (await openSampleNewsroom(dataDir)).api;
    const othersApp = (await openSampleNewsroom(dataDir)).api;
    await editorsApp.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    await othersApp.session.signIn({ username: 'quantri', password: DEMO_PASSWORD });

    await editorsApp.editor.lock(SUBMITTED_ID);
    const article = await othersApp.library.get(SUBMITTED_ID);
    const { title, sapo, byline, category, tags, dateline, featuredPhoto, body } = article;
    await expect(othersApp.editor.lock(SUBMITTED_ID)).rejects.toThrow('bài đang được Nguyễn Văn Hùng (bientap) sửa');
    await expect(othersApp.editor.save(SUBMITTED_ID, { title: 'Chen ngang', sapo, byline, category, tags, dateline, featuredPhoto, body })).rejects.toThrow(
      'đang được Nguyễn Văn Hùng',
    );
    await editorsApp.editor.save(SUBMITTED_ID, { title: `${title} (biên tập)`, sapo, byline, category, tags, dateline, featuredPhoto, body });

    await editorsApp.editor.unlock(SUBMITTED_ID);
    await expect(othersApp.editor.lock(SUBMITTED_ID)).resolves.toMatchObject({ username: 'quantri' });
  });

  it('is not open to an account that does not write articles', async () => {
    const { api } = await openSampleNewsroom(await tempDir());
    await api.session.signIn({ username: 'truyenthong', password: DEMO_PASSWORD });
    await expect(api.editor.lock(SUBMITTED_ID)).rejects.toThrow('tài khoản này không viết bài');
  });
});
