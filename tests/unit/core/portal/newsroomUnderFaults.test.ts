import { describe, expect, it } from 'vitest';
import { DevPortal } from '../../../../devportal/DevPortal.ts';
import { FaultPlan } from '../../../../devportal/faults.ts';
import { ADMIN } from '../../../helpers/devPortal.ts';
import { EDITOR, prepareMachine, REPORTER, show, sync, workflow, type CliRun, type Machine } from '../../../helpers/newsroomMachines.ts';
import { openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { syncEngine } from '../../../helpers/portalSync.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const NODES = '/jsonapi/node/article';
const ARTICLES = 3;

describe('the newsroom loop across two machines under dropped answers, 500s, 503s and restarts', () => {
  const tempDir = useTempDirs();

  it('ends with one node per article and the same state on both machines', async () => {
    const storeDir = await tempDir();
    const faults = new FaultPlan()
      .add({ method: 'POST', path: NODES, fault: { kind: 'drop-after-commit' }, every: 2, times: 2 })
      .add({ method: 'POST', path: `${NODES}/field_image`, fault: { kind: 'drop-after-commit' }, times: 1 })
      .add({ method: 'PATCH', path: `${NODES}/*`, fault: { kind: 'drop-after-commit' }, every: 3, times: 4 })
      .add({ method: 'PATCH', path: `${NODES}/*`, fault: { kind: 'status', status: 503, retryAfter: 1 }, skip: 1, every: 4, times: 3 })
      .add({ method: 'GET', path: NODES, fault: { kind: 'status', status: 500 }, every: 3, times: 4 })
      .add({ method: 'GET', path: '/jsonapi/user/user/*', fault: { kind: 'status', status: 503 }, times: 2 })
      .add({ method: 'GET', path: '/sites/default/files/*', fault: { kind: 'reset' }, times: 1 });
    const users = [{ ...ADMIN, role: 'administrator' as const }, REPORTER, EDITOR];
    let portal = await DevPortal.start({ storeDir, users, faults });
    const port = Number(new URL(portal.origin).port);
    const origin = portal.origin;
    /** The portal goes down and comes back on the same address, with what it had stored. */
    const restartPortal = async () => {
      await portal.close();
      portal = await DevPortal.start({ storeDir, users, faults }, port);
    };
    try {
      const reporter: Machine = { dataDir: await tempDir(), user: 'bichdiep', portalAccount: REPORTER };
      const editor: Machine = { dataDir: await tempDir(), user: 'bientap', portalAccount: EDITOR };
      const ids = await prepareMachine(reporter.dataDir, ARTICLES);
      await prepareMachine(editor.dataDir);

      /** A sync that could not finish everything (the portal kept failing) is simply run again, as the app does later. */
      const settle = async (machine: Machine): Promise<CliRun> => {
        let run = await sync(machine, origin);
        for (let tries = 1; run.code !== 0 && tries < 6; tries++) run = await sync(machine, origin);
        expect(run.code, run.out + run.err).toBe(0);
        return run;
      };

      for (const id of ids) expect((await workflow(reporter, id, 'submit')).code).toBe(0);
      await settle(reporter);
      await restartPortal();
      await settle(editor);
      for (const id of ids) expect((await show(editor, id)).state).toBe('submitted');

      for (const id of ids) expect((await workflow(editor, id, 'request-changes', 'Cần thêm ảnh')).code).toBe(0);
      await settle(editor);
      await restartPortal();
      await settle(reporter);
      for (const id of ids)
        expect((await show(reporter, id)).transitions?.at(-1)).toMatchObject({ action: 'request-changes', note: 'Cần thêm ảnh' });

      for (const id of ids) expect((await workflow(reporter, id, 'submit', 'Đã sửa')).code).toBe(0);
      await settle(reporter);
      await settle(editor);
      for (const id of ids) expect((await workflow(editor, id, 'approve')).code).toBe(0);

      // The editor's app stops for good mid-publication, after a few requests; a fresh one finishes the work.
      const crashing = await openSampleNewsroom(editor.dataDir);
      let sent = 0;
      const stopping: typeof fetch = (input, init) => (++sent > 4 ? new Promise<Response>(() => undefined) : fetch(input, init));
      const engine = await syncEngine(crashing, portal, {
        fetch: stopping,
        timeoutMs: 60_000,
        settings: { username: EDITOR.name },
        password: EDITOR.password,
      });
      void engine.run(await engine.enqueue());
      await expect.poll(() => sent, { timeout: 60_000 }).toBeGreaterThan(4);
      await restartPortal();
      await settle(editor);
      await settle(reporter);

      expect(faults.fired).toBeGreaterThan(8);
      expect([...portal.store.nodes.keys()].sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const node = portal.store.nodes.get(id)!;
        expect(node.current).toMatchObject({ moderationState: 'published', status: true });
        const [onReporter, onEditor] = [await show(reporter, id), await show(editor, id)];
        expect(onReporter.state).toBe('published');
        expect(onEditor.state).toBe('published');
        expect(onReporter.portal?.url).toBe(`${origin}/node/${node.nid}`);
        expect(onEditor.portal?.url).toBe(onReporter.portal?.url);
        expect(onEditor.sapo).toBe(onReporter.sapo);
        expect(onEditor.transitions?.map((step) => step.action)).toEqual(onReporter.transitions?.map((step) => step.action));
        expect(onReporter.transitions?.map((step) => step.action)).toEqual(['submit', 'request-changes', 'submit', 'approve', 'publish']);
      }
      // The articles share the sample photo: it is on the portal once, uploaded by the reporter, never again by the editor.
      expect(portal.store.files.size).toBe(1);
    } finally {
      await portal.close();
    }
  }, 240_000);
});
