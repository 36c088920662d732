import { ZipFile } from 'yazl';
import { describe, expect, it } from 'vitest';
import { checkZip, readZip, ZipRefusal, type ZipLimits, type ZipProblem } from '../../../../core/zip/boundedZip.ts';
import { declareSize, zipOfFolders } from '../../../helpers/hostileFiles.ts';

async function zip(entries: Array<[string, Buffer]>): Promise<Buffer> {
  const file = new ZipFile();
  for (const [name, data] of entries) file.addBuffer(data, name);
  file.end();
  const chunks: Buffer[] = [];
  for await (const chunk of file.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Small limits, so that every refusal is reached with a few kilobytes. */
const LIMITS: ZipLimits = { entries: 5, entryBytes: (name) => (name.endsWith('.txt') ? 1000 : 4000), totalBytes: 5000 };

async function problemOf(bytes: Buffer, limits: ZipLimits = LIMITS): Promise<ZipProblem | null> {
  try {
    await readZip(bytes, limits);
    return null;
  } catch (error) {
    if (error instanceof ZipRefusal) return error.problem;
    throw error;
  }
}

describe('the bounded zip reader', () => {
  it('gives every file by name, folders left out, and checks a zip keeping nothing', async () => {
    const bytes = await zip([
      ['a.txt', Buffer.from('một')],
      ['b/c.bin', Buffer.alloc(3000, 1)],
    ]);
    const files = await readZip(bytes, LIMITS);
    expect([...files.keys()]).toEqual(['a.txt', 'b/c.bin']);
    expect(files.get('a.txt')!.toString()).toBe('một');
    await expect(checkZip(bytes, LIMITS)).resolves.toBeUndefined();
  });

  it('refuses by the directory, the names and the declared sizes before inflating', async () => {
    expect(await problemOf(Buffer.from('%PDF-1.7'))).toEqual({ kind: 'notZip' });
    expect(await problemOf(zipOfFolders(['a/', 'b/', 'c/', 'd/', 'e/', 'f/']))).toEqual({ kind: 'tooManyEntries', count: 6 });
    const twice = await zip([
      ['a.txt', Buffer.from('1')],
      ['a.txt', Buffer.from('2')],
    ]);
    expect(await problemOf(twice)).toEqual({ kind: 'duplicate', name: 'a.txt' });
    expect(await problemOf(await zip([['run.sh', Buffer.from('x')]]), { ...LIMITS, allowsName: (name) => name.endsWith('.txt') })).toEqual({
      kind: 'nameNotAllowed',
      name: 'run.sh',
    });
    const climbing = Buffer.from(
      (await zip([['xx/a.txt', Buffer.from('x')]])).toString('latin1').replaceAll('xx/a.txt', '../a.txt'),
      'latin1',
    );
    expect(await problemOf(climbing)).toEqual({ kind: 'unsafeName', detail: 'invalid relative path: ../a.txt' });
    expect(await problemOf(await zip([['a.txt', Buffer.alloc(1001, 32)]]))).toEqual({ kind: 'declaredTooLarge', name: 'a.txt' });
    const squeezed = await zip([['a.bin', Buffer.alloc(2 * 1024 * 1024, 0)]]);
    expect(
      await problemOf(squeezed, { ...LIMITS, entryBytes: () => 4 * 1024 * 1024, totalBytes: 4 * 1024 * 1024, compressionRatio: 200 }),
    ).toEqual({
      kind: 'compressedTooWell',
      name: 'a.bin',
    });
  });

  it('counts while inflating: past the declared size, past the limit for all, or short of what was declared', async () => {
    const lying = declareSize(await zip([['a.bin', Buffer.alloc(3000, 32)]]), 'a.bin', 10);
    expect(await problemOf(lying)).toEqual({ kind: 'inflatesPastDeclared', name: 'a.bin' });
    const lyingPastLimit = declareSize(await zip([['a.txt', Buffer.alloc(200_000, 32)]]), 'a.txt', 900);
    expect(await problemOf(lyingPastLimit)).toEqual({ kind: 'inflatesTooLarge', name: 'a.txt' });
    const tooMuch = await zip([
      ['a.bin', Buffer.alloc(3000, 1)],
      ['b.bin', Buffer.alloc(3000, 2)],
    ]);
    expect(await problemOf(tooMuch)).toEqual({ kind: 'totalTooLarge', name: 'b.bin' });
    const short = declareSize(await zip([['a.bin', Buffer.alloc(100, 1)]]), 'a.bin', 200);
    expect(await problemOf(short)).toEqual({ kind: 'damaged' });
  });
});
