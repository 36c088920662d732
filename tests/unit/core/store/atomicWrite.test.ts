import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../../core/store/atomicWrite.ts';
import { useChildScript } from '../../../helpers/childScript.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const writer = useChildScript(fileURLToPath(new URL('../../../helpers/writeForever.ts', import.meta.url)));

function killMidWrite(target: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer(), target], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs));
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

describe('writeFileDurably', () => {
  const tempDir = useTempDirs();

  it('replaces the content and leaves no temporary file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFile(target, 'old');
    await writeFileDurably(target, 'mới');
    expect(await readFile(target, 'utf8')).toBe('mới');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('leaves the previous or the new file, never a broken one, when the process is killed mid-save', async () => {
    const dir = await tempDir();
    const target = join(dir, 'article.json');
    const padding = 'Nông thôn mới '.repeat(300_000);
    for (const afterMs of [3, 17, 41, 97, 150]) {
      await killMidWrite(target, afterMs);
      const saved = JSON.parse(await readFile(target, 'utf8')) as { generation: number; padding: string };
      expect(saved.generation).toBeGreaterThanOrEqual(1);
      expect(saved.padding).toBe(padding);
    }
  });
});
