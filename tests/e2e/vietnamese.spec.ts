import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SCREENS = 'test-results/screens/vietnamese';

// These tests write articles and newsroom words: they get a library of their own.
test.use({ library: 'vietnamese' });

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài viết' });
const title = (page: Page) => page.getByRole('textbox', { name: 'Tiêu đề', exact: true });
const saveStatus = (page: Page) => page.getByTestId('save-status');

async function startNewArticle(page: Page, signIn: (user: string) => Promise<void>, articleTitle: string) {
  await signIn('bichdiep');
  // The previous test's page closed with its editor open: the app may reopen that article first.
  const newArticle = page.getByRole('button', { name: 'Viết bài mới' });
  const back = page.getByRole('button', { name: 'Về thư viện' });
  await expect(newArticle.or(back).first()).toBeVisible();
  if (await back.isVisible()) await back.click();
  await newArticle.click();
  await expect(title(page)).toBeVisible();
  await title(page).fill(articleTitle);
}

async function pasteText(page: Page, text: string) {
  await body(page).evaluate((element, value) => {
    const browser = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => Event;
    };
    const transfer = new browser.DataTransfer();
    transfer.setData('text/plain', value);
    element.dispatchEvent(new browser.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** The words the spell check underlines in the body right now. */
function underlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<{ toString(): string }>> } }).CSS.highlights;
    return [...(registry.get('newsdesk-spelling') ?? [])].map((range) => range.toString());
  });
}

/** Where an underlined word is on the screen. */
function wordBox(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const registry = (
      globalThis as unknown as {
        CSS: {
          highlights: Map<
            string,
            Set<{ toString(): string; getBoundingClientRect(): { x: number; y: number; width: number; height: number } }>
          >;
        };
      }
    ).CSS.highlights;
    const range = [...(registry.get('newsdesk-spelling') ?? [])].find((r) => r.toString() === wanted);
    if (!range) throw new Error(`"${wanted}" is not underlined`);
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, word);
}

async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}`, fullPage: true });
}

test('TCVN3 text pasted into the body arrives in Unicode, and "Giữ nguyên văn bản gốc" puts the original back', async ({
  page,
  signIn,
}) => {
  await startNewArticle(page, signIn, 'Bài dán từ văn bản cũ');
  await body(page).click();
  await pasteText(page, 'Uû ban nh©n d©n tØnh triÓn khai kÕ ho¹ch x©y dùng n«ng th«n míi');

  await expect(body(page)).toHaveText('Uỷ ban nhân dân tỉnh triển khai kế hoạch xây dựng nông thôn mới');
  const notice = page.getByRole('status').filter({ hasText: 'mã TCVN3' });
  await expect(notice).toContainText('đã được chuyển sang Unicode');
  await screenshot(page, 'paste-converted.png');

  await notice.getByRole('button', { name: 'Giữ nguyên văn bản gốc' }).click();
  await expect(body(page)).toHaveText('Uû ban nh©n d©n tØnh triÓn khai kÕ ho¹ch x©y dùng n«ng th«n míi');
  await expect(notice).toHaveCount(0);

  // Unicode text is pasted as it is, without a notice.
  await body(page).press('Control+a');
  await pasteText(page, 'Cá mè ở Huế');
  await expect(body(page)).toHaveText('Cá mè ở Huế');
  await expect(page.getByRole('button', { name: 'Giữ nguyên văn bản gốc' })).toHaveCount(0);
});

test('a misspelt word is underlined and corrected from the suggestions; a word added to the newsroom dictionary is kept', async ({
  page,
  signIn,
  newsdesk,
}) => {
  await startNewArticle(page, signIn, 'Bài kiểm tra chính tả');
  await body(page).click();
  await page.keyboard.type('Các nghành chức năng thườg xuyên kiểm tra, UBND và HĐND theo dõi qua Zalo.');
  await expect.poll(() => underlined(page)).toEqual(['nghành', 'thườg', 'Zalo']);
  await screenshot(page, 'spelling-underlined.png');

  // Right click on the word: its suggestions, the likeliest first.
  const at = await wordBox(page, 'nghành');
  await page.mouse.click(at.x, at.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Gợi ý sửa “nghành”' });
  await expect(menu.getByRole('menuitem').first()).toHaveText('ngành');
  await screenshot(page, 'spelling-menu.png');
  await menu.getByRole('menuitem', { name: 'ngành', exact: true }).click();
  await expect(body(page)).toContainText('Các ngành chức năng thườg xuyên');
  await expect.poll(() => underlined(page)).toEqual(['thườg', 'Zalo']);

  // The keyboard way: caret in the word, Shift+F10, arrows and Enter.
  const second = await wordBox(page, 'thườg');
  await page.mouse.click(second.x, second.y);
  await page.keyboard.press('Shift+F10');
  const keyboardMenu = page.getByRole('menu', { name: 'Gợi ý sửa “thườg”' });
  await expect(keyboardMenu.getByRole('menuitem', { name: 'thường', exact: true })).toBeVisible();
  await keyboardMenu.getByRole('menuitem', { name: 'thường', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(body(page)).toContainText('Các ngành chức năng thường xuyên kiểm tra');
  await expect.poll(() => underlined(page)).toEqual(['Zalo']);

  const zalo = await wordBox(page, 'Zalo');
  await page.mouse.click(zalo.x, zalo.y, { button: 'right' });
  await page.getByRole('menuitem', { name: 'Thêm vào từ điển của toà soạn' }).click();
  await expect.poll(() => underlined(page)).toEqual([]);
  const words = JSON.parse(await readFile(join(newsdesk.dataDir, 'newsroom-dictionary.json'), 'utf8')) as string[];
  expect(words).toContain('Zalo');

  // Spell check can be turned off.
  await page.getByRole('button', { name: 'Kiểm tra chính tả' }).click();
  await body(page).press('End');
  await page.keyboard.type(' nghành');
  await page.waitForTimeout(500);
  expect(await underlined(page)).toEqual([]);
  await page.getByRole('button', { name: 'Kiểm tra chính tả' }).click();
  await expect.poll(() => underlined(page)).toEqual(['nghành']);
});

test('"Chuẩn hoá dấu thanh" writes the whole article in the newsroom style, and submitting warns about mixed styles', async ({
  page,
  signIn,
  newsdesk,
}) => {
  await startNewArticle(page, signIn, 'Hoà giải ở cơ sở và thủy lợi');
  await page.getByRole('textbox', { name: 'Sapo' }).fill('Tỉnh uỷ chỉ đạo công tác hoà giải.');
  await body(page).click();
  await page.keyboard.type('Công trình thuỷ lợi giúp bà con khoẻ mạnh, hòa thuận; hoàng hôn và quý.');
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  await expect(page.getByLabel('Kiểu bỏ dấu')).toHaveValue('modern');
  await page.getByRole('button', { name: 'Chuẩn hoá dấu thanh' }).click();
  await expect(title(page)).toHaveValue('Hòa giải ở cơ sở và thủy lợi');
  await expect(page.getByRole('textbox', { name: 'Sapo' })).toHaveValue('Tỉnh ủy chỉ đạo công tác hòa giải.');
  await expect(body(page)).toHaveText('Công trình thủy lợi giúp bà con khỏe mạnh, hòa thuận; hoàng hôn và quý.');
  await expect(page.getByRole('alert')).toContainText('Đã chuẩn hoá dấu thanh');
  await screenshot(page, 'tone-style.png');
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  const stored = await readFile(join(newsdesk.dataDir, 'newsroom.json'), 'utf8').catch(() => '{}');
  expect(JSON.parse(stored).toneStyle ?? 'modern').toBe('modern');
});

test('the title, sapo and photo captions are spell-checked as well', async ({ page, signIn }) => {
  await startNewArticle(page, signIn, 'Nghành giáo dục chuẩn bị năm học mới');
  const sapo = page.getByRole('textbox', { name: 'Sapo' });
  await sapo.fill('Các trường thườg xuyên kiểm tra cơ sở vật chất.');
  const marks = page.getByTestId('field-spelling').locator('mark');
  await expect(marks).toHaveText(['Nghành', 'thườg']);
  await screenshot(page, 'fields-underlined.png');

  const box = (await marks.nth(1).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await page.getByRole('menu', { name: 'Gợi ý sửa “thườg”' }).getByRole('menuitem', { name: 'thường', exact: true }).click();
  await expect(sapo).toHaveValue('Các trường thường xuyên kiểm tra cơ sở vật chất.');

  await title(page).focus();
  await title(page).press('Home');
  await title(page).press('ArrowRight');
  await title(page).press('Shift+F10');
  await page.getByRole('menu', { name: 'Gợi ý sửa “Nghành”' }).getByRole('menuitem', { name: 'Ngành', exact: true }).click();
  await expect(title(page)).toHaveValue('Ngành giáo dục chuẩn bị năm học mới');
  await expect(marks).toHaveCount(0);
});
