import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { request, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, openSignedOut, test } from './fixtures.ts';

const VERSION = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const STATE_LABELS = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  changes_requested: 'Cần sửa',
  approved: 'Đã duyệt',
  published: 'Đã xuất bản',
  archived: 'Lưu trữ',
} as const;

/** What the page's scripts see (this file compiles without the DOM library). */
interface BrowserGlobals {
  navigator: { clipboard: { readText(): Promise<string> } };
}

const aboutDialog = (page: Page) => page.getByRole('dialog', { name: 'Giới thiệu Newsdesk' });
/** The value beside a term of the About screen's definition list. */
const fact = (page: Page, term: string) =>
  aboutDialog(page)
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');

/** The states of the article files in the data folder, read from disk as support would. */
async function statesOnDisk(dataDir: string): Promise<string[]> {
  const folder = join(dataDir, 'articles');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  return Promise.all(names.map(async (name) => (JSON.parse(await readFile(join(folder, name), 'utf8')) as { state: string }).state));
}

/** The newest backup in the data folder's `backups/`, from its own description file. */
async function newestBackup(dataDir: string): Promise<{ kind: string; createdAt: string }> {
  const folder = join(dataDir, 'backups');
  const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  return JSON.parse(await readFile(join(folder, names.at(-1)!, 'backup.json'), 'utf8')) as { kind: string; createdAt: string };
}

test('About shows the version, the data folder and the library as they are on disk, and copies a report without secrets', async ({
  page,
  context,
  signIn,
  newsdesk,
  consoleErrors,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn('bichdiep');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  await page.getByRole('button', { name: 'Giới thiệu', exact: true }).click();

  const dialog = aboutDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img')).toHaveCount(0); // the icon is decoration: the heading names the app
  await expect(dialog.locator('img.about__icon')).toHaveJSProperty('complete', true);
  expect(
    await dialog.locator('img.about__icon').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
  ).toBeGreaterThan(0);
  await expect(fact(page, 'Phiên bản')).toHaveText(VERSION);
  await expect(fact(page, 'Thư mục dữ liệu')).toHaveText(newsdesk.dataDir);
  await expect(fact(page, 'Tệp nhật ký')).toHaveText(join(newsdesk.dataDir, 'logs', 'newsdesk.log'));
  await expect(fact(page, 'Môi trường chạy')).toHaveText(/^Chế độ trình duyệt \(Node\.js \d+\.\d+\.\d+\)$/);
  await expect(fact(page, 'Cổng thông tin')).toHaveText('Chưa thiết lập');

  const states = await statesOnDisk(newsdesk.dataDir);
  const articles = fact(page, 'Bài viết');
  await expect(articles).toContainText(`${states.length} bài viết`);
  for (const [state, label] of Object.entries(STATE_LABELS)) {
    await expect(articles.getByRole('listitem').filter({ hasText: `${label}:` })).toHaveText(
      `${label}: ${states.filter((s) => s === state).length}`,
    );
  }
  // The daily backup that `serve` makes at start, in Vietnam's time.
  const daily = await newestBackup(newsdesk.dataDir);
  expect(daily.kind).toBe('daily');
  const local = new Date(Date.parse(daily.createdAt) + 7 * 3600_000).toISOString();
  const [date, time] = [local.slice(0, 10).split('-').reverse().join('/'), local.slice(11, 16)];
  await expect(fact(page, 'Sao lưu gần nhất')).toHaveText(new RegExp(`^(${time},? ${date}|${date},? ${time}) \\(Hằng ngày\\)$`));

  await dialog.getByRole('button', { name: 'Sao chép báo cáo chẩn đoán' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Đã sao chép');
  const copied = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText());
  expect(copied).toContain(`Phiên bản: ${VERSION}`);
  expect(copied).toContain(`Thư mục dữ liệu: ${newsdesk.dataDir}`);
  expect(copied).toContain(`Bài viết: ${states.length} bài viết (Bản nháp: ${states.filter((s) => s === 'draft').length}`);
  expect(copied).not.toContain(DEMO_PASSWORD);
  expect(copied).not.toContain('Hội nghị'); // no article title or text

  const axe = await new AxeBuilder({ page }).include('.about-dialog').analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);

  // Esc closes it and gives focus back to the header button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Giới thiệu', exact: true })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('reads the same in night mode and in English', async ({ page, signIn }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await signIn('bientap');
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await page.getByRole('button', { name: 'About', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'About Newsdesk' });
  await expect(dialog.getByRole('button', { name: 'Copy diagnostic report' })).toBeVisible();
  await expect(dialog.locator('dt', { hasText: /^Data folder$/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.about-dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByLabel('Language').selectOption('vi');
});

test('when the clipboard refuses, the report is shown to select and copy by hand', async ({ page, signIn, newsdesk }) => {
  await page.addInitScript(() => {
    Object.defineProperty((globalThis as unknown as { navigator: object }).navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  await signIn('bichdiep');
  await page.getByRole('button', { name: 'Giới thiệu', exact: true }).click();
  const dialog = aboutDialog(page);
  await dialog.getByRole('button', { name: 'Sao chép báo cáo chẩn đoán' }).click();
  const report = dialog.getByRole('textbox', { name: /^Không chép được vào bộ nhớ tạm/ });
  await expect(report).toBeVisible();
  await expect(report).toBeFocused();
  const text = await report.inputValue();
  expect(text).toContain(`Thư mục dữ liệu: ${newsdesk.dataDir}`);
  expect(text).not.toContain(DEMO_PASSWORD);
  // All of it is selected, ready for Ctrl+C.
  const selected = await report.evaluate((element) => {
    const area = element as unknown as { value: string; selectionStart: number; selectionEnd: number };
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
  expect(selected).toBe(text);
  await expect(dialog.getByRole('status')).toHaveText('');
});

test('the desktop Help menu opens About, before sign-in too', async ({ page }) => {
  await page.addInitScript(() => {
    const listeners = new Map<string, Set<(command: unknown) => void>>();
    const shellWindow = globalThis as unknown as Record<string, unknown>;
    // Stand-in for the preload's `window.newsdeskShell` (browser mode has no preload); the page is the real one.
    shellWindow.newsdeskShell = {
      onCommand(type: string, listener: (command: unknown) => void) {
        const forType = listeners.get(type) ?? new Set();
        listeners.set(type, forType.add(listener));
        return () => forType.delete(listener);
      },
    };
    shellWindow.sendShellCommandForTest = (command: { type: string }) => {
      for (const listener of listeners.get(command.type) ?? []) listener(command);
    };
  });
  const send = (command: { type: string }) =>
    page.evaluate(
      (sent) => (globalThis as unknown as { sendShellCommandForTest(c: unknown): void }).sendShellCommandForTest(sent),
      command,
    );

  await openSignedOut(page);
  await send({ type: 'show-about' });
  const dialog = aboutDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Hãy đăng nhập để xem thông tin chẩn đoán.');
  await expect(dialog.locator('dt')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toHaveCount(0);
});

test('the log file of browser mode notes its start, sign-ins and refused requests, never a password or the token', async ({
  signIn,
  newsdesk,
  page,
}) => {
  await signIn('bichdiep', 'sai-mat-khau-e2e');
  await expect(page.getByRole('alert')).toBeVisible();
  await signIn('bichdiep');
  await expect(page.getByTestId('signed-in-user')).toHaveText('Bích Diệp');
  const stranger = await request.newContext();
  expect((await stranger.get(`${newsdesk.origin}/?token=doan-mo-token-e2e`)).status()).toBe(401);
  await stranger.dispose();

  const logFile = join(newsdesk.dataDir, 'logs', 'newsdesk.log');
  const read = () => readFile(logFile, 'utf8').catch(() => '');
  await expect.poll(read).toContain('bridge refused a request: missing or wrong token');
  const text = await read();
  expect(text).toMatch(/INFO {2}browser mode started \{"address":"http:\/\/127\.0\.0\.1:\d+"\}/);
  expect(text).toContain('WARN  sign-in failed {"username":"bichdiep","disabled":false}');
  expect(text).toContain('INFO  sign-in succeeded {"username":"bichdiep","role":"reporter"}');
  const token = new URL(newsdesk.entryLink).searchParams.get('token')!;
  for (const secret of [DEMO_PASSWORD, 'sai-mat-khau-e2e', 'doan-mo-token-e2e', token]) expect(text).not.toContain(secret);
});
