import { z } from 'zod';

/** The interface languages; Vietnamese first. */
export const InterfaceLanguageSchema = z.enum(['vi', 'en']);
export type InterfaceLanguage = z.infer<typeof InterfaceLanguageSchema>;

/** This desk's own preferences: what the desktop shell needs before any page has loaded. */
export const PreferencesSchema = z.object({ language: InterfaceLanguageSchema });
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { language: 'vi' };
