import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { sampleIdIn, SUBMITTED_SAMPLE } from '../helpers/sampleNewsroom.ts';
import { expect, test } from './fixtures.ts';

// These tests move articles through review: they get a library of their own.
test.use({ library: 'workflow' });
test.describe.configure({ mode: 'serial' });

const TITLE = 'Huyện Con Cuông ra quân làm đường giao thông nông thôn';
const SCREENS = 'test-results/screens/workflow';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Quy trình duyệt' });

async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}`, fullPage: true });
}

async function openFrom(page: Page, tab: string | RegExp, title: string) {
  await page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button', { name: tab }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a reporter writes an article and cannot submit it until the checklist holds, then submits it', async ({ page, signIn }) => {
  await signIn('bichdiep');
  await page.getByRole('button', { name: 'Viết bài mới' }).click();
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(TITLE);
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await page.keyboard.type('Sáng nay, hơn 500 người dân các xã đã cùng ra quân làm đường.');
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.getByRole('region', { name: 'Xem trước như trên cổng thông tin' });
  await expect(preview.locator('h1')).toHaveText(TITLE);
  await expect(preview).toContainText('ra quân làm đường.');
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).press('End');
  await page.keyboard.type(' Có 3 km đường mới.');
  await expect(preview).toContainText('Có 3 km đường mới.');
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeFocused();
  await screenshot(page, 'editor-with-preview.png');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: /Về thư viện/ }).click();

  await openFrom(page, 'Bài của tôi', TITLE);
  const workflow = panel(page);
  await expect(workflow.getByRole('listitem').filter({ hasText: 'Có sapo' })).toContainText('(còn thiếu)');
  await expect(workflow.getByRole('listitem').filter({ hasText: 'Có chuyên mục' })).toContainText('(còn thiếu)');
  await expect(workflow.getByRole('button', { name: 'Gửi duyệt' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sửa bài' }).click();
  await page.getByRole('textbox', { name: 'Sapo' }).fill('Hơn 500 người dân cùng làm 3 km đường bê tông.');
  await page.getByLabel('Chuyên mục').selectOption('Nông thôn mới');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await openFrom(page, 'Bài của tôi', TITLE);
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'Có sapo' })).toContainText('(đạt)');
  await panel(page).getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(panel(page).getByText('Chờ duyệt', { exact: true })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Gửi duyệt' })).toHaveCount(0);
});

test('an editor finds it in the queue, comments on a paragraph and asks for changes', async ({ page, signIn }) => {
  await signIn('bientap');
  await expect(page.getByLabel('Lọc theo trạng thái').locator('option', { hasText: 'Chờ duyệt (2)' })).toHaveCount(1);
  const nav = page.getByRole('navigation', { name: 'Khu vực làm việc' });
  await expect(nav.getByRole('button', { name: 'Chờ duyệt (2)' })).toBeVisible();
  await nav.getByRole('button', { name: 'Chờ duyệt (2)' }).click();
  const rows = page.locator('table.article-table tbody tr.article-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.last()).toContainText(TITLE);
  await rows.last().getByRole('button', { name: TITLE }).click();

  const workflow = panel(page);
  await workflow.getByLabel('Ý kiến mới').fill('Cần nêu rõ nguồn kinh phí làm đường.');
  await workflow.getByLabel('Về đoạn').selectOption({ label: 'Đoạn 1: Sáng nay, hơn 500 người dân các xã…' });
  await workflow.getByRole('button', { name: 'Gửi ý kiến' }).click();
  const comment = workflow.locator('.comment__body', { hasText: 'Cần nêu rõ nguồn kinh phí' });
  await expect(comment).toContainText('Về đoạn: “Sáng nay, hơn 500 người dân các xã…”');
  await comment.hover();
  await expect(page.locator('.article-body .is-commented')).toContainText('Sáng nay, hơn 500 người dân');
  await expect(page.locator('.article-body .is-commented')).toHaveCount(1);
  await screenshot(page, 'editor-comment.png');

  await workflow.getByRole('button', { name: 'Yêu cầu sửa' }).click();
  await expect(workflow.getByRole('alert')).toHaveText('Cần ghi chú khi yêu cầu sửa, để người viết biết phải sửa gì');
  await workflow.getByLabel(/^Ghi chú/).fill('Bổ sung nguồn kinh phí và số km đường.');
  await workflow.getByRole('button', { name: 'Yêu cầu sửa' }).click();
  await expect(workflow.getByText('Cần sửa', { exact: true })).toBeVisible();
});

test('the reporter sees the note, fixes the article and submits again; the editor approves; the history shows it all', async ({
  page,
  signIn,
}) => {
  await signIn('bichdiep');
  await openFrom(page, 'Bài của tôi', TITLE);
  await expect(panel(page).getByRole('note')).toHaveText('Nguyễn Văn Hùng yêu cầu sửa: Bổ sung nguồn kinh phí và số km đường.');
  await expect(panel(page).getByText('Cần nêu rõ nguồn kinh phí làm đường.')).toBeVisible();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Kinh phí 1,2 tỷ đồng do tỉnh hỗ trợ.');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await openFrom(page, 'Bài của tôi', TITLE);
  await panel(page).getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(panel(page).getByText('Chờ duyệt', { exact: true })).toBeVisible();

  await signIn('bientap');
  await openFrom(page, /^Chờ duyệt/, TITLE);
  await expect(page.locator('article.article-body')).toContainText('Kinh phí 1,2 tỷ đồng');
  await panel(page).getByRole('button', { name: 'Duyệt bài' }).click();
  await expect(panel(page).getByText('Đã duyệt', { exact: true })).toBeVisible();
  const steps = panel(page).getByRole('region', { name: 'Các bước đã qua' }).getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('Gửi duyệt · Bích Diệp');
  await expect(steps.nth(1)).toContainText('Yêu cầu sửa · Nguyễn Văn Hùng');
  await expect(steps.nth(1)).toContainText('“Bổ sung nguồn kinh phí và số km đường.”');
  await expect(steps.nth(2)).toContainText('Gửi duyệt · Bích Diệp');
  await expect(steps.nth(3)).toContainText('Duyệt bài · Nguyễn Văn Hùng');
  await screenshot(page, 'approved.png');
});

test('a reporter calling the approve service directly through the bridge is refused', async ({ page, signIn, newsdesk }) => {
  await signIn('bichdiep');
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  const submittedId = await sampleIdIn(newsdesk.dataDir, SUBMITTED_SAMPLE);
  const reply = await page.evaluate(async (id) => {
    const response = await fetch('/api/workflow.transition', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: [id, 'approve'] }),
    });
    return { status: response.status, body: (await response.json()) as { error: { message: string } } };
  }, submittedId);
  expect(reply.status).toBe(403);
  expect(reply.body.error.message).toBe('vai trò của bichdiep không được duyệt bài viết');
});

test('an administrator creates an account, changes its role and disables it', async ({ page, signIn }) => {
  await signIn('quantri');
  await page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button', { name: 'Tài khoản' }).click();
  const form = page.getByRole('form', { name: 'Thêm tài khoản' });
  await form.getByLabel('Tên đăng nhập').fill('phongvien2');
  await form.getByLabel('Họ tên').fill('Trần Minh Khoa');
  await form.getByLabel(/^Mật khẩu/).fill('mat-khau-moi-2021');
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const message = page.locator('.accounts-screen__message');
  await expect(message).toHaveText('Đã tạo tài khoản phongvien2.');
  await page.getByLabel('Vai trò của phongvien2').selectOption('editor');
  await expect(message).toHaveText('Đã đổi vai trò của phongvien2.');
  const row = page.getByRole('row', { name: /phongvien2/ });
  await row.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(row).toContainText('Đã khóa');
  await screenshot(page, 'accounts.png');
});
