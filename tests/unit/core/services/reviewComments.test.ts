import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, openSampleNewsroom, sampleId } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('review comments', () => {
  const tempDir = useTempDirs();

  it('are resolved by the writer or an editor, keep no revision of their own, and name people', async () => {
    const desk = await openSampleNewsroom(await tempDir());
    const { api, articles } = desk;
    const articleId = await sampleId(desk);
    await articles.save({ ...(await articles.get(articleId)), state: 'submitted' }, { by: 'bichdiep', reason: 'transition' });
    const revisionsBefore = await articles.listRevisions(articleId);

    await api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    const commented = await api.workflow.comment(articleId, { text: 'Dẫn nguồn số liệu.', anchor: { block: 2, excerpt: 'Năm 2020' } });
    const [comment] = commented.comments!;
    expect(await articles.listRevisions(articleId)).toEqual(revisionsBefore);

    await api.session.signIn({ username: 'truyenthong', password: DEMO_PASSWORD });
    await expect(api.workflow.resolveComment(articleId, comment!.id)).rejects.toThrow('chỉ người viết bài hoặc biên tập viên');
    expect(await api.accounts.people()).toContainEqual({ username: 'bientap', displayName: 'Nguyễn Văn Hùng' });

    await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    const resolved = await api.workflow.resolveComment(articleId, comment!.id);
    expect(resolved.comments![0]!.resolved?.by).toBe('bichdiep');
    expect((await articles.get(articleId)).comments![0]!.resolved?.by).toBe('bichdiep');
    expect(await articles.listRevisions(articleId)).toEqual(revisionsBefore);
  }, 120_000);
});
