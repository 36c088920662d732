import { join } from 'node:path';
import { CategoryListSchema, tidyCategories } from '../model/categories.ts';
import { DurableJsonFile } from './DurableJsonFile.ts';

export const CATEGORIES_FILE = 'categories.json';

/**
 * The newsroom's list of categories, in `categories.json`. A folder made before the list existed
 * starts from the categories its articles already carry; the file is written only when it changes.
 */
export class CategoriesStore {
  private constructor(
    private readonly file: DurableJsonFile<string[]>,
    private names: string[],
  ) {}

  static async open(dataDir: string, carried: () => readonly string[]): Promise<CategoriesStore> {
    const file = new DurableJsonFile<string[]>(join(dataDir, CATEGORIES_FILE));
    const read = CategoryListSchema.safeParse(await file.read().catch(() => null));
    const names = read.success ? tidyCategories(read.data) : tidyCategories([...carried()].sort((a, b) => a.localeCompare(b, 'vi')));
    return new CategoriesStore(file, names);
  }

  get list(): readonly string[] {
    return this.names;
  }

  /** Replaces the list (tidied); articles keep the category they carry whatever the list becomes. */
  async set(names: readonly string[]): Promise<readonly string[]> {
    const next = tidyCategories(names);
    await this.file.write(next);
    this.names = next;
    return next;
  }
}
