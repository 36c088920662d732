import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, openSampleNewsroom, sampleId, SUBMITTED_SAMPLE } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('editing an article under review', () => {
  const tempDir = useTempDirs();

  it('is refused to everyone but the one who has it open, until they close it', async () => {
    const dataDir = await tempDir();
    const editors = await openSampleNewsroom(dataDir);
    const submittedId = await sampleId(editors, SUBMITTED_SAMPLE);
    const editorsApp = editors.api;
    const othersApp = (await openSampleNewsroom(dataDir)).api;
    await editorsApp.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    await othersApp.session.signIn({ username: 'quantri', password: DEMO_PASSWORD });

    await editorsApp.editor.lock(submittedId);
    const article = await othersApp.library.get(submittedId);
    const { title, sapo, byline, category, tags, dateline, featuredPhoto, body } = article;
    await expect(othersApp.editor.lock(submittedId)).rejects.toThrow('bài đang được Nguyễn Văn Hùng (bientap) sửa');
    await expect(
      othersApp.editor.save(submittedId, { title: 'Chen ngang', sapo, byline, category, tags, dateline, featuredPhoto, body }),
    ).rejects.toThrow('đang được Nguyễn Văn Hùng');
    await editorsApp.editor.save(submittedId, {
      title: `${title} (biên tập)`,
      sapo,
      byline,
      category,
      tags,
      dateline,
      featuredPhoto,
      body,
    });

    await editorsApp.editor.unlock(submittedId);
    await expect(othersApp.editor.lock(submittedId)).resolves.toMatchObject({ username: 'quantri' });
  });

  it('is not open to an account that does not write articles', async () => {
    const desk = await openSampleNewsroom(await tempDir());
    const { api } = desk;
    const submittedId = await sampleId(desk, SUBMITTED_SAMPLE);
    await api.session.signIn({ username: 'truyenthong', password: DEMO_PASSWORD });
    await expect(api.editor.lock(submittedId)).rejects.toThrow('tài khoản này không viết bài');
  });
});
