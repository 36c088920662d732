import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PORTAL_SETTINGS, PortalSettingsSchema, type PortalSettings } from '../model/portalSettings.ts';
import { writeFileDurably } from '../store/atomicWrite.ts';
import { mkdir } from 'node:fs/promises';

/** `portal/settings.json` in the data folder: the portal's address and names, never a password. */
export async function readPortalSettings(dataDir: string): Promise<PortalSettings> {
  try {
    const parsed = PortalSettingsSchema.safeParse({ ...DEFAULT_PORTAL_SETTINGS, ...JSON.parse(await readFile(settingsPath(dataDir), 'utf8')) });
    return parsed.success ? parsed.data : DEFAULT_PORTAL_SETTINGS;
  } catch {
    return DEFAULT_PORTAL_SETTINGS;
  }
}

export async function writePortalSettings(dataDir: string, settings: PortalSettings): Promise<void> {
  await mkdir(join(dataDir, 'portal'), { recursive: true, mode: 0o700 });
  await writeFileDurably(settingsPath(dataDir), `${JSON.stringify(PortalSettingsSchema.parse(settings), null, 2)}\n`);
}

function settingsPath(dataDir: string): string {
  return join(dataDir, 'portal', 'settings.json');
}
