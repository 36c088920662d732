import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import type { Article } from '../../core/model/article.ts';
import { DRAFT_SAMPLE, sampleIdIn } from '../helpers/sampleNewsroom.ts';
import { expect, test, type NewsdeskServer } from './fixtures.ts';

/** A save of the article, whole or as changes (the recovery copies go by their own routes). */
const EVERY_SAVE = /\/api\/editor\.save(Changes)?$/;

// These tests change bichdiep's draft and leave crashed pages behind: they get a library of their own.
test.use({ library: 'recovery' });
test.describe.configure({ mode: 'serial' });

const DRAFT_TITLE = 'Hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh';
const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
const { version: APP_VERSION } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài viết' });
const title = (page: Page) => page.getByRole('textbox', { name: 'Tiêu đề', exact: true });
const saveStatus = (page: Page) => page.getByTestId('save-status');
const failure = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Màn hình này gặp lỗi' }) });
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button', { name, exact: true });

async function storedArticle(newsdesk: NewsdeskServer, id: string): Promise<Article> {
  return JSON.parse(await readFile(join(newsdesk.dataDir, 'articles', `${id}.json`), 'utf8')) as Article;
}

async function recoveryCopies(newsdesk: NewsdeskServer, username: string): Promise<string[]> {
  const folder = join(newsdesk.dataDir, 'recovery', username);
  const names = await readdir(folder).catch(() => [] as string[]);
  return Promise.all(names.filter((n) => n.endsWith('.json')).map((n) => readFile(join(folder, n), 'utf8')));
}

/** Kills the page's renderer process for real, the way a renderer crash does (chrome://crash). */
async function crash(page: Page): Promise<void> {
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  await page.goto('chrome://crash').catch(() => undefined);
  await crashed;
}

/**
 * Makes the core's reply to one channel arrive damaged (the same call, one field replaced), until
 * the returned function is called. No test hook in the app: the screen meets the reply as it
 * would meet a damaged one from a faulty build or bridge, and fails to render.
 */
async function damageReplies(page: Page, channel: string, damage: (result: Record<string, unknown>) => void): Promise<() => Promise<void>> {
  const pattern = `**/api/${channel}`;
  const handler = async (route: Route) => {
    const response = await route.fetch();
    const reply = (await response.json()) as { result: unknown };
    const results = Array.isArray(reply.result) ? reply.result : [reply.result];
    damage(results[0] as Record<string, unknown>);
    await route.fulfill({ response, json: reply });
  };
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}

test.describe('a screen that fails to render', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('shows a panel in its place; the header and navigation still work, copy details fills the clipboard, and reload brings it back', async ({
    page,
    signIn,
  }) => {
    // The library's first row gets a title of null: the row's render throws a TypeError.
    const repair = await damageReplies(page, 'library.page', (shown) => {
      (shown.articles as Array<Record<string, unknown>>)[0]!.title = null;
    });
    await signIn('bichdiep');

    const panel = failure(page);
    await expect(panel).toBeVisible();
    await expect(panel).toContainText("Lỗi: Cannot read properties of null (reading 'trim')");
    await expect(page.getByRole('heading', { name: 'Thư viện bài viết' })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/recovery/screen-failure.png', fullPage: true });

    // The rest of the app is untouched: another area opens, and coming back tries the screen afresh.
    await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeEnabled();
    await nav(page, 'Sao lưu').click();
    await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeVisible();
    await expect(failure(page)).toHaveCount(0);
    await nav(page, 'Thư viện').click();
    await expect(failure(page)).toBeVisible();

    await panel.getByRole('button', { name: 'Sao chép chi tiết' }).click();
    await expect(panel.getByRole('status')).toHaveText('Đã sao chép');
    // Browser global, typed here because this file is checked against Node's library.
    const copied = await page.evaluate(() =>
      (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
    );
    expect(copied).toContain(`Ứng dụng: Newsdesk ${APP_VERSION}`);
    expect(copied).toContain('Màn hình: library');
    expect(copied).toContain("Lỗi: TypeError: Cannot read properties of null (reading 'trim')");
    expect(copied).toMatch(/Vị trí lỗi \(stack\):\nTypeError: Cannot read properties of null[^\n]*\n\s+at /);
    expect(copied).toMatch(/Thành phần giao diện \(component stack\):\n\s*at /);

    // Once the cause is gone, "reload this screen" brings just this screen back.
    await repair();
    await panel.getByRole('button', { name: 'Tải lại màn hình này' }).click();
    await expect(page.getByRole('heading', { name: 'Thư viện bài viết' })).toBeVisible();
    await expect(page.getByRole('button', { name: SAMPLE_TITLE, exact: true })).toBeVisible();
    await expect(failure(page)).toHaveCount(0);
  });

  test('an article screen, which has no navigation of its own, fails with the navigation shown so the user can leave', async ({
    page,
    signIn,
  }) => {
    // The article arrives without its body: rendering it throws.
    const repair = await damageReplies(page, 'library.get', (article) => {
      article.body = null;
    });
    await signIn('bichdiep');
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    await expect(failure(page)).toBeVisible();
    await expect(failure(page)).toContainText('Lỗi: Cannot read properties of null');

    await nav(page, 'Thư viện').click();
    await expect(page.getByRole('heading', { name: 'Thư viện bài viết' })).toBeVisible();
    await repair();
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  });
});

test.describe('after a renderer crash', () => {
  test('text typed just before the crash is back in the editor when the app opens again, and is then saved', async ({
    page,
    signIn,
    newsdesk,
  }) => {
    const draftId = await sampleIdIn(newsdesk.dataDir, DRAFT_SAMPLE);
    const typed = 'Hồ sơ nộp ngoài giờ hành chính được xử lý vào sáng hôm sau.';
    await signIn('bichdiep');
    await page.getByRole('button', { name: DRAFT_TITLE, exact: true }).click();
    await page.getByRole('button', { name: 'Sửa bài' }).click();
    await expect(title(page)).toHaveValue(DRAFT_TITLE);
    await expect(saveStatus(page)).toHaveText('Đã lưu');

    // "The last moments before the crash": the autosave has not got through (it is held here, as a
    // slow disk would hold it), while the recovery copy, sent right after each change, has.
    await page.route(EVERY_SAVE, () => undefined);
    await body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(typed);
    await expect.poll(() => recoveryCopies(newsdesk, 'bichdiep'), { timeout: 5_000 }).toEqual([expect.stringContaining(typed)]);
    expect(JSON.stringify((await storedArticle(newsdesk, draftId)).body)).not.toContain(typed);

    await crash(page);

    const again = await page.context().newPage();
    await again.goto('/');
    await expect(title(again)).toHaveValue(DRAFT_TITLE);
    await expect(body(again)).toContainText(typed);
    const notice = again.getByRole('status').filter({ hasText: 'Đã khôi phục nội dung chưa lưu' });
    await expect(notice).toContainText('Trình soạn thảo đã bị đóng đột ngột trước khi kịp lưu.');
    await expect(notice.getByRole('button', { name: 'Bỏ phần khôi phục, dùng bản đã lưu' })).toBeVisible();
    await expect(saveStatus(again)).toHaveText('Đã lưu');
    await again.screenshot({ path: 'test-results/screens/recovery/recovered-text.png', fullPage: true });
    expect(JSON.stringify((await storedArticle(newsdesk, draftId)).body)).toContain(typed);
    expect(await recoveryCopies(newsdesk, 'bichdiep')).toEqual([]);

    // Leaving the editor is an ordinary close: the next start is in the library. (The editor opens
    // with the title field focused, where Esc belongs to the field, so the writer uses the button.)
    await again.getByRole('button', { name: 'Về thư viện' }).click();
    await expect(again.getByRole('heading', { name: 'Thư viện bài viết' })).toBeVisible();
    await again.reload();
    await expect(again.getByRole('heading', { name: 'Thư viện bài viết' })).toBeVisible();
  });

  test('a new article never saved comes back whole; with nothing unsaved the app still reopens the article being edited', async ({
    page,
    signIn,
    newsdesk,
  }) => {
    await signIn('bichdiep');
    await page.getByRole('button', { name: 'Viết bài mới' }).click();
    await expect(saveStatus(page)).toHaveText('Bài mới, chưa lưu');
    await page.route(EVERY_SAVE, () => undefined);
    await title(page).fill('Tin nhanh: mưa lớn ở huyện miền núi');
    await body(page).click();
    await page.keyboard.type('Đêm qua, mưa lớn gây sạt lở trên tỉnh lộ.');
    await expect
      .poll(() => recoveryCopies(newsdesk, 'bichdiep'))
      .toEqual([expect.stringContaining('Đêm qua, mưa lớn gây sạt lở trên tỉnh lộ.')]);
    await crash(page);

    const again = await page.context().newPage();
    await again.goto('/');
    await expect(title(again)).toHaveValue('Tin nhanh: mưa lớn ở huyện miền núi');
    await expect(body(again)).toContainText('Đêm qua, mưa lớn gây sạt lở trên tỉnh lộ.');
    // There is no saved version to go back to.
    await expect(again.getByRole('button', { name: 'Bỏ phần khôi phục, dùng bản đã lưu' })).toHaveCount(0);
    await expect(saveStatus(again)).toHaveText('Đã lưu');
    expect(await recoveryCopies(newsdesk, 'bichdiep')).toEqual([]);

    // Everything is saved now; a crash still brings the writer back to this article, with no notice.
    await crash(again);
    const third = await page.context().newPage();
    await third.goto('/');
    await expect(title(third)).toHaveValue('Tin nhanh: mưa lớn ở huyện miền núi');
    await expect(saveStatus(third)).toHaveText('Đã lưu');
    await expect(third.getByText('Đã khôi phục nội dung chưa lưu')).toHaveCount(0);
  });

  test('the writer can discard recovered text and go back to the saved version', async ({ page, signIn, newsdesk }) => {
    const draftId = await sampleIdIn(newsdesk.dataDir, DRAFT_SAMPLE);
    await signIn('bichdiep');
    await page.getByRole('button', { name: DRAFT_TITLE, exact: true }).click();
    await page.getByRole('button', { name: 'Sửa bài' }).click();
    await expect(saveStatus(page)).toHaveText('Đã lưu');
    const saved = await storedArticle(newsdesk, draftId);
    await page.route(EVERY_SAVE, () => undefined);
    await title(page).fill('Tiêu đề gõ nhầm');
    await expect.poll(() => recoveryCopies(newsdesk, 'bichdiep')).toEqual([expect.stringContaining('Tiêu đề gõ nhầm')]);
    await crash(page);

    const again = await page.context().newPage();
    await again.goto('/');
    await expect(title(again)).toHaveValue('Tiêu đề gõ nhầm');
    await again.getByRole('button', { name: 'Bỏ phần khôi phục, dùng bản đã lưu' }).click();
    await expect(title(again)).toHaveValue(DRAFT_TITLE);
    await expect(again.getByText('Đã khôi phục nội dung chưa lưu')).toHaveCount(0);
    await expect(saveStatus(again)).toHaveText('Đã lưu');
    const after = await storedArticle(newsdesk, draftId);
    expect({ title: after.title, body: after.body }).toEqual({ title: saved.title, body: saved.body });
    expect(await recoveryCopies(newsdesk, 'bichdiep')).toEqual([]);
  });
});
