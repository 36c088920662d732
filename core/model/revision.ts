import { z } from 'zod';

export const REVISION_REASONS = ['create', 'edit', 'transition', 'restore', 'import', 'migration'] as const;

/** One kept version of an article: who made it, when, and why. */
export const RevisionMetaSchema = z.object({
  number: z.number().int().positive(),
  /** When the first save folded into this revision happened. */
  startedAt: z.iso.datetime(),
  /** When the last save folded into this revision happened. */
  at: z.iso.datetime(),
  by: z.string(),
  reason: z.enum(REVISION_REASONS),
  note: z.string().optional(),
});
export type RevisionMeta = z.infer<typeof RevisionMetaSchema>;
export type RevisionReason = RevisionMeta['reason'];
