import type { SpellChecker } from '../../../../core/vietnamese/spellChecker.ts';

/**
 * The Vietnamese spell checker with the newsroom's words. The dictionary (dictionary-vi, Hunspell's
 * Vietnamese word list) is bundled with the app and loaded in its own chunk, the first time only.
 */
export async function loadSpellChecker(newsroomWords: readonly string[]): Promise<SpellChecker> {
  const [{ SpellChecker }, aff, dic] = await Promise.all([
    import('../../../../core/vietnamese/spellChecker.ts'),
    import('../../../../node_modules/dictionary-vi/index.aff?raw').then((module) => module.default),
    import('../../../../node_modules/dictionary-vi/index.dic?raw').then((module) => module.default),
  ]);
  return new SpellChecker({ aff, dic }, newsroomWords);
}
