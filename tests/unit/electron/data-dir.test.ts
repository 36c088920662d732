import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../electron/data-dir.ts';

describe('resolveDataDir', () => {
  const fallback = '/home/bichdiep/.config/Newsdesk';

  it('takes --data first', () => {
    expect(resolveDataDir(['electron', '.', '--data', '/srv/toasoan'], { NEWSDESK_DATA: '/env' }, fallback)).toBe('/srv/toasoan');
    expect(resolveDataDir(['newsdesk', '--data=/srv/toasoan'], { NEWSDESK_DATA: '/env' }, fallback)).toBe('/srv/toasoan');
  });

  it('then $NEWSDESK_DATA', () => {
    expect(resolveDataDir(['electron', '.'], { NEWSDESK_DATA: '/env' }, fallback)).toBe('/env');
  });

  it('else the application-data folder', () => {
    expect(resolveDataDir(['electron', '.'], {}, fallback)).toBe(fallback);
    expect(resolveDataDir(['electron', '.', '--data'], { NEWSDESK_DATA: '' }, fallback)).toBe(fallback);
  });
});
