import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, openSampleNewsroom, sampleId, SUBMITTED_SAMPLE } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('workflow service', () => {
  const tempDir = useTempDirs();

  it('takes an article through review with comments, records every step as a revision, and refuses the wrong role', async () => {
    const desk = await openSampleNewsroom(await tempDir());
    const { api, articles } = desk;
    const submittedId = await sampleId(desk, SUBMITTED_SAMPLE);
    await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    await expect(api.workflow.transition(submittedId, 'approve')).rejects.toThrow('vai trò của bichdiep không được duyệt bài viết');
    await expect(api.workflow.queue()).rejects.toThrow('việc này cần vai trò editor');

    await api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    expect((await api.workflow.queue()).map((a) => a.id)).toEqual([submittedId]);
    expect((await api.workflow.options(submittedId)).actions).toEqual(['request-changes', 'approve']);
    const commented = await api.workflow.comment(submittedId, {
      text: 'Số liệu đoạn 2 lấy từ đâu?',
      anchor: { block: 1, excerpt: 'thu gom rác' },
    });
    await api.workflow.comment(submittedId, { text: 'Xin trả lời', parentId: commented.comments![0]!.id });
    await api.workflow.transition(submittedId, 'request-changes', 'Bổ sung nguồn số liệu');

    await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    await api.workflow.transition(submittedId, 'submit');
    await api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    const approved = await api.workflow.transition(submittedId, 'approve', undefined);
    expect(approved.state).toBe('approved');
    expect(approved.transitions!.map((t) => `${t.action}:${t.by}`)).toEqual([
      'request-changes:bientap',
      'submit:bichdiep',
      'approve:bientap',
    ]);
    expect(approved.comments!.map((c) => c.text)).toEqual(['Số liệu đoạn 2 lấy từ đâu?', 'Xin trả lời']);
    const reasons = (await articles.listRevisions(submittedId)).map((r) => r.reason);
    expect(reasons.filter((r) => r === 'transition')).toHaveLength(3);
    expect((await api.workflow.counts()).approved).toBe(2);
  });

  it('locks an account for a few minutes after five wrong passwords in a row', async () => {
    const { api } = await openSampleNewsroom(await tempDir());
    for (let i = 0; i < 5; i++)
      await expect(api.session.signIn({ username: 'bichdiep', password: 'sai' })).rejects.toThrow('sai tên đăng nhập');
    await expect(api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD })).rejects.toThrow('tài khoản tạm khóa đến');
    await expect(api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD })).resolves.toMatchObject({ role: 'editor' });
  });

  it('lets only an administrator manage accounts, and never lock themselves out', async () => {
    const { api } = await openSampleNewsroom(await tempDir());
    await api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    await expect(api.accounts.list()).rejects.toThrow('việc này cần vai trò admin');
    await api.session.signIn({ username: 'quantri', password: DEMO_PASSWORD });
    await api.accounts.create({ username: 'phongvien2', displayName: 'Phóng viên Hai', role: 'reporter', password: 'mat-khau-dai-du' });
    await api.accounts.update('phongvien2', { role: 'editor' });
    await api.accounts.update('bichdiep', { disabled: true });
    await expect(api.accounts.update('quantri', { disabled: true })).rejects.toThrow('không tự khóa');
    const overview = await api.accounts.list();
    expect(overview.find((a) => a.username === 'phongvien2')).toMatchObject({ role: 'editor', disabled: false });
    await expect(api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD })).rejects.toThrow('sai tên đăng nhập');
    await expect(api.session.signIn({ username: 'phongvien2', password: 'mat-khau-dai-du' })).resolves.toMatchObject({ role: 'editor' });
  });
});
