import { defineConfig } from '@playwright/test';
import { DEBIAN_CHROMIUM } from './tests/helpers/debianChromium.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/helpers/buildCommandLine.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: DEBIAN_CHROMIUM,
  },
});
