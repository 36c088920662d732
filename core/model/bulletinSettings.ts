import { z } from 'zod';

const line = (max = 200) => z.string().trim().max(max).default('');

/**
 * What a licensed bulletin prints about itself: the masthead (issuing body, logo) and the imprint
 * on its last page (who answers for it, its licence, print run, size, printer and address).
 */
export const BulletinSettingsSchema = z.object({
  issuingBody: line(),
  /** A photo in the library (its asset name), printed at the left of the masthead. */
  logoAsset: z
    .string()
    .regex(/^[0-9a-f]{64}\.(jpg|png)$/)
    .nullable()
    .default(null),
  responsible: line(),
  editorialBoard: line(400),
  licence: line(),
  licenceAuthority: line(),
  printRun: line(40),
  size: line(40),
  printer: line(),
  address: line(300),
});
export type BulletinSettings = z.infer<typeof BulletinSettingsSchema>;

export const EMPTY_BULLETIN_SETTINGS: BulletinSettings = BulletinSettingsSchema.parse({});
