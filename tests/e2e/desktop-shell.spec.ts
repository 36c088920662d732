import type { Page } from '@playwright/test';
import type { RecentArticle } from '../../core/model/recentArticles.ts';
import { APPROVED_SAMPLE, DRAFT_SAMPLE, sampleIdIn } from '../helpers/sampleNewsroom.ts';
import { expect, test } from './fixtures.ts';

const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';

// Opening articles fills this library's recent list: it gets a library of its own.
test.use({ library: 'desktop-shell' });

const articleHeading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** The list the desktop's File menu, dock and jump list are built from, read through the bridge. */
async function recentList(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/recent.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"args":[]}',
    });
    return ((await response.json()) as { result: RecentArticle[] }).result.map((article) => article.title);
  });
}

/**
 * Browser mode has no Electron preload, so `window.newsdeskShell` is a stand-in installed before
 * the page loads, handing commands to the page's listeners as the preload does (the preload's own
 * checks are unit-tested). The page and the core behind it are the real ones.
 */
async function withShellStandIn(page: Page): Promise<(command: { type: 'open-article'; id: string }) => Promise<void>> {
  await page.addInitScript(() => {
    type Listener = { type: string; listener: (command: unknown) => void };
    const listeners = new Set<Listener>();
    const shellWindow = globalThis as unknown as Record<string, unknown>;
    shellWindow.newsdeskShell = {
      onCommand(type: string, listener: (command: unknown) => void) {
        const entry = { type, listener };
        listeners.add(entry);
        return () => listeners.delete(entry);
      },
    };
    shellWindow.sendShellCommandForTest = (command: { type: string }) => {
      for (const entry of listeners) if (entry.type === command.type) entry.listener(command);
    };
  });
  return (command) =>
    page.evaluate((sent) => {
      (globalThis as unknown as { sendShellCommandForTest(c: unknown): void }).sendShellCommandForTest(sent);
    }, command);
}

test('the articles a reporter opens become her recent articles, newest first, each once', async ({ page, signIn }) => {
  await signIn('bichdiep');
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(articleHeading(page, SAMPLE_TITLE)).toBeVisible();
  await page.getByRole('button', { name: 'Về thư viện', exact: true }).click();
  const draft = page.getByRole('button', { name: /^Hướng dẫn người dân nộp hồ sơ/ });
  const draftTitle = (await draft.textContent())!.trim();
  await draft.click();
  await expect(articleHeading(page, draftTitle)).toBeVisible();

  await expect.poll(() => recentList(page)).toEqual([draftTitle, SAMPLE_TITLE]);

  await page.getByRole('button', { name: 'Về thư viện', exact: true }).click();
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(articleHeading(page, SAMPLE_TITLE)).toBeVisible();
  await expect.poll(() => recentList(page)).toEqual([SAMPLE_TITLE, draftTitle]);
});

test('a desktop menu’s recent article opens in the window, wherever the user is', async ({ page, signIn, newsdesk }) => {
  const send = await withShellStandIn(page);
  const [sampleId, approvedId] = [await sampleIdIn(newsdesk.dataDir), await sampleIdIn(newsdesk.dataDir, APPROVED_SAMPLE)];
  await signIn('bientap');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();

  await send({ type: 'open-article', id: sampleId });
  await expect(articleHeading(page, SAMPLE_TITLE)).toBeVisible();

  await send({ type: 'open-article', id: approvedId });
  await expect(page.getByRole('heading', { level: 1, name: /^Đồng chí Lương Trọng Quỳnh kiểm tra/ })).toBeVisible();
  await expect(articleHeading(page, SAMPLE_TITLE)).toHaveCount(0);

  // Back from an article opened this way leads to the library.
  await page.getByRole('button', { name: 'Về thư viện', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  await expect.poll(() => recentList(page)).toEqual([expect.stringMatching(/^Đồng chí Lương Trọng Quỳnh/), SAMPLE_TITLE]);
});

test('an open editor saves before a menu opens another article', async ({ page, signIn, newsdesk }) => {
  const send = await withShellStandIn(page);
  const [sampleId, draftId] = [await sampleIdIn(newsdesk.dataDir), await sampleIdIn(newsdesk.dataDir, DRAFT_SAMPLE)];
  await signIn('bichdiep');
  const draft = page.getByRole('button', { name: /^Hướng dẫn người dân nộp hồ sơ/ });
  await draft.click();
  await page.getByRole('button', { name: 'Sửa bài', exact: true }).click();
  const title = page.getByRole('textbox', { name: 'Tiêu đề', exact: true });
  await title.fill('Hướng dẫn nộp hồ sơ trực tuyến (bản sửa trước khi chuyển bài)');

  await send({ type: 'open-article', id: sampleId });
  await expect(articleHeading(page, SAMPLE_TITLE)).toBeVisible();
  const saved = await page.evaluate(async (id) => {
    const response = await fetch('/api/library.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: [id] }),
    });
    return ((await response.json()) as { result: { title: string } }).result.title;
  }, draftId);
  expect(saved).toBe('Hướng dẫn nộp hồ sơ trực tuyến (bản sửa trước khi chuyển bài)');
});
