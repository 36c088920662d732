import { fileURLToPath } from 'node:url';
import { sampleIdIn, SUBMITTED_SAMPLE } from '../helpers/sampleNewsroom.ts';
import { expect, test } from './fixtures.ts';

const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
const EDITED_TITLE = `${SAMPLE_TITLE} (bản sửa)`;
const DAMAGED_TITLE = 'Nâng cao chất lượng tiêu chí môi trường tại các xã đã đạt chuẩn nông thôn mới';

test.use({ library: 'durability', prepareData: fileURLToPath(new URL('./prepare/editedSampleWithDamagedArticle.ts', import.meta.url)) });
test.describe.configure({ mode: 'serial' });

test('search ignores diacritics and case, and says when nothing matches', async ({ page, signIn }) => {
  await signIn('bichdiep');
  const search = page.getByLabel('Tìm bài viết');
  await search.fill('DONG CHI ho tien thieu');
  await expect(page.getByRole('status')).toHaveText('1 kết quả');
  await expect(page.getByRole('button', { name: EDITED_TITLE })).toBeVisible();
  await search.fill('nong thon moi');
  await expect(page.locator('table.article-table tbody tr.article-row').first()).toContainText(EDITED_TITLE);
  await search.fill('khong co bai nao nhu the');
  await expect(page.getByText('Không tìm thấy bài viết nào cho “khong co bai nao nhu the”.')).toBeVisible();
  await search.press('Escape');
  await expect(page.getByRole('status')).toHaveText(/^\d+ bài viết$/);
  await page.screenshot({ path: 'test-results/screens/library/search.png', fullPage: true });
});

test('a damaged article file is named at start and its last good revision comes back', async ({ page, signIn, newsdesk }) => {
  await signIn('bichdiep');
  const banner = page.getByRole('alert', { name: 'Một số tệp không mở được' });
  await expect(banner).toContainText(`${await sampleIdIn(newsdesk.dataDir, SUBMITTED_SAMPLE)}.json`);
  await expect(banner).toContainText('Tệp không phải JSON hợp lệ; tệp đã được chuyển vào quarantine/');
  const table = page.locator('table.article-table');
  await expect(table.getByRole('button', { name: DAMAGED_TITLE, exact: true })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/library/quarantine.png', fullPage: true });
  await banner.getByRole('button', { name: /Khôi phục bản sửa 1/ }).click();
  await expect(banner).toHaveCount(0);
  await expect(table.getByRole('button', { name: DAMAGED_TITLE, exact: true })).toBeVisible();
});

test('the history shows who changed what, word by word, and restores an earlier revision as a new one', async ({ page, signIn }) => {
  await signIn('bientap');
  await page.getByRole('button', { name: EDITED_TITLE }).click();
  await page.getByRole('button', { name: 'Lịch sử sửa đổi' }).click();
  const history = page.getByRole('complementary', { name: 'Lịch sử sửa đổi' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Bản 2 · Nguyễn Văn Hùng');
  await expect(history.getByRole('listitem').first()).toContainText('Chuyển trạng thái — biên tập tiêu đề');

  await history.getByRole('button', { name: 'So với bản trước' }).click();
  const diff = page.getByRole('region', { name: 'Thay đổi từ bản 1 đến bản 2' });
  // The state changed too (the correction): the title is the first of two changed fields.
  await expect(diff.locator('dd ins').first()).toHaveText(EDITED_TITLE);
  await expect(diff.locator('.revision-diff__body ins')).toContainText(['kết luận']);
  await expect(diff.locator('.revision-diff__body del').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/library/history.png', fullPage: true });

  page.once('dialog', (dialog) => void dialog.accept());
  await history.getByRole('listitem').nth(1).getByRole('button', { name: 'Khôi phục bản này' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE, exact: true })).toBeVisible();
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').first()).toContainText('Khôi phục — khôi phục nội dung bản sửa 1');
});

test('back up now, then restore that backup (an editor: it replaces everyone’s work)', async ({ page, signIn }) => {
  await signIn('bientap');
  await page.getByRole('button', { name: 'Sao lưu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sao lưu và khôi phục' })).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  const status = page.locator('.backup-screen__status');
  await expect(status).toHaveText('Đã sao lưu 4 bài viết.');
  await expect(page.getByRole('cell', { name: 'Sao lưu thủ công' })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ })
    .first()
    .click();
  await expect(status).toHaveText(/^Đã khôi phục dữ liệu về lúc/);
  await expect(page.getByRole('cell', { name: 'Trước khi khôi phục' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/library/backups.png', fullPage: true });
  await page.getByRole('button', { name: 'Thư viện' }).click();
  await expect(page.getByRole('status')).toHaveText('4 bài viết');
});
