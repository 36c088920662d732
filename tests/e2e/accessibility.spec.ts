import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, openSignedOut, signInOn, test } from './fixtures.ts';

// A library with a damaged file (so the quarantine banner shows) and an edited sample (so the
// history has two revisions to compare); the reporter submits an article here for the editor's queue.
test.use({ library: 'accessibility', prepareData: fileURLToPath(new URL('./prepare/editedSampleWithDamagedArticle.ts', import.meta.url)) });
test.describe.configure({ mode: 'serial' });
// Each test visits many screens and runs axe over each, in a machine shared with other work.
test.setTimeout(180_000);

const EDITED_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021 (bản sửa)';
const SEED_PHOTO = fileURLToPath(
  new URL('../../seeds/assets/158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg', import.meta.url),
);
const SCREENS = 'test-results/screens/accessibility';
/** The app's page background in each theme (renderer/app/theme.css), to be sure which theme was checked. */
const BACKGROUND = { light: 'rgb(245, 244, 240)', dark: 'rgb(19, 21, 24)' } as const;
type Theme = keyof typeof BACKGROUND;

/** The one browser global used here (this tsconfig has no DOM lib, as in library.spec.ts). */
type BrowserGlobals = { getComputedStyle(element: unknown): { backgroundColor: string } };

const nav = (page: Page) => page.getByRole('navigation', { name: 'Khu vực làm việc' });

/**
 * Runs axe-core over the whole page as it is now. Serious and critical violations fail the test;
 * moderate and minor ones are listed in a test annotation so they are seen without blocking.
 */
async function expectAccessible(page: Page, testInfo: TestInfo, theme: Theme, screen: string) {
  // Each screen is checked in the theme it was meant for: the app follows the system's light or dark setting.
  const background = await page
    .locator('html')
    .evaluate((html) => (globalThis as unknown as BrowserGlobals).getComputedStyle(html).backgroundColor);
  expect(background, `${screen} is shown in the ${theme} theme`).toBe(BACKGROUND[theme]);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, `axe checked nothing on ${screen}`).toBeGreaterThan(10);
  const describe = (v: (typeof results.violations)[number]) =>
    `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe);
  const other = results.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical').map(describe);
  if (other.length > 0) testInfo.annotations.push({ type: 'axe', description: `${theme} · ${screen}: ${other.join('; ')}` });
  expect(blocking, `${theme} · ${screen}`).toEqual([]);
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${theme}-${screen}.png`, fullPage: true });
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('sign-in, blank and after a refused password', async ({ page }, testInfo) => {
      await openSignedOut(page);
      await expectAccessible(page, testInfo, theme, 'sign-in');
      await signInOn(page, 'bichdiep', 'sai-mat-khau');
      await expect(page.getByRole('alert')).not.toBeEmpty();
      await expectAccessible(page, testInfo, theme, 'sign-in-refused');
    });

    test('a reporter’s screens: library with the damaged-file banner, search, filter, Bài của tôi, an article, its history and diff, the preview by day and night, the editor with a captioned photo', async ({
      page,
      signIn,
    }, testInfo) => {
      await signIn('bichdiep');
      await expect(page.getByRole('alert', { name: 'Một số tệp không mở được' })).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(/bài viết$/);
      await expectAccessible(page, testInfo, theme, 'library-quarantine');

      await page.getByLabel('Tìm bài viết').fill('nong thon moi');
      await expect(page.getByRole('status')).toHaveText(/kết quả$/);
      await expectAccessible(page, testInfo, theme, 'library-search');
      await page.getByLabel('Tìm bài viết').fill('');
      await page.getByLabel('Lọc theo trạng thái').selectOption('draft');
      await expect(page.getByRole('button', { name: EDITED_TITLE })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'library-filter');
      await page.getByLabel('Lọc theo trạng thái').selectOption('');

      await nav(page).getByRole('button', { name: 'Bài của tôi' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Bài của tôi' })).toBeVisible();
      await expect(page.getByRole('button', { name: EDITED_TITLE })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'mine');

      await page.getByRole('button', { name: EDITED_TITLE }).click();
      await expect(page.getByRole('heading', { level: 1, name: EDITED_TITLE })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'article');
      await page.getByRole('button', { name: 'Thêm' }).click();
      await expect(page.getByRole('menu', { name: 'Thêm' })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'article-more');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Lịch sử sửa đổi' }).click();
      await page.getByRole('complementary', { name: 'Lịch sử sửa đổi' }).getByRole('button', { name: 'So với bản trước' }).click();
      await expect(page.getByRole('region', { name: 'Thay đổi từ bản 1 đến bản 2' })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'history-diff');

      await page.getByRole('button', { name: 'Xem trước' }).click();
      await expect(page.locator('.preview-pane h1.nd-title')).toHaveText(EDITED_TITLE);
      await expectAccessible(page, testInfo, theme, 'preview');
      await page.getByRole('button', { name: 'Chế độ ban đêm' }).click();
      await expect(page.getByRole('button', { name: 'Chế độ ban đêm' })).toHaveAttribute('aria-pressed', 'true');
      await expectAccessible(page, testInfo, theme, 'preview-night');
      await page.getByRole('button', { name: 'Chế độ ban đêm' }).click();
      await page.getByRole('button', { name: 'Về thư viện' }).click();
      await nav(page).getByRole('button', { name: 'Thư viện' }).click();

      // A new article, complete enough to submit: the editor's queue gets it in the next test.
      await page.getByRole('button', { name: 'Viết bài mới' }).click();
      await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(`Trạm y tế xã Hưng Lộc đạt chuẩn quốc gia (${theme})`);
      await page.getByRole('textbox', { name: 'Sapo' }).fill('Trạm được đầu tư 2 tỷ đồng, có đủ 10 tiêu chí.');
      await page.getByLabel('Chuyên mục').selectOption('Y tế');
      await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
      await page.keyboard.insertText('Sáng nay, xã Hưng Lộc đón bằng công nhận trạm y tế đạt chuẩn.');
      await page.keyboard.press('Enter');
      await page.getByTestId('photo-picker').setInputFiles(SEED_PHOTO);
      const photo = page.locator('.editor-photo');
      await expect(photo).toHaveCount(1);
      await photo.getByLabel('Chú thích ảnh').click();
      await page.keyboard.insertText('Trạm y tế xã Hưng Lộc sau khi sửa chữa');
      await photo.getByLabel('Mô tả ảnh cho người khiếm thị').fill('Ngôi nhà hai tầng sơn màu vàng');
      await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
      await expectAccessible(page, testInfo, theme, 'editor-photo');
      await page.getByRole('textbox', { name: 'Nội dung bài viết' }).press('Control+k');
      await expect(page.getByLabel('Địa chỉ liên kết')).toBeFocused();
      await expectAccessible(page, testInfo, theme, 'editor-link-box');
      await page.getByLabel('Địa chỉ liên kết').press('Escape');
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await expect(page.getByRole('region', { name: 'Xem trước như trên cổng thông tin' })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'editor-preview');

      await page.getByRole('button', { name: 'Về thư viện' }).click();
      await page.getByRole('button', { name: `Trạm y tế xã Hưng Lộc đạt chuẩn quốc gia (${theme})` }).click();
      const workflow = page.getByRole('complementary', { name: 'Quy trình duyệt' });
      await workflow.getByRole('button', { name: 'Gửi duyệt' }).click();
      await expect(workflow.getByText('Chờ duyệt', { exact: true })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'article-submitted');
    });

    test('an editor’s screens: Chờ duyệt, the review panel with a comment, the portal screen and its settings', async ({
      page,
      signIn,
    }, testInfo) => {
      await signIn('bientap');
      await nav(page)
        .getByRole('button', { name: /^Chờ duyệt/ })
        .click();
      const submitted = page.getByRole('button', { name: `Trạm y tế xã Hưng Lộc đạt chuẩn quốc gia (${theme})` });
      await expect(submitted).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'review-queue');

      await submitted.click();
      const workflow = page.getByRole('complementary', { name: 'Quy trình duyệt' });
      await workflow.getByLabel('Ý kiến mới').fill('Ghi rõ năm trạm được công nhận.');
      await workflow.getByLabel('Về đoạn').selectOption({ index: 1 });
      await workflow.getByRole('button', { name: 'Gửi ý kiến' }).click();
      await expect(workflow.locator('.comment__body', { hasText: 'Ghi rõ năm trạm' })).toBeVisible();
      await workflow.getByRole('button', { name: 'Yêu cầu sửa' }).click();
      await expect(workflow.getByRole('alert')).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'review-panel');
      await page.getByRole('button', { name: 'Về thư viện' }).click();

      await nav(page).getByRole('button', { name: 'Cổng thông tin' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Đưa bài lên cổng thông tin' })).toBeVisible();
      await expect(page.getByLabel('Địa chỉ cổng thông tin')).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'portal');
      // A portal that is not there: the settings say so, and the sync lists the article it could not send.
      await page.getByLabel('Địa chỉ cổng thông tin').fill('http://127.0.0.1:9');
      await page.getByLabel('Tên đăng nhập trên cổng').fill('admin');
      await page.getByLabel('Mật khẩu trên cổng').fill('mat-khau');
      await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
      await expect(page.locator('.portal-settings__outcome')).not.toBeEmpty();
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
      // The first theme's run already tried once and failed; the second finds "Thử lại ngay" instead.
      await page.getByRole('button', { name: /^(Đồng bộ|Thử lại ngay)$/ }).click();
      // What will be sent is shown first; the portal could not be asked what is new, and says so.
      await expect(page.getByRole('alert').filter({ hasText: 'Chưa hỏi được cổng có gì mới' })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'portal-sync-preview');
      await page.getByRole('button', { name: 'Đồng bộ các bài đã chọn' }).click();
      await expect(page.locator('.sync-items li').first()).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'portal-sync-results');
    });

    test('a communications officer’s bulletin, an administrator’s accounts, categories and backups', async ({ page, signIn }, testInfo) => {
      await signIn('truyenthong');
      await nav(page).getByRole('button', { name: 'Bản tin' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Bản tin in' })).toBeVisible();
      await expect(page.getByRole('checkbox').first()).toBeVisible();
      await page.getByRole('checkbox').first().check();
      await expectAccessible(page, testInfo, theme, 'bulletin');

      await signIn('quantri');
      await nav(page).getByRole('button', { name: 'Tài khoản' }).click();
      await expect(page.getByRole('form', { name: 'Thêm tài khoản' })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'accounts');
      await nav(page).getByRole('button', { name: 'Chuyên mục' }).click();
      await page.getByLabel('Chuyên mục mới').fill('Thời sự');
      await expect(page.getByText('«Thời sự» đã có trong danh sách.')).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'categories');
      await nav(page).getByRole('button', { name: 'Sao lưu' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sao lưu và khôi phục' })).toBeVisible();
      await expectAccessible(page, testInfo, theme, 'backups');
    });
  });
}
