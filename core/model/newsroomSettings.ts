import { z } from 'zod';

export const NewsroomSettingsSchema = z.object({
  /** One-person offices may let an editor approve their own article. */
  allowSelfApproval: z.boolean(),
  /** A session with no activity for this long ends by itself. */
  sessionIdleMinutes: z.number().int().min(1).max(24 * 60),
});
export type NewsroomSettings = z.infer<typeof NewsroomSettingsSchema>;
