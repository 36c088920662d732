import { describe, expect, it } from 'vitest';
import { ADMIN, useDevPortals } from '../../../helpers/devPortal.ts';
import { cli, EDITOR, prepareMachine, REPORTER, show, sync, workflow, type Machine } from '../../../helpers/newsroomMachines.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const NOTE = 'Bổ sung số liệu năm 2020 và tên các xã đạt chuẩn';

describe('one newsroom on two machines, through the portal', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();

  it('submit on the reporter’s machine → review queue on the editor’s → changes asked with a note → the note on the reporter’s → resubmit → approve → one published node, shown as published on both', async () => {
    const portal = await startPortal(await tempDir(), { users: [{ ...ADMIN, role: 'administrator' }, REPORTER, EDITOR] });
    const reporter: Machine = { dataDir: await tempDir(), user: 'bichdiep', portalAccount: REPORTER };
    const editor: Machine = { dataDir: await tempDir(), user: 'bientap', portalAccount: EDITOR };
    const [id] = await prepareMachine(reporter.dataDir, 1);
    await prepareMachine(editor.dataDir);
    const written = await show(reporter, id!);

    // The reporter submits; the sync sends it under their own portal account, in the review state, with the note.
    expect((await workflow(reporter, id!, 'submit', 'Gửi anh chị duyệt giúp')).code).toBe(0);
    const sent = await sync(reporter, portal.origin);
    expect(sent.err).toBe('');
    expect(sent.out).toContain(`đã gửi     ${id}`);
    expect(portal.store.nodes.size).toBe(1);
    const submitted = portal.store.nodes.get(id!)!;
    expect(submitted).toMatchObject({
      owner: REPORTER.name,
      current: { moderationState: 'needs_review', status: false, log: 'Gửi anh chị duyệt giúp', author: REPORTER.name },
    });

    // The editor's sync brings it into the review queue, photos and all, with the reporter's display name.
    const queued = await sync(editor, portal.origin);
    expect(queued.out).toContain('Nhận từ cổng thông tin: 1 bài, 0 xung đột, 0 lỗi.');
    const inReview = await show(editor, id!);
    expect(inReview).toMatchObject({
      state: 'submitted',
      author: REPORTER.displayName,
      title: written.title,
      sapo: written.sapo,
      byline: written.byline,
      category: written.category,
      dateline: written.dateline,
    });
    expect(inReview.featuredPhoto).toEqual(written.featuredPhoto);
    expect(inReview.body.root.children.filter((node) => node.type === 'image')).toEqual(
      written.body.root.children
        .filter((node) => node.type === 'image')
        .map((node) => expect.objectContaining({ src: node.src, caption: node.caption, credit: node.credit, altText: node.altText })),
    );
    expect(inReview.transitions).toEqual([
      expect.objectContaining({ action: 'submit', by: REPORTER.displayName, note: 'Gửi anh chị duyệt giúp' }),
    ]);

    // Changes requested on the editor's machine travel as a moderation-state move with the note, under the editor's account.
    expect((await workflow(editor, id!, 'request-changes', NOTE)).code).toBe(0);
    expect((await sync(editor, portal.origin)).out).toContain(`đã gửi     ${id}`);
    expect(portal.store.nodes.get(id!)!.current).toMatchObject({ moderationState: 'draft', log: NOTE, author: EDITOR.name });

    // The reporter's next sync shows the request with its note, in `show` and in `show --json`.
    expect((await sync(reporter, portal.origin)).code).toBe(0);
    const asked = await show(reporter, id!);
    expect(asked.state).toBe('changes_requested');
    expect(asked.transitions?.at(-1)).toMatchObject({ action: 'request-changes', by: EDITOR.displayName, note: NOTE });
    const text = await cli(['--data', reporter.dataDir, 'show', id!]);
    expect(text.out).toContain(`Cần sửa (${EDITOR.displayName}): ${NOTE}`);

    // The reporter fixes the sapo and resubmits; the editor's machine gets the new text as a revision by the reporter.
    const { openSampleNewsroom } = await import('../../../helpers/sampleNewsroom.ts');
    const desk = await openSampleNewsroom(reporter.dataDir);
    const fixed = `${asked.sapo} Năm 2020 có thêm 16 xã đạt chuẩn.`;
    await desk.articles.save({ ...(await desk.articles.get(id!)), sapo: fixed }, { by: 'bichdiep' });
    await desk.close();
    expect((await workflow(reporter, id!, 'submit', 'Đã bổ sung')).code).toBe(0);
    expect((await sync(reporter, portal.origin)).code).toBe(0);
    expect((await sync(editor, portal.origin)).code).toBe(0);
    const again = await show(editor, id!);
    expect(again).toMatchObject({ state: 'submitted', sapo: fixed });

    // Approved on the editor's machine: the sync publishes it, once.
    expect((await workflow(editor, id!, 'approve')).code).toBe(0);
    const published = await sync(editor, portal.origin);
    expect(published.out).toContain(`đã đăng    ${id}`);
    expect(portal.store.nodes.size).toBe(1);
    const node = portal.store.nodes.get(id!)!;
    expect(node.current).toMatchObject({ moderationState: 'published', status: true, author: EDITOR.name });
    expect(node.current.body.summary).toBe(fixed);

    // The reporter's machine shows it published, with its link; both machines agree.
    expect((await sync(reporter, portal.origin)).code).toBe(0);
    const onReporter = await show(reporter, id!);
    const onEditor = await show(editor, id!);
    expect(onReporter).toMatchObject({
      state: 'published',
      sapo: fixed,
      portal: { url: `${portal.origin}/node/${node.nid}`, moderationState: 'published' },
    });
    expect(onEditor).toMatchObject({ state: 'published', sapo: fixed, portal: { url: `${portal.origin}/node/${node.nid}` } });
    const steps = (article: typeof onReporter) => article.transitions?.map((step) => step.action);
    expect(steps(onReporter)).toEqual(['submit', 'request-changes', 'submit', 'approve', 'publish']);
    expect(steps(onEditor)).toEqual(steps(onReporter));
    expect((await cli(['--data', reporter.dataDir, 'show', id!])).out).toContain(`Đã đăng: ${portal.origin}/node/${node.nid}`);

    // Nothing new: a further sync on either machine changes nothing; the sample articles never reached the portal.
    expect((await sync(editor, portal.origin)).out).toContain('Nhận từ cổng thông tin: 0 bài');
    expect((await sync(reporter, portal.origin)).out).toContain('Nhận từ cổng thông tin: 0 bài');
    expect(portal.store.nodes.size).toBe(1);
  }, 240_000);

  it('a reporter’s account cannot publish: that article is reported with the permission it lacks, and the others go on', async () => {
    const portal = await startPortal(await tempDir(), { users: [{ ...ADMIN, role: 'administrator' }, REPORTER, EDITOR] });
    const reporter: Machine = { dataDir: await tempDir(), user: 'bichdiep', portalAccount: REPORTER };
    const [approvedHere, submittedHere] = await prepareMachine(reporter.dataDir, 2);
    const { openSampleNewsroom } = await import('../../../helpers/sampleNewsroom.ts');
    const desk = await openSampleNewsroom(reporter.dataDir);
    await desk.articles.save({ ...(await desk.articles.get(approvedHere!)), state: 'approved' });
    await desk.close();
    expect((await workflow(reporter, submittedHere!, 'submit')).code).toBe(0);

    const run = await sync(reporter, portal.origin);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`lỗi        ${approvedHere}`);
    expect(run.out).toContain(
      'tài khoản cổng thông tin này không được chuyển bài từ "Bản nháp" sang "Đã đăng": cần quyền "use editorial transition publish" trên cổng',
    );
    expect(run.out).toContain(`đã gửi     ${submittedHere}`);
    expect([...portal.store.nodes.keys()]).toEqual([submittedHere]);
  }, 120_000);
});
