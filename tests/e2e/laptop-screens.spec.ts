import type { Locator, Page } from '@playwright/test';
import { startDevPortal } from './devPortal.ts';
import { expect, test } from './fixtures.ts';

// The administrator changes the categories here: a library of this file's own.
test.use({ library: 'laptop-screens', viewport: { width: 1366, height: 768 } });
// Sign-ins (scrypt) and the first editor's load take long on a busy machine.
test.describe.configure({ timeout: 150_000 });

const DRAFT_TITLE = 'Hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh';
const APPROVED_TITLE = /^Đồng chí Lương Trọng Quỳnh kiểm tra công tác cải cách hành chính/;
const PORTAL_PASSWORD = 'cổng-màn-hình-e2e';

const nav = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button', { name });

test('the administrator keeps the list of categories; a reporter picks from it by keyboard, and an article keeps a category since renamed', async ({
  page,
  signIn,
  consoleErrors,
}) => {
  await signIn('bichdiep');
  await expect(nav(page, 'Chuyên mục')).toHaveCount(0);

  await signIn('quantri');
  await nav(page, 'Chuyên mục').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chuyên mục của tòa soạn' })).toBeVisible();
  const names = page.getByRole('list', { name: 'Chuyên mục của tòa soạn' }).getByRole('textbox');
  await expect(names.first()).toHaveValue('Thời sự');

  await page.getByLabel('Chuyên mục mới').fill('Khoa học – Công nghệ');
  await page.getByLabel('Chuyên mục mới').press('Enter');
  await expect(page.getByRole('status')).toHaveText('Đã thêm chuyên mục «Khoa học – Công nghệ».');
  await expect(names.last()).toHaveValue('Khoa học – Công nghệ');
  // A name already listed is said next to the field, and not added twice.
  await page.getByLabel('Chuyên mục mới').fill('thời sự');
  await expect(page.getByText('«thời sự» đã có trong danh sách.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thêm chuyên mục' })).toBeDisabled();

  const old = page.getByLabel('Tên chuyên mục Cải cách hành chính');
  await old.fill('Cải cách hành chính – Chuyển đổi số');
  await old.press('Enter');
  await expect(page.getByRole('status')).toContainText('Các bài đã mang «Cải cách hành chính» vẫn giữ nguyên.');
  await page.getByRole('button', { name: 'Xóa chuyên mục Thông báo' }).click();
  await expect(page.getByLabel('Tên chuyên mục Thông báo')).toHaveCount(0);

  await signIn('bichdiep');
  await page.getByRole('button', { name: DRAFT_TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeVisible({ timeout: 30_000 });
  const category = page.getByRole('combobox', { name: 'Chuyên mục' });
  if (!(await category.isVisible())) await page.locator('.article-fields__summary').click();
  // The draft's category is no longer listed: it is shown as it is, and kept until another is picked.
  await expect(category).toHaveValue('Cải cách hành chính');
  await expect(category.locator('option:checked')).toHaveText('Cải cách hành chính (không còn trong danh sách)');
  await expect(category.locator('option')).toContainText([
    '— Chọn chuyên mục —',
    'Cải cách hành chính (không còn trong danh sách)',
    'Thời sự',
    'Chính trị',
    'Kinh tế',
  ]);
  await expect(category.locator('option', { hasText: 'Thông báo' })).toHaveCount(0);
  await category.focus();
  await page.keyboard.type('Kinh');
  await expect(category).toHaveValue('Kinh tế');
  await expect(page.locator('.save-indicator')).toContainText('Đã lưu', { timeout: 20_000 });
  expect(consoleErrors).toEqual([]);
});

test('the portal screen: no option names, a refused password is not kept nor called safe, and each error leaves once fixed', async ({
  page,
  signIn,
  consoleErrors,
}) => {
  const portal = await startDevPortal([{ name: 'admin', password: PORTAL_PASSWORD, role: 'administrator' }]);
  try {
    await signIn('bientap');
    await nav(page, 'Cổng thông tin').click();
    await page.getByRole('button', { name: 'Đồng bộ', exact: true }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'địa chỉ cổng thông tin' });
    await expect(problem).toContainText('hãy nhập ở phần Cài đặt cổng thông tin');
    await expect(page.locator('body')).not.toContainText(/--[a-z]/);

    await page.getByLabel('Địa chỉ cổng thông tin').fill(portal.origin);
    await page.getByLabel('Tên đăng nhập trên cổng').fill('admin');
    await page.getByLabel('Mật khẩu trên cổng').fill('sai-mật-khẩu');
    await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    const outcome = page.locator('.portal-settings__outcome');
    await expect(outcome).toHaveText(
      /^Cổng thông tin từ chối đăng nhập \(401\).*Mật khẩu vừa nhập chưa được lưu; các cài đặt khác đã được lưu\.$/,
    );
    const password = page.getByLabel('Mật khẩu trên cổng');
    await expect(password).toHaveAccessibleDescription(
      'Cổng thông tin không nhận mật khẩu này nên Newsdesk chưa lưu nó. Kiểm tra tên đăng nhập và mật khẩu rồi thử lại.',
    );
    await expect(page.getByText('Đã lưu mật khẩu an toàn', { exact: false })).toHaveCount(0);
    // The address is saved now: the refusal about it has gone.
    await expect(problem).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(/--[a-z]/);

    // Typing the right password takes the old message away; the portal accepts it and only then is it kept.
    await password.fill(PORTAL_PASSWORD);
    await expect(outcome).toHaveText('');
    await expect(password).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    await expect(outcome).toHaveText(/^Kết nối tốt: 127\.0\.0\.1:\d+/);
    await expect(password).toHaveAccessibleDescription('Đã lưu mật khẩu an toàn; để trống nếu không đổi.');

    // "Lưu" with a wrong password: tried first, refused, not kept; the right one stays.
    await password.fill('lại-sai');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(outcome).toContainText('Mật khẩu vừa nhập chưa được lưu');
    await expect(page.getByText('Đã lưu mật khẩu an toàn', { exact: false })).toHaveCount(0);
    await password.fill('');
    await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    await expect(outcome).toHaveText(/^Kết nối tốt/);
    // The one refusal asked for above (a sync with no address) is the browser's 400; nothing else went wrong.
    expect(consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  } finally {
    await portal.close();
  }
});

test('the bulletin date is written day first, as in the rest of the app', async ({ page, signIn }) => {
  await signIn('truyenthong');
  await nav(page, 'Bản tin').click();
  const date = page.getByLabel('Ngày phát hành');
  const today = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
  await expect(date).toHaveValue(today);
  await date.fill('31/03/2024');
  await date.press('ArrowUp');
  await expect(date).toHaveValue('01/04/2024');
  await date.fill('31/02/2024');
  await date.press('Tab');
  await expect(date).toHaveAccessibleDescription('Ngày chưa đúng: gõ ngày/tháng/năm, ví dụ 25/02/2021.');
});

test("at 1366×768 the article screen's actions share one row; the rarer ones wait under «Thêm»", async ({
  page,
  signIn,
  consoleErrors,
}) => {
  await signIn('bientap');
  await page.getByRole('button', { name: APPROVED_TITLE }).click();
  const bar = page.getByRole('navigation', { name: 'Thao tác với bài viết' });
  const buttons = bar.locator('button:visible, select:visible');
  await expect(bar.getByRole('button', { name: 'Sửa bài' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Xuất PDF' })).toBeVisible();
  const boxes = await Promise.all((await buttons.all()).map((control: Locator) => control.boundingBox()));
  expect(boxes.length).toBeGreaterThanOrEqual(7);
  const middles = boxes.map((b) => Math.round(b!.y + b!.height / 2));
  expect(Math.max(...middles) - Math.min(...middles), `one row: ${middles.join(', ')}`).toBeLessThanOrEqual(4);
  const right = Math.max(...boxes.map((b) => b!.x + b!.width));
  expect(right, 'inside the window').toBeLessThanOrEqual(1366);

  await bar.getByRole('button', { name: 'Thêm' }).click();
  const menu = page.getByRole('menu', { name: 'Thêm' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Xuất Word', 'Xuất gói .newsdesk']);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Xuất gói .newsdesk' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Thêm' })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test("at 1366×768 the article preview's toolbar keeps to one row, printing and reading aloud within reach", async ({
  page,
  signIn,
  consoleErrors,
}) => {
  await signIn('bientap');
  await page.getByRole('button', { name: APPROVED_TITLE }).click();
  await page.getByRole('navigation', { name: 'Thao tác với bài viết' }).getByRole('button', { name: 'Xem trước' }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Công cụ đọc bài' });
  await expect(toolbar.getByRole('button', { name: 'Chế độ ban đêm' })).toBeVisible();
  const controls = toolbar.locator('button:visible');
  const boxes = await Promise.all((await controls.all()).map((control: Locator) => control.boundingBox()));
  expect(boxes.length).toBeGreaterThanOrEqual(7);
  const middles = boxes.map((b) => Math.round(b!.y + b!.height / 2));
  expect(Math.max(...middles) - Math.min(...middles), `one row: ${middles.join(', ')}`).toBeLessThanOrEqual(4);
  const [toolbarBox, frameBox] = [await toolbar.boundingBox(), await page.locator('.preview-frame').boundingBox()];
  expect(Math.max(...boxes.map((b) => b!.x + b!.width)), 'inside the preview').toBeLessThanOrEqual(toolbarBox!.x + toolbarBox!.width);
  expect(toolbarBox!.x + toolbarBox!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width + 1);
  // Printing, the portal's "Xuất PDF" and reading aloud (here the machine has no Vietnamese voice) under «Thêm».
  await toolbar.getByRole('button', { name: 'Thêm' }).click();
  await expect(toolbar.getByRole('menu', { name: 'Thêm' }).getByRole('menuitem')).toHaveText([
    'In trang',
    'Xuất PDF',
    'Máy chưa có giọng đọc tiếng Việt',
  ]);
  await page.screenshot({ path: 'test-results/screens/laptop/article-preview.png' });
  expect(consoleErrors).toEqual([]);
});
