import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, request, type APIRequestContext, type Page } from '@playwright/test';

/** Given to the sample newsroom's demo accounts when the data folder is first filled. */
export const DEMO_PASSWORD = 'thu-nghiem-e2e-2021';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY_LINK = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/;
const START_TIMEOUT_MS = 60_000;

type StorageState = Awaited<ReturnType<APIRequestContext['storageState']>>;

export interface NewsdeskServer {
  origin: string;
  /** The link `serve` printed; opening it sets the session cookie. */
  entryLink: string;
  dataDir: string;
  /** Cookies that the entry link set, for pages that should start inside the app. */
  cookies: StorageState;
}

interface TestFixtures {
  /** Opens the app signed out (the core keeps one session for the whole app), then signs in. */
  signIn: (username: string, password?: string) => Promise<void>;
  /** Console errors and CSP violations the page reported during the test. */
  consoleErrors: string[];
  /** The interface language is stored in the (shared) data folder: each test starts in Vietnamese, whatever the one before chose. */
  vietnameseFirst: void;
}

interface WorkerFixtures {
  newsdesk: NewsdeskServer;
  /**
   * Which data folder a spec file works in. A file whose tests change the library sets its own
   * name with `test.use({ library: '…' })`: Playwright then runs it in a worker of its own, with
   * its own server and folder, so other files still find the sample newsroom as it was seeded.
   */
  library: string;
  /** A script (run with tsx, given the data folder) that shapes the library before `serve` starts. */
  prepareData: string | undefined;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  library: ['shared', { scope: 'worker', option: true }],
  prepareData: [undefined, { scope: 'worker', option: true }],

  newsdesk: [
    async ({ library, prepareData }, use) => {
      if (!existsSync(join(repoRoot, 'dist/renderer/index.html'))) {
        throw new Error('dist/renderer/index.html is missing: run `npx vite build` before the end-to-end tests');
      }
      const dataDir = await mkdtemp(join(tmpdir(), `newsdesk-e2e-${library}-`));
      if (prepareData) {
        execFileSync(process.execPath, ['--import', 'tsx', prepareData, dataDir], {
          cwd: repoRoot,
          env: { ...process.env, NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD },
          stdio: 'inherit',
        });
      }
      const server = await startBrowserMode(dataDir);
      try {
        await use(server);
      } finally {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: START_TIMEOUT_MS + 30_000 },
  ],

  baseURL: async ({ newsdesk }, use) => use(newsdesk.origin),
  storageState: async ({ newsdesk }, use) => use(newsdesk.cookies),

  signIn: async ({ page }, use) => {
    await use((username, password = DEMO_PASSWORD) => signInOn(page, username, password));
  },

  vietnameseFirst: [
    async ({ newsdesk }, use) => {
      await setStoredLanguage(newsdesk, 'vi');
      await use();
    },
    { auto: true },
  ],

  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

/** `newsdesk serve` on a data folder, on a free port; its entry link opened once for the session cookie. */
export async function startBrowserMode(dataDir: string): Promise<NewsdeskServer & { stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['bin/newsdesk.mjs', '--data', dataDir, 'serve', '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const entryLink = await waitForEntryLink(child);
    const origin = new URL(entryLink).origin;
    const client = await request.newContext();
    const opened = await client.get(entryLink);
    expect(opened.ok(), `opening ${origin}/?token=… answered ${opened.status()}`).toBe(true);
    const cookies = await client.storageState();
    await client.dispose();
    return { origin, entryLink, dataDir, cookies, stop: () => stop(child) };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

/** Stores the interface language in the data folder through the bridge, as the page's language menu does. */
export async function setStoredLanguage(newsdesk: NewsdeskServer, language: 'vi' | 'en'): Promise<void> {
  const client = await request.newContext({ storageState: newsdesk.cookies });
  try {
    const answer = await client.post(`${newsdesk.origin}/api/preferences.setLanguage`, {
      data: { args: [language] },
      headers: { Origin: newsdesk.origin },
    });
    expect(answer.ok(), `preferences.setLanguage answered ${answer.status()}`).toBe(true);
  } finally {
    await client.dispose();
  }
}

export async function signInOn(page: Page, username: string, password: string): Promise<void> {
  await openSignedOut(page);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Mật khẩu').press('Enter');
}

export async function openSignedOut(page: Page): Promise<void> {
  await page.goto('/');
  const signOut = page.getByRole('button', { name: 'Đăng xuất', exact: true });
  const form = page.getByLabel('Tên đăng nhập');
  await expect(signOut.or(form)).toBeVisible();
  if (await signOut.isVisible()) {
    // The previous test's session is still loading its screen: let those requests finish rather than
    // have them answered 401 by the sign-out (the browser reports each as a console error).
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    await signOut.click();
  }
  await expect(form).toBeVisible();
}

function waitForEntryLink(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => fail(`no entry link within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`newsdesk serve: ${why}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    };
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const found = ENTRY_LINK.exec(stdout);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
