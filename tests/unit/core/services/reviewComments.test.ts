import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, SAMPLE_ARTICLE_ID, openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('review comments', () => {
  const tempDir = useTempDirs();

  it('are resolved by the writer or an editor, keep no revision of their own, and name people', async () => {
    const { api, articles } = await openSampleNewsroom(await tempDir());
    await articles.save({ ...(await articles.get(SAMPLE_ARTICLE_ID)), state: 'submitted' }, { by: 'bichdiep', reason: 'transition' });
    const revisionsBefore = await articles.listRevisions(SAMPLE_ARTICLE_ID);

    await api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    const commented = await api.workflow.comment(SAMPLE_ARTICLE_ID, { text: 'Dẫn nguồn số liệu.', anchor: { block: 2, excerpt: 'Năm 2020' } });
    const [comment] = commented.comments!;
    expect(await articles.listRevisions(SAMPLE_ARTICLE_ID)).toEqual(revisionsBefore);

    await api.session.signIn({ username: 'truyenthong', password: DEMO_PASSWORD });
    await expect(api.workflow.resolveComment(SAMPLE_ARTICLE_ID, comment!.id)).rejects.toThrow('chỉ người viết bài hoặc biên tập viên');
    expect(await api.accounts.people()).toContainEqual({ username: 'bientap', displayName: 'Nguyễn Văn Hùng' });

    await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    const resolved = await api.workflow.resolveComment(SAMPLE_ARTICLE_ID, comment!.id);
    expect(resolved.comments![0]!.resolved?.by).toBe('bichdiep');
    expect((await articles.get(SAMPLE_ARTICLE_ID)).comments![0]!.resolved?.by).toBe('bichdiep');
    expect(await articles.listRevisions(SAMPLE_ARTICLE_ID)).toEqual(revisionsBefore);
  }, 120_000);
});
