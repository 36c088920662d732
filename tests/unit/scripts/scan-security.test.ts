// The scanner gate that `npm test` runs (scripts/scan-security.mjs), run on small projects written
// here: it must fail on an insecure window and on a file it cannot read, and accept a finding only
// when it is justified in place. The GitHub release look-up is skipped (no network in tests).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const SCANNER = path.resolve('scripts/scan-security.mjs');
const folders: string[] = [];

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'newsdesk-scan-test-'));
  folders.push(root);
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'scan-fixture', devDependencies: { electron: '45.5.0' } }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

async function scan(root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCANNER, '--project', root, '--skip-release-check']);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

// What the scanner's project-wide checks want to see somewhere: navigation limited, permissions answered.
const GUARDS = [
  "import { app, session } from 'electron';",
  "app.on('web-contents-created', (_event, contents) => {",
  "  contents.on('will-navigate', (event) => event.preventDefault());",
  "  contents.setWindowOpenHandler(() => ({ action: 'deny' }));",
  '});',
  'session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));',
].join('\n');

const SAFE_HTML = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'"></head><body></body></html>`;

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('npm run scan', () => {
  it('fails on a window with Node in the page and on a file it cannot read', async () => {
    const root = project({
      'renderer/index.html': SAFE_HTML,
      'electron/main.ts': [
        "import { BrowserWindow } from 'electron';",
        'export const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
      ].join('\n'),
      'core/broken.ts': 'export const = ;',
    });
    const { code, output } = await scan(root);
    expect(code).toBe(1);
    expect(output).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(output).toContain('electron/main.ts');
    expect(output).toMatch(/could not read 1 file\(s\):\n\s+core\/broken\.ts/);
  }, 60_000);

  it('accepts a finding only with an eng-disable comment on its line', async () => {
    const openExternal = (justified: boolean) => ({
      'renderer/index.html': SAFE_HTML,
      'electron/guards.ts': GUARDS,
      'electron/links.ts': [
        "import { shell } from 'electron';",
        `export const open = (url: string) => shell.openExternal(url);${justified ? ' // eng-disable OPEN_EXTERNAL_JS_CHECK: callers pass checked addresses' : ''}`,
      ].join('\n'),
    });
    const unjustified = await scan(project(openExternal(false)));
    expect(unjustified.code).toBe(1);
    expect(unjustified.output).toContain('OPEN_EXTERNAL_JS_CHECK');

    const justified = await scan(project(openExternal(true)));
    expect(justified.output).toContain('No HIGH or MEDIUM findings.');
    expect(justified.code).toBe(0);
  }, 60_000);
});
