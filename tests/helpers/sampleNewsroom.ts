import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { User } from '../../core/model/account.ts';
import { ArticleSchema, type Article } from '../../core/model/article.ts';
import { openNewsdesk, type Newsdesk } from '../../core/newsdesk.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
export const SAMPLE_ARTICLE_ID = '6f1c2a3e-8b4d-4c5e-9a7f-2d3b4c5e6f70';
export const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
export const SAMPLE_CAPTION = 'Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh phát biểu tại Hội nghị';
export const DEMO_PASSWORD = 'mật-khẩu-thử-nghiệm';

export async function sampleArticle(): Promise<Article> {
  const text = await readFile(`${SEEDS_DIR}/articles/hoi-nghi-nong-thon-moi-2021.json`, 'utf8');
  return ArticleSchema.parse(JSON.parse(text));
}

/**
 * scrypt at a small fraction of the real work: a test signs in many times, and hashing at the real
 * cost (~130 MB, a third of a second each) made suites time out on a busy machine. The product's
 * own option sets it; nothing in the product checks whether it runs under test.
 */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 };

export function openSampleNewsroom(dataDir: string, notices: string[] = []): Promise<Newsdesk> {
  return openNewsdesk({ dataDir, seedsDir: SEEDS_DIR, demoPassword: DEMO_PASSWORD, notice: (m) => notices.push(m), passwordCost: TEST_PASSWORD_COST });
}

/**
 * One sample newsroom in a temp folder shared by the tests of a file or `describe` block (seeding
 * and scrypt sign-ins are slow): opened before them, closed and removed after them.
 */
export function sampleNewsroomForTests(): { readonly desk: Newsdesk; signInAs(username: string): Promise<User> } {
  let dir = '';
  let opened: Newsdesk | null = null;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-test-'));
    opened = await openSampleNewsroom(dir);
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
  };
  return newsroom;
}
