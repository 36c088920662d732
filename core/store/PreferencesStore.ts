import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences } from '../model/preferences.ts';
import { writeFileDurably } from './atomicWrite.ts';

const FILE_NAME = 'preferences.json';

/** `preferences.json` in the data folder; a missing or damaged file means the defaults. */
export class PreferencesStore {
  private constructor(
    private readonly path: string,
    private value: Preferences,
  ) {}

  static async open(dataDir: string): Promise<PreferencesStore> {
    const path = join(dataDir, FILE_NAME);
    let stored: unknown = null;
    try {
      stored = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      // Never written yet, or damaged: the defaults serve until the next change.
    }
    const parsed = PreferencesSchema.safeParse(stored);
    return new PreferencesStore(path, parsed.success ? parsed.data : DEFAULT_PREFERENCES);
  }

  get current(): Preferences {
    return this.value;
  }

  /** Writes only a real change: the page repeats its language on every start. */
  async update(change: Partial<Preferences>): Promise<Preferences> {
    const next = PreferencesSchema.parse({ ...this.value, ...change });
    if (next.language === this.value.language) return this.value;
    await writeFileDurably(this.path, `${JSON.stringify(next, null, 2)}\n`);
    this.value = next;
    return next;
  }
}
