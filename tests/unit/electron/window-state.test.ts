import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLACEMENT, MINIMUM_SIZE, placementFor, windowStateFile } from '../../../electron/window-state.ts';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitorOnTheRight = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('placementFor', () => {
  it('opens where the window was left', () => {
    expect(placementFor({ x: 1500, y: 80, width: 1200, height: 800, maximized: false }, [laptop, monitorOnTheRight])).toEqual({
      placement: { x: 1500, y: 80, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('opens at the default place when the saved one is on a monitor that is gone', () => {
    expect(placementFor({ x: 1500, y: 80, width: 1200, height: 800, maximized: true }, [laptop])).toEqual({
      placement: DEFAULT_PLACEMENT,
      maximized: true,
    });
  });

  it('needs enough of the title bar on a screen to grab it', () => {
    const barelyVisible = { x: laptop.width - 40, y: 100, width: 1000, height: 700, maximized: false };
    expect(placementFor(barelyVisible, [laptop]).placement).toEqual(DEFAULT_PLACEMENT);
    const titleBarAboveTheScreen = { x: 100, y: -200, width: 1000, height: 700, maximized: false };
    expect(placementFor(titleBarAboveTheScreen, [laptop]).placement).toEqual(DEFAULT_PLACEMENT);
  });

  it('keeps the size between the minimum and the screen it is on', () => {
    expect(placementFor({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop]).placement).toEqual({
      x: 10,
      y: 10,
      ...MINIMUM_SIZE,
    });
    expect(placementFor({ x: 10, y: 10, width: 4000, height: 3000, maximized: false }, [laptop]).placement).toEqual({
      x: 10,
      y: 10,
      width: 1366,
      height: 728,
    });
  });

  it('ignores a damaged or foreign state', () => {
    for (const saved of [null, 'x', { x: 'left' }, { x: 1, y: 2, width: -5, height: 10, maximized: false }]) {
      expect(placementFor(saved, [laptop])).toEqual({ placement: DEFAULT_PLACEMENT, maximized: false });
    }
  });
});

describe('windowStateFile', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('writes the state whole and reads it back; a damaged file reads as nothing', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-window-'));
    folders.push(folder);
    const file = windowStateFile(path.join(folder, 'Newsdesk'));
    expect(file.read()).toBeNull();
    file.write({ x: 5, y: 6, width: 900, height: 700, maximized: true });
    expect(file.read()).toEqual({ x: 5, y: 6, width: 900, height: 700, maximized: true });
    writeFileSync(path.join(folder, 'Newsdesk', 'window-state.json'), '{"x": 5, "y"');
    expect(file.read()).toBeNull();
    expect(readFileSync(path.join(folder, 'Newsdesk', 'window-state.json'), 'utf8')).toContain('"x": 5');
  });
});
