/**
 * Where the main window opens: where the user left it, as long as that place is still on one of the
 * screens (a laptop unplugged from its second monitor must not open Newsdesk off-screen).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const DEFAULT_PLACEMENT: WindowPlacement = { width: 1280, height: 860 };
export const MINIMUM_SIZE = { width: 800, height: 560 } as const;

export interface ScreenArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SavedStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof SavedStateSchema>;

/** How much of the title bar must be on a screen for the user to grab it and move the window. */
const GRABBABLE = { width: 120, height: 32 } as const;

function overlap(a: ScreenArea, b: ScreenArea): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The placement to open with, from what was saved (anything, possibly damaged) and today's screens. */
export function placementFor(saved: unknown, screens: readonly ScreenArea[]): { placement: WindowPlacement; maximized: boolean } {
  const parsed = SavedStateSchema.safeParse(saved);
  if (!parsed.success) return { placement: DEFAULT_PLACEMENT, maximized: false };
  const { x, y, maximized } = parsed.data;
  const titleBar = { x, y, width: parsed.data.width, height: GRABBABLE.height };
  const home = screens.find((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= GRABBABLE.width && shared.height >= GRABBABLE.height;
  });
  // Off every screen: open at the default size, centred by the system, keeping "maximised".
  if (!home) return { placement: DEFAULT_PLACEMENT, maximized };
  const width = Math.min(Math.max(parsed.data.width, MINIMUM_SIZE.width), home.width);
  const height = Math.min(Math.max(parsed.data.height, MINIMUM_SIZE.height), home.height);
  return { placement: { x, y, width, height }, maximized };
}

/** The window-state file in Electron's user-data folder: read at start, written as the window moves. */
export function windowStateFile(folder: string) {
  const file = path.join(folder, 'window-state.json');
  return {
    read(): unknown {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        return null;
      }
    },
    /** Synchronous on purpose: it runs as the window closes, when the app may quit right after. */
    write(state: SavedWindowState): void {
      mkdirSync(folder, { recursive: true });
      const temporary = `${file}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(SavedStateSchema.parse(state))}\n`);
      renameSync(temporary, file);
    },
  };
}
