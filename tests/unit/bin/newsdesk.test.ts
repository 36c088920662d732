import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/tempDir.ts';

const bin = fileURLToPath(new URL('../../../bin/newsdesk.mjs', import.meta.url));

describe('bin/newsdesk.mjs', () => {
  const tempDir = useTempDirs();

  it('runs the bundle built before the tests; tsx is only a development tool', async () => {
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Cách dùng: newsdesk/);
    const packageJson = JSON.parse(await readFile(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect(packageJson.dependencies).not.toHaveProperty('tsx');
    expect(packageJson.devDependencies).toHaveProperty('tsx');
  });

  it('says in one line that the command line is not built yet, where there is no bundle', async () => {
    const checkout = await tempDir();
    await mkdir(join(checkout, 'bin'));
    await copyFile(bin, join(checkout, 'bin', 'newsdesk.mjs'));
    const result = spawnSync(process.execPath, [join(checkout, 'bin', 'newsdesk.mjs'), 'list'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('run "npm run build" first')]);
  });
});
