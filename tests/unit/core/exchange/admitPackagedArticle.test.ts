import { describe, expect, it } from 'vitest';
import { buildPackage } from '../../../../core/exchange/exportPackage.ts';
import type { Article } from '../../../../core/model/article.ts';
import { main } from '../../../../core/cli.ts';
import { SEEDS_DIR, sampleNewsroomForTests, APPROVED_SAMPLE, SUBMITTED_SAMPLE } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';

const FORGED_STEP = { action: 'approve', from: 'submitted', to: 'approved', by: 'bientap', at: '2026-11-01T08:00:00.000Z' } as const;
const FORGED_PORTAL = {
  nid: 77,
  url: 'https://congthongtin.example/node/77',
  changed: '2026-11-01T08:00:00+07:00',
  revision: 3,
  moderationState: 'published',
  syncedAt: '2026-11-01T08:00:00.000Z',
};

const office = sampleNewsroomForTests();

/** A package as an outsider could make one: any state, a forged approval, comments and a portal node. */
async function forgedPackage(from: Article, id: string, state: Article['state']): Promise<{ fileName: string; data: string }> {
  const forged: Article = {
    ...from,
    id,
    title: `Bài mang theo trạng thái ${state}`,
    state,
    transitions: [FORGED_STEP],
    comments: [
      { id: '61111111-2222-4333-8444-555555555555', author: 'bientap', at: '2026-11-01T08:00:00.000Z', text: 'Đã duyệt, đăng ngay' },
    ],
    portal: FORGED_PORTAL,
  };
  const bytes = await buildPackage(forged, [], (name) => office.desk.stores.assets.read(name));
  return { fileName: 'bai.newsdesk', data: bytes.toString('base64') };
}

describe('what a package may bring', () => {
  const tempDir = useTempDirs();

  it('gives a reporter an approved package as a draft of their own, without its forged steps, comments or portal node', async () => {
    const template = await office.desk.articles.get(office.sampleId(APPROVED_SAMPLE));
    const file = await forgedPackage(template, '11111111-2222-4333-8444-555555555555', 'approved');
    await office.signInAs('bichdiep');
    await office.desk.api.exchange.importPackage(file);
    const imported = await office.desk.api.library.get('11111111-2222-4333-8444-555555555555');
    expect(imported).toMatchObject({ state: 'draft', author: 'bichdiep', title: 'Bài mang theo trạng thái approved' });
    expect(imported.transitions ?? []).toEqual([]);
    expect(imported.comments ?? []).toEqual([]);
    expect(imported.portal).toBeUndefined();
  });

  it('lets an editor’s import go only as far as the editor could have moved it, recorded as the editor’s own steps', async () => {
    const template = await office.desk.articles.get(office.sampleId(APPROVED_SAMPLE));
    await office.signInAs('bientap');
    // Only the writer sends an article for review: another writer's approved package comes in as a draft.
    const approved = await forgedPackage(template, '21111111-2222-4333-8444-555555555555', 'approved');
    await office.desk.api.exchange.importPackage(approved);
    const asApproved = await office.desk.api.library.get('21111111-2222-4333-8444-555555555555');
    expect(asApproved.state).toBe('draft');
    expect(asApproved.transitions ?? []).toEqual([]);
    expect(asApproved.portal).toBeUndefined();

    // Publishing is the portal's act: a published package never comes in published, nor with a portal node.
    const published = await forgedPackage(template, '31111111-2222-4333-8444-555555555555', 'published');
    await office.desk.api.exchange.importPackage(published);
    const asPublished = await office.desk.api.library.get('31111111-2222-4333-8444-555555555555');
    expect(asPublished.state).toBe('draft');
    expect(asPublished.portal).toBeUndefined();

    // The editor's own article goes as far as the editor's own steps may take it: submitted, since
    // nobody approves their own article unless the newsroom allows it.
    const own = await forgedPackage({ ...template, author: 'bientap' }, '41111111-2222-4333-8444-555555555555', 'approved');
    await office.desk.api.exchange.importPackage(own);
    const asOwn = await office.desk.api.library.get('41111111-2222-4333-8444-555555555555');
    expect(asOwn.state).toBe('submitted');
    expect(asOwn.transitions!.map((t) => `${t.action}:${t.by}`)).toEqual(['submit:bientap']);
  });

  it('brings only content over an article already here: its state, steps and comments stay', async () => {
    await office.signInAs('bientap');
    const submittedId = office.sampleId(SUBMITTED_SAMPLE);
    const before = await office.desk.api.library.get(submittedId);
    const file = await forgedPackage(before, submittedId, 'approved');
    expect(await office.desk.api.exchange.importPackage(file)).toEqual({ id: submittedId, outcome: 'updated' });
    const after = await office.desk.api.library.get(submittedId);
    expect(after.title).toBe('Bài mang theo trạng thái approved');
    expect(after.state).toBe('submitted');
    expect(after.transitions).toEqual(before.transitions);
    expect(after.comments).toEqual(before.comments);
    expect(after.portal).toEqual(before.portal);
  });

  it('holds the same rules on the command line', async () => {
    const dir = await tempDir();
    const data = join(dir, 'data');
    const seed = JSON.parse(await readFile(join(SEEDS_DIR, 'articles', 'cai-cach-hanh-chinh.json'), 'utf8')) as Article;
    const file = join(dir, 'bai.newsdesk');
    const bytes = await buildPackage(
      { ...seed, id: '51111111-2222-4333-8444-555555555555', transitions: [FORGED_STEP], portal: FORGED_PORTAL },
      [],
      (name) => readFile(join(SEEDS_DIR, 'assets', name)),
    );
    await writeFile(file, bytes);
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: (text: string) => out.push(text) };
    expect(await main(['--data', data, 'import', file, '--author', 'bichdiep'], io)).toBe(0);
    out.length = 0;
    expect(await main(['--data', data, 'show', '51111111-2222-4333-8444-555555555555', '--json'], io)).toBe(0);
    const shown = JSON.parse(out.join('\n')) as Article;
    expect(shown).toMatchObject({ state: 'draft', author: 'bichdiep' });
    expect(shown.transitions ?? []).toEqual([]);
    expect(shown.portal).toBeUndefined();
  });
});
