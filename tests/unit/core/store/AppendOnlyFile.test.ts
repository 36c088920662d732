import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendOnlyFile } from '../../../../core/store/AppendOnlyFile.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('AppendOnlyFile', () => {
  const tempDir = useTempDirs();

  it('keeps every line asked for side by side in the order asked, and runs work once the lines asked before it are on disk', async () => {
    const path = join(await tempDir(), 'queue.log');
    const file = new AppendOnlyFile(path);
    const lines = Array.from({ length: 40 }, (_, n) => `dòng ${n}\n`);
    const seenByWork: string[] = [];
    await Promise.all([
      ...lines.slice(0, 20).map((line) => file.append(line)),
      file.inTurn(async () => void seenByWork.push(await readFile(path, 'utf8'))),
      ...lines.slice(20).map((line) => file.append(line)),
    ]);
    expect(await readFile(path, 'utf8')).toBe(lines.join(''));
    expect(seenByWork).toHaveLength(1);
    expect(seenByWork[0]!.startsWith(lines.slice(0, 20).join(''))).toBe(true);
  });

  it('starts the next line on a line of its own after a line torn by a power cut', async () => {
    const path = join(await tempDir(), 'index.log');
    await writeFile(path, '{"put":1}\n{"pu');
    const file = new AppendOnlyFile(path, true);
    await file.append('{"put":2}\n');
    await file.appendUnsynced('{"folder":3}\n');
    expect((await readFile(path, 'utf8')).split('\n')).toEqual(['{"put":1}', '{"pu', '{"put":2}', '{"folder":3}', '']);
  });
});
