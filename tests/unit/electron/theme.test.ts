// The window colour is painted by Electron before the page; it must be the page's own background
// in each OS theme, read here from the stylesheet the page uses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WINDOW_BACKGROUND, windowBackgroundColor } from '../../../electron/theme.ts';

const css = readFileSync(fileURLToPath(new URL('../../../renderer/app/theme.css', import.meta.url)), 'utf8');

function pageBackground(scheme: 'light' | 'dark'): string | undefined {
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  expect(darkStart, 'theme.css has a dark scheme').toBeGreaterThan(0);
  const block = scheme === 'light' ? css.slice(0, darkStart) : css.slice(darkStart);
  return /--bg:\s*(#[0-9a-f]{6})\s*;/i.exec(block)?.[1]?.toLowerCase();
}

describe('window background before the page paints', () => {
  it('is the page background of the light theme', () => {
    expect(windowBackgroundColor(false)).toBe(pageBackground('light'));
  });

  it('is the page background of the dark theme on a dark desktop', () => {
    expect(windowBackgroundColor(true)).toBe(pageBackground('dark'));
    expect(WINDOW_BACKGROUND.dark).not.toBe(WINDOW_BACKGROUND.light);
  });
});
