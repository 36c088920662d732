import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PORTAL_SETTINGS, PortalSettingsSchema, type PortalSettings } from '../model/portalSettings.ts';
import { writeFileDurably } from '../store/atomicWrite.ts';
import { mkdir } from 'node:fs/promises';

/** `portal/settings.json` in the data folder: the portal's address and names, never a password. */
export async function readPortalSettings(dataDir: string): Promise<PortalSettings> {
  try {
    const parsed = PortalSettingsSchema.safeParse({
      ...DEFAULT_PORTAL_SETTINGS,
      ...JSON.parse(await readFile(settingsPath(dataDir), 'utf8')),
    });
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

/** The portal account of one Newsdesk user (`portal/accounts/<user>.json`); '' when they have none yet. */
export async function readPortalAccount(dataDir: string, newsdeskUser: string): Promise<string> {
  try {
    const saved = JSON.parse(await readFile(accountPath(dataDir, newsdeskUser), 'utf8')) as { username?: unknown };
    return typeof saved.username === 'string' ? saved.username : '';
  } catch {
    return '';
  }
}

export async function writePortalAccount(dataDir: string, newsdeskUser: string, username: string): Promise<void> {
  await mkdir(join(dataDir, 'portal', 'accounts'), { recursive: true, mode: 0o700 });
  await writeFileDurably(accountPath(dataDir, newsdeskUser), `${JSON.stringify({ username }, null, 2)}\n`);
}

function accountPath(dataDir: string, newsdeskUser: string): string {
  if (!/^[a-z0-9][a-z0-9._-]{1,31}$/.test(newsdeskUser)) throw new Error(`not a user name: ${newsdeskUser}`);
  return join(dataDir, 'portal', 'accounts', `${newsdeskUser}.json`);
}
