import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLog } from '../../../../core/log/openLog.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) (INFO |WARN |ERROR) (.+?)( \{.*\})?$/;

async function logLines(dataDir: string, name = 'newsdesk.log'): Promise<string[]> {
  return (await readFile(join(dataDir, 'logs', name), 'utf8')).split('\n').filter(Boolean);
}

describe('openLog', () => {
  const tempDir = useTempDirs();

  it('writes one line per event to <data folder>/logs/newsdesk.log: time, level, message, details as JSON', async () => {
    const dataDir = await tempDir();
    const log = openLog(dataDir, { clock: () => new Date('2026-03-02T08:15:00.123Z') });
    expect(log.path).toBe(join(dataDir, 'logs', 'newsdesk.log'));
    log.info('sign-in succeeded', { username: 'bichdiep' });
    log.warn('article file quarantined', { file: 'articles/x.json', reason: 'JSON hỏng\nở dòng 3' });
    log.error('sync failed');
    await log.close();

    const lines = await logLines(dataDir);
    expect(lines).toEqual([
      '2026-03-02T08:15:00.123Z INFO  sign-in succeeded {"username":"bichdiep"}',
      '2026-03-02T08:15:00.123Z WARN  article file quarantined {"file":"articles/x.json","reason":"JSON hỏng\\nở dòng 3"}',
      '2026-03-02T08:15:00.123Z ERROR sync failed',
    ]);
    for (const line of lines) expect(line).toMatch(LINE);
  });

  it('keeps each event on one line even when the message holds line breaks', async () => {
    const dataDir = await tempDir();
    const log = openLog(dataDir);
    log.info('first line\n2026-01-01T00:00:00.000Z ERROR forged line');
    await log.close();
    const lines = await logLines(dataDir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO {2}first line 2026-01-01T00:00:00.000Z ERROR forged line$/);
  });

  it('appends to the file of an earlier run', async () => {
    const dataDir = await tempDir();
    const first = openLog(dataDir);
    first.info('first run');
    await first.close();
    const second = openLog(dataDir);
    second.info('second run');
    await second.close();
    expect((await logLines(dataDir)).map((line) => line.slice(31))).toEqual(['first run', 'second run']);
  });

  it('creates nothing in the data folder until something is logged', async () => {
    const dataDir = await tempDir();
    const log = openLog(dataDir);
    await log.close();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('returns from logging before the line is on disk, and flush waits for it', async () => {
    const dataDir = await tempDir();
    const log = openLog(dataDir);
    for (let n = 0; n < 500; n++) log.info('saved article', { n });
    await expect(readdir(dataDir)).resolves.toEqual([]);
    await log.flush();
    expect(await logLines(dataDir)).toHaveLength(500);
    log.info('after flush');
    await log.close();
    expect(await logLines(dataDir)).toHaveLength(501);
    log.info('after close');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await logLines(dataDir)).toHaveLength(501);
  });

  it('rotates by size: newsdesk.log → newsdesk.1.log …, keeping only the newest three old files', async () => {
    const dataDir = await tempDir();
    const log = openLog(dataDir, { maxBytes: 1000, keep: 3 });
    // ~100 bytes a line, flushed one by one so that each file fills to just under 1000 bytes.
    for (let n = 1; n <= 60; n++) {
      log.info(`event ${String(n).padStart(2, '0')}`, { padding: 'x'.repeat(40) });
      await log.flush();
    }
    await log.close();

    const files = (await readdir(join(dataDir, 'logs'))).sort();
    expect(files).toEqual(['newsdesk.1.log', 'newsdesk.2.log', 'newsdesk.3.log', 'newsdesk.log']);
    const numbers = async (name: string) => (await logLines(dataDir, name)).map((line) => Number(/event (\d+)/.exec(line)![1]));
    for (const name of files) {
      const size = Buffer.byteLength(await readFile(join(dataDir, 'logs', name)));
      expect(size, name).toBeLessThanOrEqual(1000);
    }
    // The newest events are in newsdesk.log; each older file holds the events just before; nothing is lost in between.
    const current = await numbers('newsdesk.log');
    const one = await numbers('newsdesk.1.log');
    const two = await numbers('newsdesk.2.log');
    const three = await numbers('newsdesk.3.log');
    expect(current.at(-1)).toBe(60);
    expect([...three, ...two, ...one, ...current]).toEqual(
      Array.from({ length: three.length + two.length + one.length + current.length }, (_, i) => three[0]! + i),
    );
    // The oldest events were dropped with the fourth old file.
    expect(three[0]).toBeGreaterThan(1);
  });

  it('never writes secrets: passwords, tokens, cookies and authorization headers are scrubbed at any depth', async () => {
    const dataDir = await tempDir();
    const log = openLog(dataDir);
    log.warn('portal refused', {
      username: 'bientap',
      password: 'mat-khau-bi-mat-1',
      request: {
        headers: { Authorization: 'Basic YmllbnRhcDpzZWNyZXQ=', COOKIE: 'newsdesk_bridge=abc123token' },
        body: [{ refresh_token: 'refresh-xyz-789' }, { clientSecret: 'client-secret-456' }],
      },
      portalPassword: 'mat-khau-cong-2',
      url: 'https://bientap:mat-khau-url-3@portal.example.vn/jsonapi',
      error: Object.assign(new Error('401 for https://u:mat-khau-loi-4@portal.example.vn'), { code: 'E401' }),
    });
    await log.close();

    const text = await readFile(join(dataDir, 'logs', 'newsdesk.log'), 'utf8');
    for (const secret of [
      'mat-khau-bi-mat-1',
      'YmllbnRhcDpzZWNyZXQ',
      'abc123token',
      'refresh-xyz-789',
      'client-secret-456',
      'mat-khau-cong-2',
      'mat-khau-url-3',
      'mat-khau-loi-4',
    ]) {
      expect(text).not.toContain(secret);
    }
    const details = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
    expect(details).toEqual({
      username: 'bientap',
      password: '[scrubbed]',
      request: {
        headers: { Authorization: '[scrubbed]', COOKIE: '[scrubbed]' },
        body: [{ refresh_token: '[scrubbed]' }, { clientSecret: '[scrubbed]' }],
      },
      portalPassword: '[scrubbed]',
      url: 'https://bientap:[scrubbed]@portal.example.vn/jsonapi',
      error: { name: 'Error', message: '401 for https://u:[scrubbed]@portal.example.vn', code: 'E401' },
    });
  });

  it('survives details that refer to themselves', async () => {
    const dataDir = await tempDir();
    const log = openLog(dataDir);
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    log.info('odd details', { loop });
    await log.close();
    expect(await logLines(dataDir)).toEqual([
      expect.stringMatching(/INFO {2}odd details \{"loop":\{"name":"loop","self":"\[cycle\]"\}\}$/),
    ]);
  });

  it('a log that cannot be written never throws: it says so once on stderr and carries on there', async () => {
    const dataDir = await tempDir();
    // A file where the logs folder should be: cannot be written even by an administrator (unlike a read-only folder).
    await writeFile(join(dataDir, 'logs'), 'not a folder');
    const stderr: string[] = [];
    const log = openLog(dataDir, { stderr: (text) => stderr.push(text) });
    expect(() => log.info('first event', { password: 'khong-duoc-in' })).not.toThrow();
    await log.flush();
    log.warn('second event');
    log.error('third event');
    await expect(log.close()).resolves.toBeUndefined();

    const text = stderr.join('');
    expect(text.match(/không ghi được nhật ký/g)).toHaveLength(1);
    expect(text).toContain(join(dataDir, 'logs', 'newsdesk.log'));
    expect(text).toMatch(/INFO {2}first event \{"password":"\[scrubbed\]"\}/);
    expect(text).toMatch(/WARN {2}second event/);
    expect(text).toMatch(/ERROR third event/);
    expect(text).not.toContain('khong-duoc-in');
    expect(await readFile(join(dataDir, 'logs'), 'utf8')).toBe('not a folder');
  });
});
