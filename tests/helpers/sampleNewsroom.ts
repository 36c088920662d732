import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { coreText } from '../../core/i18n/coreMessages.ts';
import type { User } from '../../core/model/account.ts';
import { ArticleSchema, type Article } from '../../core/model/article.ts';
import { openNewsdesk, type Newsdesk } from '../../core/newsdesk.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
export const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
export const SAMPLE_CAPTION = 'Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh phát biểu tại Hội nghị';
export const DEMO_PASSWORD = 'mật-khẩu-thử-nghiệm';

/**
 * The sample newsroom's articles by seed key (their file in `seeds/articles/`), with the state
 * each is seeded in: published, approved, draft (bichdiep's) and submitted.
 */
export type SeedKey = 'hoi-nghi-nong-thon-moi-2021' | 'cai-cach-hanh-chinh' | 'huong-dan-dich-vu-cong' | 'moi-truong-xa-nong-thon-moi';
export const PUBLISHED_SAMPLE: SeedKey = 'hoi-nghi-nong-thon-moi-2021';
export const APPROVED_SAMPLE: SeedKey = 'cai-cach-hanh-chinh';
export const DRAFT_SAMPLE: SeedKey = 'huong-dan-dich-vu-cong';
export const SUBMITTED_SAMPLE: SeedKey = 'moi-truong-xa-nong-thon-moi';

/** A seed's title, which finds its article in a data folder (each folder gives the samples ids of its own). */
export function seedTitle(key: SeedKey): string {
  return (JSON.parse(readFileSync(`${SEEDS_DIR}/articles/${key}.json`, 'utf8')) as { title: string }).title;
}

/** The id a sample article has in this opened data folder, found by its seed's title (the published sample by default). */
export async function sampleId(desk: Pick<Newsdesk, 'articles'>, key: SeedKey = PUBLISHED_SAMPLE): Promise<string> {
  const title = seedTitle(key);
  let found = desk.articles.list().filter((summary) => summary.title === title);
  // Copies made from a sample keep its title; the one still marked as a sample is the seeded one.
  if (found.length > 1)
    found = (await Promise.all(found.map((summary) => desk.articles.get(summary.id)))).filter((article) => article.sample);
  if (found.length !== 1) throw new Error(`${found.length} articles titled as the seed ${key} in this data folder`);
  return found[0]!.id;
}

/**
 * The same, read from a data folder on disk (a folder an end-to-end test's app or a prepare script
 * works in). An article whose file no longer reads is found by its first revision, the seed itself.
 */
export async function sampleIdIn(dataDir: string, key: SeedKey = PUBLISHED_SAMPLE): Promise<string> {
  const title = seedTitle(key);
  const found: Array<{ id: string; sample?: boolean }> = [];
  for (const name of await readdir(join(dataDir, 'articles'))) {
    if (!name.endsWith('.json')) continue;
    const article = await readJson(join(dataDir, 'articles', name));
    if (article?.title === title) found.push(article);
  }
  if (found.length === 0) {
    for (const id of await readdir(join(dataDir, 'revisions'))) {
      const first = await readJson(join(dataDir, 'revisions', id, '1.json'));
      if (first?.title === title && first.sample) found.push(first);
    }
  }
  // Copies made from a sample keep its title; the one still marked as a sample is the seeded one.
  const ids = (found.length > 1 ? found.filter((article) => article.sample) : found).map((article) => article.id);
  if (ids.length !== 1) throw new Error(`${found.length} articles titled as the seed ${key} in ${dataDir}`);
  return ids[0]!;
}

async function readJson(path: string): Promise<{ id: string; title?: string; sample?: boolean } | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as { id: string; title?: string; sample?: boolean };
  } catch {
    return null;
  }
}

/** Every seed article, in file name order, each under an id of its own (seeds carry none: a data folder gives them theirs). */
export async function seedArticles(): Promise<Article[]> {
  const names = (await readdir(`${SEEDS_DIR}/articles`)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) =>
      ArticleSchema.parse({ ...(JSON.parse(await readFile(`${SEEDS_DIR}/articles/${name}`, 'utf8')) as object), id: randomUUID() }),
    ),
  );
}

/** The published sample as its seed holds it, under an id of its own (seeds carry none). */
export async function sampleArticle(): Promise<Article> {
  const text = await readFile(`${SEEDS_DIR}/articles/${PUBLISHED_SAMPLE}.json`, 'utf8');
  return ArticleSchema.parse({ ...(JSON.parse(text) as object), id: randomUUID() });
}

/**
 * scrypt at a small fraction of the real work: a test signs in many times, and hashing at the real
 * cost (~130 MB, a third of a second each) made suites time out on a busy machine. The product's
 * own option sets it; nothing in the product checks whether it runs under test.
 */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 };

/** Opens (or seeds) a sample newsroom; its notices are kept in `notices` as a Vietnamese reader sees them. */
export function openSampleNewsroom(dataDir: string, notices: string[] = []): Promise<Newsdesk> {
  return openNewsdesk({
    dataDir,
    seedsDir: SEEDS_DIR,
    demoPassword: DEMO_PASSWORD,
    notice: (m) => notices.push(coreText('vi', m)),
    passwordCost: TEST_PASSWORD_COST,
  });
}

/**
 * One sample newsroom in a temp folder shared by the tests of a file or `describe` block (seeding
 * and scrypt sign-ins are slow): opened before them, closed and removed after them.
 */
export function sampleNewsroomForTests(): {
  readonly desk: Newsdesk;
  signInAs(username: string): Promise<User>;
  sampleId(key?: SeedKey): string;
} {
  let dir = '';
  let opened: Newsdesk | null = null;
  const ids = new Map<SeedKey, string>();
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-test-'));
    opened = await openSampleNewsroom(dir);
    for (const key of [PUBLISHED_SAMPLE, APPROVED_SAMPLE, DRAFT_SAMPLE, SUBMITTED_SAMPLE]) ids.set(key, await sampleId(opened, key));
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  });
  const newsroom = {
    get desk(): Newsdesk {
      if (opened === null) throw new Error('the sample newsroom opens in beforeAll');
      return opened;
    },
    signInAs: (username: string) => newsroom.desk.api.session.signIn({ username, password: DEMO_PASSWORD }),
    /** The id a sample article got in this newsroom (looked up once, when it opened). */
    sampleId: (key: SeedKey = PUBLISHED_SAMPLE): string => {
      const id = ids.get(key);
      if (id === undefined) throw new Error('the sample newsroom opens in beforeAll');
      return id;
    },
  };
  return newsroom;
}
