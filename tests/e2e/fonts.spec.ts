import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

interface BrowserFonts {
  document: {
    fonts: {
      ready: Promise<unknown>;
      forEach(each: (face: { family: string; status: string; style: string; weight: string }) => void): void;
    };
  };
}

interface BrowserStyles {
  getComputedStyle(element: unknown): { fontFamily: string };
}

/**
 * The fonts Chromium really drew an element's text with (DevTools' "Rendered fonts"): a face the
 * page loaded is `isCustomFont`, an installed one is not. A glyph taken from a fallback font shows
 * up here as a second entry.
 */
async function renderedFonts(page: Page, element: Locator): Promise<PlatformFont[]> {
  await element.evaluate((node) => node.setAttribute('data-font-probe', ''));
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await element.evaluate((node) => node.removeAttribute('data-font-probe'));
    await cdp.detach();
  }
}

/** The faces of the page's own `@font-face` rules that have loaded, as "Noto Serif 400 normal". */
function loadedFaces(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { document } = globalThis as unknown as BrowserFonts;
    await document.fonts.ready;
    const faces: string[] = [];
    document.fonts.forEach(
      (face) => face.status === 'loaded' && faces.push(`${face.family.replace(/"/g, '')} ${face.weight} ${face.style}`),
    );
    return faces;
  });
}

async function expectDrawnWithBundled(page: Page, element: Locator, family: string) {
  await expect(element).toBeVisible();
  await expect.poll(() => loadedFaces(page)).toContain(`${family} 400 normal`);
  const fonts = await renderedFonts(page, element);
  // Every glyph, accented letters included, comes from the bundled face: nothing from an installed font.
  expect(fonts.map((font) => `${font.familyName} ${font.isCustomFont ? 'bundled' : 'installed'}`)).toEqual([`${family} bundled`]);
}

// The test writes a new article: a library of its own.
test.use({ library: 'fonts' });
// Sign-ins (scrypt) and the first editor's load take long on a busy machine.
test.describe.configure({ timeout: 150_000 });

test('Vietnamese text is drawn with the bundled Noto faces in the library, the article view and the editor', async ({ page, signIn }) => {
  await signIn('bichdiep');

  const row = page.getByRole('button', { name: SAMPLE_TITLE, exact: true });
  await expectDrawnWithBundled(page, row, 'Noto Sans');

  await row.click();
  const paragraph = page.locator('.article-body p').filter({ hasText: 'nông thôn mới' }).first();
  await expectDrawnWithBundled(page, paragraph, 'Noto Serif');

  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await page.getByRole('button', { name: 'Viết bài mới' }).click();
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.type('Người dân xã Tân Lập đã hiến đất, góp công làm đường bê tông nông thôn mới.');
  const written = body.locator('p').first();
  expect(await written.evaluate((node) => (globalThis as unknown as BrowserStyles).getComputedStyle(node).fontFamily)).toMatch(
    /^"Noto Serif"/,
  );
  await expectDrawnWithBundled(page, written, 'Noto Serif');
  // The preview was never opened: the faces are the app's, not the preview's.
  await expect(page.getByRole('region', { name: 'Xem trước như trên cổng thông tin' })).toHaveCount(0);
});
