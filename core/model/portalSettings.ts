import { z } from 'zod';
import type { CoreMessage } from '../i18n/coreMessages.ts';

export const PORTAL_AUTH_METHODS = ['basic', 'oauth2', 'cookie'] as const;
export const PORTAL_TEXT_FORMATS = ['basic_html', 'full_html'] as const;

const machineName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'a Drupal machine name: lower-case letters, digits and "_"');
const optionalMachineName = z.union([z.literal(''), machineName]);

/** How Newsdesk reaches the portal. Never holds a password: that lives in the secret store. */
export const PortalSettingsSchema = z.object({
  /** `https://…` (plain http only for localhost); '' while not configured. */
  baseUrl: z.string().max(2048),
  auth: z.enum(PORTAL_AUTH_METHODS),
  username: z.string().max(255),
  /** The simple_oauth consumer used by the password grant. */
  oauthClientId: z.string().max(255),
  textFormat: z.enum(PORTAL_TEXT_FORMATS),
  /** JSON:API resource type, `node--article`. */
  contentType: z.string().regex(/^[a-z][a-z0-9_]*--[a-z][a-z0-9_]*$/, 'a JSON:API resource type such as node--article'),
  bodyField: machineName,
  /** '' when the content type has no such field. */
  imageField: optionalMachineName,
  tagsField: optionalMachineName,
  /** The moderation state a submitted article waits in on the portal (`needs_review`, `review`, … per site). */
  reviewState: machineName.default('needs_review'),
  /** How many requests the sync keeps in flight at once (1 sends one article after another). */
  concurrency: z.number().int().min(1).max(16).default(4),
});
export type PortalSettings = z.infer<typeof PortalSettingsSchema>;

export const DEFAULT_PORTAL_SETTINGS: PortalSettings = {
  baseUrl: '',
  auth: 'basic',
  username: '',
  oauthClientId: 'newsdesk',
  textFormat: 'basic_html',
  contentType: 'node--article',
  bodyField: 'body',
  imageField: 'field_image',
  tagsField: 'field_tags',
  reviewState: 'needs_review',
  concurrency: 4,
};

/** What the settings screen saves: the settings, and a new password when one was typed. */
export const PortalSettingsInputSchema = PortalSettingsSchema.extend({ password: z.string().max(1024).optional() });
export type PortalSettingsInput = z.infer<typeof PortalSettingsInputSchema>;

export interface PortalSettingsView extends PortalSettings {
  /** Whether a password for this portal and user is kept (in the OS secret store or for this session). */
  hasPassword: boolean;
}

export interface ConnectionReport {
  ok: boolean;
  /** One line naming what works or exactly what is wrong, translated where it is shown. */
  message: CoreMessage;
  /** The portal refused the account's name or password (so a password just typed must not be kept). */
  signInRefused?: boolean;
}
