import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// In Electron the page's `prefers-color-scheme` follows the system theme (nativeTheme 'system');
// here Chromium is told the system's choice directly.

interface BrowserGlobals {
  getComputedStyle(element: unknown): { backgroundColor: string; color: string };
}

async function colours(page: Page) {
  const style = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const { backgroundColor, color } = (globalThis as unknown as BrowserGlobals).getComputedStyle(element);
        return { backgroundColor, color };
      });
  return { background: (await style('html')).backgroundColor, text: (await style('h1')).color };
}

/** WCAG relative luminance contrast of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/\d+/g)!
      .slice(0, 3)
      .map((part) => {
        const channel = Number(part) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

test('the app follows a dark system theme, and a light one, with readable text in both', async ({ page, signIn }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await signIn('bichdiep');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  const dark = await colours(page);
  expect(dark.background).toBe('rgb(19, 21, 24)');
  expect(contrast(dark.background, dark.text)).toBeGreaterThanOrEqual(7);

  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colours(page);
  expect(light.background).toBe('rgb(245, 244, 240)');
  expect(contrast(light.background, light.text)).toBeGreaterThanOrEqual(7);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('library-dark.png'), fullPage: false });
});
