import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startDevPortal } from './devPortal.ts';
import { expect, test } from './fixtures.ts';

const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
const PORTAL_PASSWORD = 'cổng-thử-nghiệm-e2e';
const SCREENS = 'test-results/screens/sync';

// A library of its own: the sync spec's first test publishes the article this one needs still approved.
test.use({ library: 'sync-language', prepareData: fileURLToPath(new URL('./prepare/approvedSampleOnly.ts', import.meta.url)) });

async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}`, fullPage: true });
}

test('in English, the portal’s refusals read in English: a wrong password, and a move the portal account may not make', async ({
  page,
  signIn,
}) => {
  const portal = await startDevPortal([{ name: 'phongvien', password: PORTAL_PASSWORD, role: 'reporter' }]);
  try {
    await signIn('bientap');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('button', { name: 'Portal', exact: true }).click();
    await page.getByLabel('Portal address').fill(portal.origin);
    await page.getByLabel('Portal user name').fill('phongvien');
    await page.getByLabel('Portal password').fill('sai-mật-khẩu');
    await page.getByRole('button', { name: 'Test connection' }).click();
    const outcome = page.locator('.portal-settings__outcome');
    await expect(outcome).toHaveText(/^The portal refused the sign-in \(401\): wrong user name or password/);

    await page.getByLabel('Portal password').fill(PORTAL_PASSWORD);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(outcome).not.toHaveText(/401/);
    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    await page.getByRole('button', { name: 'Sync the chosen articles' }).click();
    const row = page.locator('.sync-item', { hasText: SAMPLE_TITLE });
    await expect(row.locator('.sync-badge')).toHaveText('Failed');
    await expect(row.locator('.sync-item__reason')).toHaveText(
      'This portal account may not move articles from "Draft" to "Published": it needs the permission "use editorial transition publish" on the portal',
    );
    await screenshot(page, 'refused-in-english.png');
    await page.getByLabel('Language').selectOption('vi');
  } finally {
    await portal.close();
  }
});
