import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, invoke, NewsdeskError, parseArgs, type ChannelName } from '../../../core/api.ts';
import { main } from '../../../core/cli.ts';
import { buildPackage } from '../../../core/exchange/exportPackage.ts';
import type { Role } from '../../../core/model/account.ts';
import type { Article } from '../../../core/model/article.ts';
import type { ContentChanges } from '../../../core/model/contentChanges.ts';
import { contentOf } from '../../../core/model/recovery.ts';
import { refusal } from '../../../core/model/workflow.ts';
import type { Newsdesk } from '../../../core/newsdesk.ts';
import {
  APPROVED_SAMPLE,
  DEMO_PASSWORD,
  DRAFT_SAMPLE,
  SEEDS_DIR,
  SUBMITTED_SAMPLE,
  openSampleNewsroom,
  sampleId,
} from '../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const PHOTO = '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg';

/** One call at most, on a busy machine (the slowest typeset a PDF or copy the data folder); a role's test makes one of each. */
const CALL_UNDER_LOAD_MS = 3_000;

const PEOPLE: Record<Role, string> = { reporter: 'bichdiep', editor: 'bientap', communications: 'truyenthong', admin: 'quantri' };
const WRITERS: Role[] = ['reporter', 'editor', 'admin'];
const SIGNED_IN: Role[] = ['reporter', 'editor', 'communications', 'admin'];
/** Reporters send their own submissions and take in decisions; communications officers do not sync. */
const SYNCERS: Role[] = ['reporter', 'editor', 'admin'];
const NO_SUCH_COMMENT = '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

interface Fixture {
  desk: Newsdesk;
  /** The sample articles' ids in this data folder: bichdiep's draft, a submitted, an approved one. */
  ids: { draft: string; submitted: string; approved: string };
  draft: Article;
  backupName: string;
  package: { fileName: string; data: string };
  json: { fileName: string; data: string };
  photo: { fileName: string; data: string };
  /** The portal settings as they are (none set): saving them changes nothing. */
  portal: object;
}

interface Call {
  /** Who may make the call with these arguments: 'anyone' needs no sign-in at all. */
  who: 'anyone' | readonly Role[];
  args(f: Fixture): unknown[] | Promise<unknown[]>;
  /** The call is allowed but answers with this refusal for another reason (nothing to recover, no portal set). */
  allowedButFailsWith?: string;
}

/**
 * Every method of the contract, with arguments that exercise its rule, and who may call it. Typed
 * as a record over all channel names: a new method does not compile until its rule is written here.
 */
const CALLS: Record<ChannelName, Call> = {
  'session.signIn': { who: 'anyone', args: () => [{ username: 'bientap', password: DEMO_PASSWORD }] },
  'session.signOut': { who: 'anyone', args: () => [] },
  'session.current': { who: 'anyone', args: () => [] },
  'library.list': { who: SIGNED_IN, args: () => [{}] },
  'library.page': { who: SIGNED_IN, args: () => [{ offset: 0, limit: 2 }] },
  'library.get': { who: SIGNED_IN, args: (f) => [f.ids.approved] },
  'library.search': { who: SIGNED_IN, args: () => ['nông thôn'] },
  'library.problems': { who: SIGNED_IN, args: () => [] },
  'library.recover': { who: SIGNED_IN, args: (f) => [f.ids.approved], allowedButFailsWith: 'not-found' },
  'exchange.exportPackage': { who: SIGNED_IN, args: (f) => [f.ids.approved] },
  'exchange.importPackage': { who: WRITERS, args: (f) => [f.package] },
  'preferences.get': { who: 'anyone', args: () => [] },
  'preferences.setLanguage': { who: 'anyone', args: () => ['vi'] },
  'recent.opened': { who: SIGNED_IN, args: (f) => [f.ids.approved] },
  'recent.list': { who: SIGNED_IN, args: () => [] },
  'history.list': { who: SIGNED_IN, args: (f) => [f.ids.approved] },
  'history.compare': { who: SIGNED_IN, args: (f) => [f.ids.approved, 1, 1] },
  // Restoring is editing: a reporter their own draft, editors and administrators what is not yet published.
  'history.restore': { who: WRITERS, args: (f) => [f.ids.draft, 1] },
  'workflow.transition': { who: ['editor'], args: (f) => [f.ids.submitted, 'request-changes', 'Bổ sung nguồn'] },
  'workflow.options': { who: SIGNED_IN, args: (f) => [f.ids.submitted] },
  'workflow.queue': { who: ['editor'], args: () => [] },
  'workflow.counts': { who: SIGNED_IN, args: () => [] },
  'workflow.comment': { who: SIGNED_IN, args: (f) => [f.ids.approved, { text: 'Ảnh đẹp' }] },
  // The writer (bichdiep) or an editor; the comment asked for is not there.
  'workflow.resolveComment': {
    who: ['reporter', 'editor'],
    args: (f) => [f.ids.approved, NO_SUCH_COMMENT],
    allowedButFailsWith: 'not-found',
  },
  'accounts.list': { who: ['admin'], args: () => [] },
  'accounts.people': { who: SIGNED_IN, args: () => [] },
  'accounts.create': {
    who: ['admin'],
    args: () => [{ username: 'phongvien2', displayName: 'Phóng viên Hai', role: 'reporter', password: 'mat-khau-dai-du' }],
  },
  'accounts.update': { who: ['admin'], args: () => ['truyenthong', { disabled: false }] },
  'newsroom.settings': { who: SIGNED_IN, args: () => [] },
  'newsroom.update': { who: ['admin'], args: () => [{}] },
  'newsroom.categories': { who: SIGNED_IN, args: () => [] },
  // Only administrators keep the list; the others pick from it.
  'newsroom.setCategories': { who: ['admin'], args: (f) => [[...f.desk.stores.categories.list]] },
  'backup.list': { who: SIGNED_IN, args: () => [] },
  'backup.create': { who: SIGNED_IN, args: () => [] },
  'backup.restore': { who: ['editor', 'admin'], args: (f) => [f.backupName] },
  'print.article': { who: SIGNED_IN, args: (f) => [f.ids.approved, {}] },
  'print.preflight': { who: SIGNED_IN, args: (f) => [f.ids.approved] },
  'print.bulletin': {
    who: ['communications', 'admin'],
    args: (f) => [{ articleIds: [f.ids.approved], title: 'Bản tin', date: '2026-12-01' }],
  },
  'print.articleWord': { who: SIGNED_IN, args: (f) => [f.ids.approved] },
  'print.bulletinWord': {
    who: ['communications', 'admin'],
    args: (f) => [{ articleIds: [f.ids.approved], title: 'Bản tin', date: '2026-12-01' }],
  },
  'editor.newArticle': { who: WRITERS, args: () => [] },
  'editor.save': { who: WRITERS, args: (f) => [f.ids.draft, contentOf(f.draft)] },
  // Written against the draft as it is stored when the call is made (an earlier call may have saved it).
  'editor.saveChanges': { who: WRITERS, args: async (f) => [f.ids.draft, unchangedSince(await f.desk.articles.get(f.ids.draft))] },
  'editor.storePhoto': { who: WRITERS, args: (f) => [f.photo] },
  'editor.importFile': { who: WRITERS, args: (f) => [f.json] },
  'editor.lock': { who: WRITERS, args: (f) => [f.ids.draft] },
  'editor.unlock': { who: SIGNED_IN, args: (f) => [f.ids.draft] },
  'editor.keepDraft': { who: WRITERS, args: (f) => [f.ids.draft, contentOf(f.draft)] },
  'editor.keepDraftChanges': { who: WRITERS, args: async (f) => [f.ids.draft, unchangedSince(await f.desk.articles.get(f.ids.draft))] },
  'editor.recovered': { who: SIGNED_IN, args: () => [] },
  'sync.settings': { who: SIGNED_IN, args: () => [] },
  // Each person keeps their own portal account; the settings shared by the newsroom are unchanged here.
  'sync.saveSettings': { who: SIGNED_IN, args: (f) => [f.portal] },
  'sync.testConnection': { who: SYNCERS, args: () => [] },
  'sync.status': { who: SIGNED_IN, args: () => [] },
  'sync.preview': { who: SYNCERS, args: () => [], allowedButFailsWith: 'bad-input' },
  'sync.start': { who: SYNCERS, args: () => [], allowedButFailsWith: 'bad-input' },
  'sync.resolve': { who: SYNCERS, args: (f) => [f.ids.approved, 'keep-mine'], allowedButFailsWith: 'bad-input' },
  'writing.dictionary': { who: SIGNED_IN, args: () => [] },
  'writing.addWord': { who: SIGNED_IN, args: () => ['Zalo'] },
  'writing.glossary': { who: SIGNED_IN, args: () => [] },
  'writing.setGlossary': { who: ['editor', 'admin'], args: () => [[{ abbreviation: 'UBND', expansion: 'Ủy ban nhân dân' }]] },
  'diagnostics.report': { who: SIGNED_IN, args: () => [] },
};

/** The stored article's content as changes against itself: every paragraph kept where it is. */
function unchangedSince(stored: Article): ContentChanges {
  const { body, ...fields } = contentOf(stored);
  return { ...fields, baseUpdatedAt: stored.updatedAt, body: { root: { ...body.root, children: body.root.children.map((_, i) => i) } } };
}

/** What each call was answered, as `ok` or the error's code. */
async function outcome(desk: Newsdesk, channel: ChannelName, f: Fixture): Promise<string> {
  const spec = channels.find((c) => c.channel === channel)!;
  try {
    await invoke(desk.api, spec, parseArgs(spec, await CALLS[channel].args(f)));
    return 'ok';
  } catch (error) {
    if (error instanceof NewsdeskError) return error.code;
    throw error;
  }
}

async function fixture(desk: Newsdesk): Promise<Fixture> {
  const ids = {
    draft: await sampleId(desk, DRAFT_SAMPLE),
    submitted: await sampleId(desk, SUBMITTED_SAMPLE),
    approved: await sampleId(desk, APPROVED_SAMPLE),
  };
  const draft = await desk.articles.get(ids.draft);
  const packaged = await buildPackage({ ...draft, id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', state: 'approved' }, [], (name) =>
    desk.stores.assets.read(name),
  );
  const json = { ...draft, id: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', state: 'approved' };
  const photo = await readFile(join(SEEDS_DIR, 'assets', PHOTO));
  await desk.api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
  const { hasPassword: _, ...portal } = await desk.api.sync.settings();
  return {
    desk,
    ids,
    draft,
    backupName: (await desk.backups.create('manual')).name,
    package: { fileName: 'bai.newsdesk', data: packaged.toString('base64') },
    json: { fileName: 'bai.json', data: Buffer.from(JSON.stringify(json)).toString('base64') },
    photo: { fileName: 'anh.jpg', data: photo.toString('base64') },
    portal,
  };
}

describe('every contract method as every role', () => {
  const tempDir = useTempDirs();

  it('lists every method of the contract', () => {
    expect(Object.keys(CALLS).sort()).toEqual(channels.map((c) => c.channel).sort());
  });

  for (const role of [...SIGNED_IN, null] as const) {
    it(
      `answers ${role ?? 'someone signed out'} as the rules say, refusing with 'forbidden' (or 'unauthorized') and nothing else`,
      { timeout: channels.length * CALL_UNDER_LOAD_MS },
      async () => {
        const desk = await openSampleNewsroom(await tempDir());
        const f = await fixture(desk);
        const answers: Record<string, string> = {};
        const expected: Record<string, string> = {};
        for (const [channel, call] of Object.entries(CALLS) as Array<[ChannelName, Call]>) {
          if (role) await desk.api.session.signIn({ username: PEOPLE[role], password: DEMO_PASSWORD });
          else await desk.api.session.signOut();
          answers[channel] = await outcome(desk, channel, f);
          const allowed = call.who === 'anyone' || (role !== null && call.who.includes(role));
          expected[channel] = !allowed ? (role ? 'forbidden' : 'unauthorized') : (call.allowedButFailsWith ?? 'ok');
        }
        await desk.close();
        expect(answers).toEqual(expected);
      },
    );
  }

  it('refuses publishing to every person with the workflow’s own words, in the app and on the command line', async () => {
    const dataDir = await tempDir();
    const desk = await openSampleNewsroom(dataDir);
    const approvedId = await sampleId(desk, APPROVED_SAMPLE);
    const approved = await desk.articles.get(approvedId);
    for (const role of SIGNED_IN) {
      const user = await desk.api.session.signIn({ username: PEOPLE[role], password: DEMO_PASSWORD });
      const reason = refusal(approved, 'publish', user, desk.stores.newsroom.current);
      expect(reason).toMatch(/^bài viết chỉ được xuất bản khi đồng bộ/);
      await expect(desk.api.workflow.transition(approvedId, 'publish')).rejects.toThrow(reason!);
      expect((await desk.api.workflow.options(approvedId)).actions).not.toContain('publish');
    }
    await desk.close();
    const lines: string[] = [];
    process.env.NEWSDESK_PASSWORD = DEMO_PASSWORD;
    try {
      const code = await main(['--data', dataDir, 'workflow', approvedId, 'publish', '--user', 'bientap'], {
        out: (l) => lines.push(l),
        err: (l) => lines.push(l),
      });
      expect(lines).toEqual([
        `newsdesk: ${refusal(approved, 'publish', { username: 'bientap', displayName: '', role: 'editor' }, { allowSelfApproval: false })}`,
      ]);
      expect(code).toBe(1);
    } finally {
      delete process.env.NEWSDESK_PASSWORD;
    }
    const reopened = await openSampleNewsroom(dataDir);
    expect((await reopened.articles.get(approvedId)).state).toBe('approved');
    await reopened.close();
  });

  it('keeps the state where it is when a revision is restored, and refuses what the editing rules refuse', async () => {
    const desk = await openSampleNewsroom(await tempDir());
    const publishedId = await sampleId(desk);
    const approvedId = await sampleId(desk, APPROVED_SAMPLE);
    const submittedId = await sampleId(desk, SUBMITTED_SAMPLE);
    await desk.api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    await expect(desk.api.history.restore(publishedId, 1)).rejects.toThrow(
      /^không khôi phục được: bài viết đang ở trạng thái "đã xuất bản"/,
    );
    await expect(desk.api.history.restore(approvedId, 1)).rejects.toThrow(/^không khôi phục được/);
    await desk.api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    const archived = await desk.api.workflow.transition(approvedId, 'archive');
    await expect(desk.api.history.restore(approvedId, 1)).rejects.toThrow(/^không khôi phục được: bài viết đang ở trạng thái "lưu trữ"/);
    expect((await desk.api.library.get(approvedId)).state).toBe(archived.state);

    // An editor brings back the first text of a submitted article: a new revision, still submitted.
    const original = await desk.api.library.get(submittedId);
    await desk.api.editor.save(submittedId, { ...contentOf(original), title: 'Tiêu đề sửa' });
    const restored = await desk.api.history.restore(submittedId, 1);
    expect(restored).toMatchObject({ title: original.title, state: 'submitted' });
    expect(restored.transitions).toEqual(original.transitions);
    expect((await desk.api.history.list(submittedId)).at(-1)).toMatchObject({ reason: 'restore', by: 'bientap' });
    await desk.close();
  });
});
