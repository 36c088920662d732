import type { CoreLanguage } from './coreMessages.ts';

/**
 * The command line's language: `--lang vi|en` when given, else the locale the environment names
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them), else Vietnamese.
 */
export function commandLineLanguage(given: string | undefined, env: Readonly<Record<string, string | undefined>>): CoreLanguage {
  if (given !== undefined) return given === 'en' ? 'en' : 'vi';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'vi';
}

export function isCommandLineLanguage(value: string): value is CoreLanguage {
  return value === 'vi' || value === 'en';
}
