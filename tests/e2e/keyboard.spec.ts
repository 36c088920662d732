import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, openSignedOut, test } from './fixtures.ts';

// The reporter's new article goes through review here: this file gets a library of its own.
test.use({ library: 'keyboard' });

const TITLE = 'Xã Châu Hạnh khánh thành cầu dân sinh';
const SCREENS = 'test-results/screens/keyboard';
const MAX_TAB_STOPS = 60;

/** What the browser says about the focused element (this tsconfig has no DOM lib, as in library.spec.ts). */
interface FocusInfo {
  tag: string;
  name: string;
  /** Its outline or focus ring as drawn: a user can see where the keys go. */
  ring: boolean;
  /** The outline and shadow it has, for the failure message. */
  style: string;
  onScreen: boolean;
}

type BrowserElement = {
  tagName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
  getBoundingClientRect(): { width: number; height: number; top: number; left: number };
};
type BrowserGlobals = {
  document: { activeElement: BrowserElement | null; body: BrowserElement };
  getComputedStyle(element: BrowserElement): { outlineStyle: string; outlineWidth: string; boxShadow: string };
  innerHeight: number;
};

function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const browser = globalThis as unknown as BrowserGlobals;
    const element = browser.document.activeElement ?? browser.document.body;
    const style = browser.getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      style: `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`,
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
      ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      onScreen: box.width > 0 && box.height > 0 && box.top < browser.innerHeight && box.top + box.height > 0,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. Every stop on the
 * way must be an element one can see, with a visible focus ring; focus must never fall back to the
 * page itself (that is where a keyboard user loses their place).
 */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const stops: string[] = [];
  for (let i = 0; i < MAX_TAB_STOPS; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
    const now = await focused(page);
    stops.push(`${now.tag} “${now.name}”`);
    expect(now.tag, `focus fell back to the page after ${stops.join(' → ')}`).not.toBe('body');
    expect(now.ring, `no visible focus ring on ${now.tag} “${now.name}” (${now.style}) after ${stops.join(' → ')}`).toBe(true);
    expect(now.onScreen, `${now.tag} “${now.name}” has focus but is not on screen`).toBe(true);
  }
  throw new Error(`${MAX_TAB_STOPS} presses of ${key} did not reach the target; stops: ${stops.join(' → ')}`);
}

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === (globalThis as unknown as BrowserGlobals).document.activeElement).catch(() => false);

async function signInByKeyboard(page: Page, username: string) {
  const name = page.getByLabel('Tên đăng nhập');
  await expect(name).toBeFocused();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
}

async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}` });
}

test('keyboard only: a reporter writes and submits an article, an editor opens it from the queue and approves it', async ({
  page,
  consoleErrors,
}) => {
  // Setup only: the app starts on the sign-in form. From here on, only keys are pressed.
  await openSignedOut(page);
  await page.getByLabel('Tên đăng nhập').focus();

  await signInByKeyboard(page, 'bichdiep');
  const library = page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' });
  await expect(library, 'after signing in, focus starts at the library heading').toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Viết bài mới' }));
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Tiêu đề', exact: true });
  await expect(title, 'a new article opens with the caret in its title').toBeFocused();
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Sapo' })).toBeFocused();
  await page.keyboard.type('Cây cầu dài 30 m nối hai thôn, thay cho bến đò ngang.');
  // The category is picked from the newsroom's list by typing its first letters.
  const category = page.getByRole('combobox', { name: 'Chuyên mục' });
  await tabTo(page, category);
  await page.keyboard.type('Kinh');
  await expect(category).toHaveValue('Kinh tế');

  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await tabTo(page, body);
  await page.keyboard.type('Sáng nay, xã Châu Hạnh khánh thành cầu dân sinh bắc qua sông Hiếu.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  // The link box opens on Ctrl+K with focus in its address field; Esc closes it and gives the text back.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const address = page.getByLabel('Địa chỉ liên kết');
  await expect(address).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(address).toHaveCount(0);
  await expect(body).toBeFocused();
  await page.keyboard.press('End');

  // The toolbar is one stop on the way: Shift+Tab from the text reaches it, the arrow keys move
  // along it, and Tab goes straight back to the text (no trap, no fourteen stops).
  const toolbar = page.getByRole('toolbar', { name: 'Định dạng nội dung' });
  await page.keyboard.press('Shift+Tab');
  const first = await focused(page);
  expect(
    await toolbar.evaluate(
      (bar, name) =>
        [...bar.querySelectorAll('button')].some(
          (b) => b === (globalThis as unknown as BrowserGlobals).document.activeElement && b.getAttribute('aria-label') === name,
        ),
      first.name,
    ),
  ).toBe(true);
  await page.keyboard.press('ArrowRight');
  const second = await focused(page);
  expect(second.name).not.toBe(first.name);
  expect(second.ring).toBe(true);
  await page.keyboard.press('Tab');
  await expect(body).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect((await focused(page)).name, 'the toolbar remembers the button last used').toBe(second.name);
  await screenshot(page, 'toolbar-focus.png');

  // Esc from the toolbar (not a text field) leaves the editor, saved, with focus on the article's row.
  await page.keyboard.press('Escape');
  const row = page.getByRole('button', { name: TITLE, exact: true });
  await expect(row, 'back in the library, focus is on the article just written').toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: TITLE }), 'an opened article starts at its heading').toBeFocused();

  const workflow = page.getByRole('complementary', { name: 'Quy trình duyệt' });
  await tabTo(page, workflow.getByRole('button', { name: 'Gửi duyệt' }));
  await screenshot(page, 'submit-focus.png');
  await page.keyboard.press('Enter');
  await expect(workflow.getByText('Chờ duyệt', { exact: true })).toBeVisible();
  expect((await focused(page)).tag, 'after submitting, focus is still somewhere on the page').not.toBe('body');

  await tabTo(page, page.getByRole('button', { name: 'Đăng xuất' }), 'Shift+Tab');
  await page.keyboard.press('Enter');

  await signInByKeyboard(page, 'bientap');
  await expect(library).toBeFocused();
  const queueTab = page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button', { name: /^Chờ duyệt/ });
  await tabTo(page, queueTab, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Chờ duyệt' })).toBeVisible();
  await expect(queueTab).toHaveAttribute('aria-current', 'page');
  await tabTo(page, page.getByRole('button', { name: TITLE, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();
  await expect(page.locator('article.article-body')).toContainText('bắc qua sông Hiếu');

  await tabTo(page, workflow.getByRole('button', { name: 'Duyệt bài' }));
  await page.keyboard.press('Space');
  await expect(workflow.getByText('Đã duyệt', { exact: true })).toBeVisible();
  await screenshot(page, 'approved.png');

  // Esc goes back to the queue the article came from; it no longer waits there.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Chờ duyệt' })).toBeVisible();
  await expect(page.getByRole('button', { name: TITLE, exact: true })).toHaveCount(0);
  expect((await focused(page)).tag, 'back in the queue, focus is not lost').not.toBe('body');
  expect(consoleErrors).toEqual([]);
});

test('the skip link is the first stop and takes focus past the header to the main content', async ({ page, signIn }) => {
  await signIn('bichdiep');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' }), 'Shift+Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is the first of the workspace's areas, not the header's language and sign-out controls.
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button').first()).toBeFocused();
});
