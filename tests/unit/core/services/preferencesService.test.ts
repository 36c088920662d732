import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preferencesService } from '../../../../core/services/preferencesService.ts';
import { PreferencesStore } from '../../../../core/store/PreferencesStore.ts';

const folders: string[] = [];
function dataFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-preferences-'));
  folders.push(folder);
  return folder;
}
const open = async (folder: string) => preferencesService(await PreferencesStore.open(folder));

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('preferences', () => {
  it('starts in Vietnamese and keeps the chosen language for the next start', async () => {
    const folder = dataFolder();
    expect(await (await open(folder)).get()).toEqual({ language: 'vi' });
    expect(await (await open(folder)).setLanguage('en')).toEqual({ language: 'en' });
    expect(await (await open(folder)).get()).toEqual({ language: 'en' });
  });

  it('writes nothing when the language does not change', async () => {
    const folder = dataFolder();
    await (await open(folder)).setLanguage('vi');
    expect(existsSync(path.join(folder, 'preferences.json'))).toBe(false);
  });

  it('reads a damaged file as the defaults, and replaces it on the next change', async () => {
    const folder = dataFolder();
    writeFileSync(path.join(folder, 'preferences.json'), '{"language": "vi"');
    const preferences = await open(folder);
    expect(await preferences.get()).toEqual({ language: 'vi' });
    await preferences.setLanguage('en');
    expect(JSON.parse(readFileSync(path.join(folder, 'preferences.json'), 'utf8'))).toEqual({ language: 'en' });
  });
});
