import { z } from 'zod';
import { BulletinSettingsSchema } from './bulletinSettings.ts';

export const NewsroomSettingsSchema = z.object({
  /** One-person offices may let an editor approve their own article. */
  allowSelfApproval: z.boolean(),
  /** A session with no activity for this long ends by itself. */
  sessionIdleMinutes: z.number().int().min(1).max(24 * 60),
  /** The bulletin's masthead and imprint. */
  bulletin: BulletinSettingsSchema.optional(),
});
export type NewsroomSettings = z.infer<typeof NewsroomSettingsSchema>;
