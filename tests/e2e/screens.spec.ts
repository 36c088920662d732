import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE } from '../helpers/sampleNewsroom.ts';
import { expect, openSignedOut, test } from './fixtures.ts';

// Every screen at a laptop's and a desktop's size, light and dark, for people to look at: the
// sample article is back with its reporter, commented, as after a review. Slow (four rounds of
// sign-ins and editors), so it runs only when asked: SCREENSHOTS=1 npx playwright test tests/e2e/screens.spec.ts
test.use({ library: 'screens', prepareData: 'tests/e2e/prepare/changesRequestedSample.ts' });
test.skip(process.env.SCREENSHOTS !== '1', 'screenshots are taken on request: SCREENSHOTS=1');

// Outside test-results, which each run empties: the pictures of every screen stay for people to look at.
const SCREENS = process.env.SCREENSHOTS_DIR ?? '/tmp/newsdesk-shots';
const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

const nav = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button', { name });

for (const size of SIZES) {
  for (const theme of THEMES) {
    test(`every screen at ${size.name}, ${theme}`, async ({ page, signIn }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme });
      await mkdir(SCREENS, { recursive: true });
      const shoot = async (name: string) => {
        await page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
        await page.screenshot({ path: `${SCREENS}/${size.name}-${theme}-${name}.png` });
      };

      await openSignedOut(page);
      await shoot('01-sign-in');

      await signIn('bichdiep');
      await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
      await shoot('02-library');
      await nav(page, 'Bài của tôi').click();
      await shoot('03-mine');
      await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
      await expect(page.getByRole('complementary', { name: 'Quy trình duyệt' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Các trang của bài khi in' })).toBeVisible({ timeout: 30_000 });
      await shoot('04-article');
      await page.getByRole('button', { name: 'Thêm' }).click();
      await shoot('04b-article-more');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Lịch sử sửa đổi' }).click();
      await expect(page.locator('.history-panel__item').first()).toBeVisible();
      await shoot('05-article-history');
      await page.getByRole('button', { name: 'Lịch sử sửa đổi' }).click();
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await shoot('06-article-preview');

      await page.getByRole('button', { name: 'Sửa bài' }).click();
      const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
      await expect(page.getByRole('complementary', { name: 'Góp ý và gửi duyệt' })).toBeVisible();
      await shoot('07-editor-review');
      await body.locator('p').first().dblclick();
      await expect(page.locator('.editor-toolbar-float--floating')).toBeVisible();
      await shoot('08-editor-floating-toolbar');
      await page.keyboard.press('Control+k');
      await expect(page.getByLabel('Địa chỉ liên kết')).toBeFocused();
      await shoot('09-editor-link-box');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await expect(page.getByRole('region', { name: 'Xem trước như trên cổng thông tin' })).toBeVisible();
      await shoot('10-editor-preview');
      await page.getByRole('button', { name: /Về thư viện/ }).click();
      await page.getByRole('button', { name: 'Viết bài mới' }).click();
      await shoot('11-editor-new');
      await page.getByRole('button', { name: /Về thư viện/ }).click();

      await signIn('bientap');
      await nav(page, /Chờ duyệt/).click();
      await shoot('12-review-queue');
      await nav(page, 'Cổng thông tin').click();
      await shoot('13-portal');
      await page.getByRole('button', { name: 'Đồng bộ', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Sẽ đồng bộ' }).or(page.getByRole('alert'))).toBeVisible();
      await shoot('13b-portal-sync-preview');

      await signIn('truyenthong');
      await nav(page, 'Bản tin').click();
      await shoot('14-bulletin');

      await signIn('quantri');
      await nav(page, 'Tài khoản').click();
      await shoot('15-accounts');
      await nav(page, 'Chuyên mục').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Chuyên mục của tòa soạn' })).toBeVisible();
      await shoot('16-categories');
      await nav(page, 'Sao lưu').click();
      await shoot('17-backups');
      await page.getByRole('button', { name: 'Giới thiệu', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Giới thiệu Newsdesk' })).toBeVisible();
      await shoot('18-about');
    });
  }
}
