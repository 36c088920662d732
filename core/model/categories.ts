import { z } from 'zod';
import type { Role } from './account.ts';

/** Who may add, rename and remove the newsroom's categories; everyone else picks from the list. */
export const CATEGORY_EDITORS: readonly Role[] = ['admin'];

export const MAX_CATEGORY_LENGTH = 80;

/** One category as the page and the portal show it ("Văn hoá – Xã hội"). */
export const CategoryNameSchema = z.string().max(MAX_CATEGORY_LENGTH, 'error.input.categoryTooLong');
export const CategoryListSchema = z.array(CategoryNameSchema).max(500, 'error.input.tooManyCategories');

/**
 * The list as it is kept: each name in NFC with its spaces tidied, empty lines dropped, and a name
 * given twice (letter case aside) kept once, where it first stands. The order is the newsroom's own.
 */
export function tidyCategories(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of names) {
    const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = name.toLocaleLowerCase('vi');
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
  }
  return kept;
}

/**
 * What the article's category field offers: the newsroom's list, and the article's own category
 * when the list no longer holds it (renamed or removed since), so that it is shown and kept.
 */
export function categoryChoices(list: readonly string[], current: string): { names: string[]; unlisted: string | null } {
  // Exactly as carried: the field must be able to show and keep the article's own value.
  const unlisted = current.trim() !== '' && !list.includes(current) ? current : null;
  return { names: [...list], unlisted };
}
