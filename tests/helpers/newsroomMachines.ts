import { randomUUID } from 'node:crypto';
import { main } from '../../core/cli.ts';
import type { Article } from '../../core/model/article.ts';
import { openSampleNewsroom, sampleId, DEMO_PASSWORD } from './sampleNewsroom.ts';

/** The portal accounts of a small newsroom: a reporter and an editor, each signing in as themselves. */
export const REPORTER = { name: 'bichdiep', password: 'phong-vien-cong-2021', role: 'reporter' as const, displayName: 'Bích Diệp' };
export const EDITOR = { name: 'bientap', password: 'bien-tap-cong-2021', role: 'editor' as const, displayName: 'Ban Biên tập' };

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the command line in this process (the development portal answers from here), with the
 * passwords it reads from the environment set for this one call.
 */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** One workstation: its data folder, and the newsroom account and portal account of the person at it. */
export interface Machine {
  dataDir: string;
  user: string;
  portalAccount: { name: string; password: string };
}

export function workflow(machine: Machine, id: string, action: string, note?: string): Promise<CliRun> {
  return cli(['--data', machine.dataDir, 'workflow', id, action, '--user', machine.user, ...(note ? ['--note', note] : [])], {
    NEWSDESK_PASSWORD: DEMO_PASSWORD,
  });
}

export function sync(machine: Machine, portal: string): Promise<CliRun> {
  return cli(['--data', machine.dataDir, 'sync', '--portal', portal, '--user', machine.portalAccount.name], {
    NEWSDESK_PORTAL_PASSWORD: machine.portalAccount.password,
  });
}

export async function show(machine: Machine, id: string): Promise<Article> {
  const run = await cli(['--data', machine.dataDir, 'show', id, '--json']);
  if (run.code !== 0) throw new Error(run.err);
  return JSON.parse(run.out) as Article;
}

/** A new sample-newsroom data folder with, for the reporter, `count` drafts of their own ready to submit (not samples). */
export async function prepareMachine(dataDir: string, count = 0): Promise<string[]> {
  const newsdesk = await openSampleNewsroom(dataDir);
  const ids: string[] = [];
  try {
    const { sample: _sample, portal: _portal, ...sample } = await newsdesk.articles.get(await sampleId(newsdesk));
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      await newsdesk.articles.save({
        ...sample,
        id,
        title: count === 1 ? sample.title : `${sample.title} (${i + 1})`,
        state: 'draft',
        transitions: [],
        author: 'bichdiep',
      });
      ids.push(id);
    }
  } finally {
    await newsdesk.close();
  }
  return ids;
}
