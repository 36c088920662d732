import { z } from 'zod';
import { TONE_STYLES, type ToneStyle } from '../vietnamese/toneStyle.ts';
import { BulletinSettingsSchema } from './bulletinSettings.ts';

export const NewsroomSettingsSchema = z.object({
  /** One-person offices may let an editor approve their own article. */
  allowSelfApproval: z.boolean(),
  /** A session with no activity for this long ends by itself. */
  sessionIdleMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** Where the tone goes in hoà/hòa, thuỷ/thủy: the house style the editor's command writes. */
  toneStyle: z.enum(TONE_STYLES as [ToneStyle, ...ToneStyle[]]),
  /** The bulletin's masthead and imprint. */
  bulletin: BulletinSettingsSchema.optional(),
});
export type NewsroomSettings = z.infer<typeof NewsroomSettingsSchema>;
