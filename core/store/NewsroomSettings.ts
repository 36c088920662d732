import { join } from 'node:path';
import { Low } from 'lowdb';
import { NewsroomSettingsSchema, type NewsroomSettings } from '../model/newsroomSettings.ts';
import { DurableJsonFile } from './DurableJsonFile.ts';

const DEFAULTS: NewsroomSettings = { allowSelfApproval: false, sessionIdleMinutes: 30, toneStyle: 'modern' };

/** The newsroom's own rules, in `newsroom.json`. */
export class NewsroomSettingsStore {
  private constructor(private readonly db: Low<NewsroomSettings>) {}

  static async open(dataDir: string): Promise<NewsroomSettingsStore> {
    const db = new Low<NewsroomSettings>(new DurableJsonFile(join(dataDir, 'newsroom.json')), DEFAULTS);
    const parsed = NewsroomSettingsSchema.partial().safeParse(await db.adapter.read().catch(() => null));
    db.data = { ...DEFAULTS, ...(parsed.success ? parsed.data : {}) };
    return new NewsroomSettingsStore(db);
  }

  get current(): NewsroomSettings {
    return this.db.data;
  }

  async update(change: Partial<NewsroomSettings>): Promise<NewsroomSettings> {
    this.db.data = NewsroomSettingsSchema.parse({ ...this.db.data, ...change });
    await this.db.write();
    return this.db.data;
  }
}
