import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openSignedOut, test } from './fixtures.ts';

const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
const SAMPLE_CAPTION = 'Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh phát biểu tại Hội nghị';
const SCREENS = 'test-results/screens';

/** The two fields of an HTMLImageElement that say whether it really loaded (no DOM lib in this tsconfig). */
type LoadedImage = { complete: boolean; naturalWidth: number };

const rows = (page: Page) => page.locator('table.article-table tbody tr');

async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}`, fullPage: true });
}

test('a reporter signs in and sees the library in Vietnamese', async ({ page, signIn }) => {
  await signIn('bichdiep');

  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Bích Diệp');
  await expect(page.getByText('Phóng viên')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();

  await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(3);
  const sample = rows(page).filter({ has: page.getByRole('button', { name: SAMPLE_TITLE, exact: true }) });
  await expect(sample).toHaveCount(1);
  await expect(sample.locator('.article-row__byline')).toHaveText('Bích Diệp');
  await expect(sample.locator('time')).toHaveText(/^\d{2}:\d{2},? \d{2}\/\d{2}\/\d{4}$/);
  await expect(page.getByRole('columnheader', { name: 'Cập nhật lần cuối' })).toBeVisible();

  await screenshot(page, 'library.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'library-dark.png');
});

test('filtering by state narrows the list to articles in that state', async ({ page, signIn }) => {
  await signIn('bichdiep');
  await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(3);
  const total = await rows(page).count();
  const states = await rows(page)
    .locator('[data-state]')
    .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-state') ?? ''));
  const counts = new Map<string, number>();
  for (const state of states) counts.set(state, (counts.get(state) ?? 0) + 1);
  const [narrower, expected] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
  expect(expected, `the sample newsroom should hold articles in more than one state (${states.join(', ')})`).toBeLessThan(total);

  const filter = page.getByLabel('Lọc theo trạng thái');
  await filter.selectOption(narrower);
  await expect(rows(page)).toHaveCount(expected);
  for (const badge of await rows(page).locator('[data-state]').all()) await expect(badge).toHaveAttribute('data-state', narrower);

  const absent = ['draft', 'submitted', 'changes_requested', 'approved', 'published', 'archived'].find((s) => !counts.has(s));
  if (absent) {
    await filter.selectOption(absent);
    await expect(page.getByText('Không có bài viết nào ở trạng thái này.')).toBeVisible();
    await expect(rows(page)).toHaveCount(0);
  }

  await filter.selectOption({ label: 'Tất cả trạng thái' });
  await expect(rows(page)).toHaveCount(total);
});

test('a wrong password is refused with the server’s message', async ({ page, signIn }) => {
  await signIn('bichdiep', 'khong-dung-mat-khau');

  await expect(page.getByRole('alert')).toHaveText('Sai tên đăng nhập hoặc mật khẩu');
  await expect(page.getByLabel('Mật khẩu')).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Thư viện bài viết' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toHaveCount(0);
  await screenshot(page, 'sign-in-error.png');
});

test('the sample article opens with its photo and caption, and Esc goes back', async ({ page, signIn, consoleErrors }) => {
  await signIn('bichdiep');
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await expect(page.locator('.article-meta__byline')).toHaveText('Bích Diệp');
  await expect(page.locator('figcaption', { hasText: SAMPLE_CAPTION }).first()).toBeVisible();
  await expect(page.locator('article.article-body')).toContainText('Hồ Tiến Thiệu');

  const images = page.locator('.article-view img');
  await expect.poll(() => images.count()).toBeGreaterThan(0);
  await expect
    .poll(() =>
      images.evaluateAll((imgs) =>
        imgs.map((img) => {
          const { complete, naturalWidth } = img as unknown as LoadedImage;
          return complete && naturalWidth > 0;
        }),
      ),
    )
    .not.toContain(false);

  await screenshot(page, 'article.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'article-dark.png');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  await expect(page.getByRole('button', { name: SAMPLE_TITLE, exact: true })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('the interface switches to English and remembers the choice', async ({ page, signIn }) => {
  await signIn('bichdiep');
  await page.getByLabel('Ngôn ngữ').selectOption({ label: 'English' });

  await expect(page.getByRole('heading', { level: 1, name: 'Article library' })).toBeVisible();
  await expect(page.getByLabel('Filter by state')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await screenshot(page, 'library-en.png');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Article library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice lives in the data folder's preferences, not in this browser: the page never writes it to localStorage.
  expect(await page.evaluate("window.localStorage.getItem('newsdesk.language')")).toBeNull();

  // A refusal from the core reads in English too (a Word file that is not one).
  await page
    .getByTestId('import-picker')
    .setInputFiles({ name: 'hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
  const refusal = page.getByRole('alert');
  await expect(refusal).toHaveText('Could not import the file: "hong.docx" is not a valid Word (.docx) file, or it is damaged');
  await screenshot(page, 'import-refused-en.png');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: 'Tiếng Việt' });
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
});

test('signing out returns to the sign-in form', async ({ page, signIn }) => {
  await signIn('bientap');
  await expect(page.getByText('Biên tập viên')).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
  await openSignedOut(page);
});

test('the link that serve prints opens the app and drops the token from the address', async ({ browser, newsdesk }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();

  const refused = await page.goto(`${newsdesk.origin}/`);
  expect(refused?.status()).toBe(401);

  await page.goto(newsdesk.entryLink);
  await expect(page).toHaveURL(`${newsdesk.origin}/`);
  await expect(page.getByRole('button', { name: 'Đăng xuất' }).or(page.getByLabel('Tên đăng nhập'))).toBeVisible();
  await context.close();
});
