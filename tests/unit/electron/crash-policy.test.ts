import { describe, expect, it } from 'vitest';
import { isCrash, mainErrorReporter, pageReloadGuard } from '../../../electron/crash-policy.ts';

describe('mainErrorReporter', () => {
  function reporter() {
    const logged: Record<string, unknown>[] = [];
    const shown: string[] = [];
    const report = mainErrorReporter({ log: (message, details) => logged.push({ message, ...details }), show: (text) => shown.push(text) });
    return { report, logged, shown };
  }

  it('logs every error with its stack and shows each distinct one once', () => {
    const { report, logged, shown } = reporter();
    const fault = () => new Error('ENOSPC: no space left on device, write');
    for (let i = 0; i < 50; i += 1) report(fault(), 'uncaught exception');
    report(new Error('portal answered 500'), 'unhandled rejection');

    expect(logged).toHaveLength(51);
    expect(logged[0]).toMatchObject({ message: 'main process uncaught exception', error: 'ENOSPC: no space left on device, write' });
    expect(String(logged[0]!.stack)).toContain('crash-policy.test.ts');
    expect(shown).toEqual(['ENOSPC: no space left on device, write', 'portal answered 500']);
  });

  it('describes a rejection that is not an Error by its first line', () => {
    const { report, shown } = reporter();
    report('timeout\nwhile saving', 'unhandled rejection');
    report(undefined, 'unhandled rejection');
    expect(shown).toEqual(['timeout', 'undefined']);
  });
});

describe('pageReloadGuard', () => {
  it('reloads a crashed page three times a minute, then stops the loop, and allows again later', () => {
    let time = 0;
    const mayReload = pageReloadGuard({ maxReloads: 3, withinMs: 60_000 }, () => time);
    expect([mayReload(), mayReload(), mayReload()]).toEqual([true, true, true]);
    time = 30_000;
    expect(mayReload()).toBe(false);
    time = 60_001;
    expect(mayReload()).toBe(true);
  });

  it('treats the page closing normally as no crash', () => {
    expect(isCrash('clean-exit')).toBe(false);
    expect(isCrash('crashed')).toBe(true);
    expect(isCrash('oom')).toBe(true);
    expect(isCrash('killed')).toBe(true);
  });
});
