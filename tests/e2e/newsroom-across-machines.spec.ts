import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { startDevPortal } from './devPortal.ts';
import { DEMO_PASSWORD, expect, signInOn, startBrowserMode, test } from './fixtures.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const TITLE = 'Xã Thạch Lạc về đích nông thôn mới';
const NOTE = 'Bổ sung số hộ dân tham gia làm đường.';
const REPORTER_PASSWORD = 'phong-vien-e2e-2021';
const EDITOR_PASSWORD = 'bien-tap-e2e-2021';

/** One workstation: its own data folder and browser-mode server, and a browser context of its own. */
async function machine(browser: Browser, portal: string, draftTitle?: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-e2e-machine-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'tests/e2e/prepare/newsroomMachine.ts', dataDir, portal, ...(draftTitle ? [draftTitle] : [])],
    {
      cwd: repoRoot,
      env: { ...process.env, NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD },
      stdio: 'inherit',
    },
  );
  const server = await startBrowserMode(dataDir);
  const context = await browser.newContext({ baseURL: server.origin, storageState: server.cookies });
  const page = await context.newPage();
  return {
    page,
    async close() {
      await context.close();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Khu vực làm việc' });
const workflowPanel = (page: Page) => page.getByRole('complementary', { name: 'Quy trình duyệt' });

/** Back from an article or the portal screen to the workspace with its tabs. */
async function toWorkspace(page: Page) {
  const back = page.getByRole('button', { name: /Về thư viện/ });
  if (await back.isVisible()) await back.click();
  await expect(nav(page)).toBeVisible();
}

async function openPortalScreen(page: Page) {
  await toWorkspace(page);
  await nav(page).getByRole('button', { name: 'Cổng thông tin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đưa bài lên cổng thông tin' })).toBeVisible();
}

/** Each person enters their own portal account once. */
async function setPortalAccount(page: Page, name: string, password: string) {
  await openPortalScreen(page);
  await page.getByLabel('Tên đăng nhập trên cổng').fill(name);
  await page.getByLabel('Mật khẩu trên cổng').fill(password);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu mật khẩu an toàn; để trống nếu không đổi.')).toBeVisible();
}

async function syncAndExpect(page: Page, badge: string) {
  await openPortalScreen(page);
  await page.getByRole('button', { name: /^(Đồng bộ|Thử lại ngay)$/ }).click();
  await page.getByRole('region', { name: 'Sẽ đồng bộ' }).getByRole('button', { name: 'Đồng bộ các bài đã chọn' }).click();
  await expect(page.locator('.sync-item', { hasText: TITLE }).locator('.sync-badge')).toHaveText(badge);
  await expect(page.getByRole('button', { name: 'Đồng bộ', exact: true })).toBeEnabled();
}

async function openArticle(page: Page) {
  await toWorkspace(page);
  await nav(page).getByRole('button', { name: 'Thư viện' }).click();
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test('a reporter and an editor on two machines review one article through the portal', async ({ browser }) => {
  // Two servers, a portal and two browser contexts through twelve steps: minutes on a loaded machine.
  test.setTimeout(600_000);
  const portal = await startDevPortal([
    { name: 'bichdiep', password: REPORTER_PASSWORD, role: 'reporter' },
    { name: 'bientap', password: EDITOR_PASSWORD, role: 'editor' },
  ]);
  const reporter = await machine(browser, portal.origin, TITLE);
  const editor = await machine(browser, portal.origin);
  try {
    await signInOn(reporter.page, 'bichdiep', DEMO_PASSWORD);
    await signInOn(editor.page, 'bientap', DEMO_PASSWORD);
    await setPortalAccount(reporter.page, 'bichdiep', REPORTER_PASSWORD);
    await setPortalAccount(editor.page, 'bientap', EDITOR_PASSWORD);

    // The reporter submits on their machine; the sync takes it to the portal.
    await openArticle(reporter.page);
    await workflowPanel(reporter.page).getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(workflowPanel(reporter.page).getByText('Chờ duyệt', { exact: true })).toBeVisible();
    await syncAndExpect(reporter.page, 'Đã gửi lên cổng');

    // The editor's sync brings it into the review queue; they ask for changes with a note, and sync.
    await syncAndExpect(editor.page, 'Đã nhận từ cổng');
    await openArticle(editor.page);
    await workflowPanel(editor.page)
      .getByLabel(/^Ghi chú/)
      .fill(NOTE);
    await workflowPanel(editor.page).getByRole('button', { name: 'Yêu cầu sửa' }).click();
    await expect(workflowPanel(editor.page).getByText('Cần sửa', { exact: true })).toBeVisible();
    await syncAndExpect(editor.page, 'Đã gửi lên cổng');

    // The reporter's sync brings the note back to the review panel; they resubmit.
    await syncAndExpect(reporter.page, 'Đã nhận từ cổng');
    await openArticle(reporter.page);
    await expect(workflowPanel(reporter.page).getByRole('note')).toContainText(NOTE);
    await workflowPanel(reporter.page).getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(workflowPanel(reporter.page).getByText('Chờ duyệt', { exact: true })).toBeVisible();
    await syncAndExpect(reporter.page, 'Đã gửi lên cổng');

    // The editor approves; the sync publishes it.
    await syncAndExpect(editor.page, 'Đã nhận từ cổng');
    await openArticle(editor.page);
    await workflowPanel(editor.page).getByRole('button', { name: 'Duyệt bài' }).click();
    await expect(workflowPanel(editor.page).getByText('Đã duyệt', { exact: true })).toBeVisible();
    await syncAndExpect(editor.page, 'Đã đăng');

    // On the reporter's machine it shows as published, with its link to the portal.
    await syncAndExpect(reporter.page, 'Đã nhận từ cổng');
    const link = reporter.page.locator('.sync-item', { hasText: TITLE }).getByRole('link', { name: 'Xem trên cổng' });
    await expect(link).toHaveAttribute('href', new RegExp(`^${portal.origin}/node/\\d+$`));
    const href = (await link.getAttribute('href'))!;
    await openArticle(reporter.page);
    await expect(workflowPanel(reporter.page).getByText('Đã xuất bản', { exact: true })).toBeVisible();

    const published = await reporter.page.context().newPage();
    await published.goto(href);
    await expect(published.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  } finally {
    await reporter.close();
    await editor.close();
    await portal.close();
  }
});
