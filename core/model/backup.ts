import { z } from 'zod';
import type { Role } from './account.ts';

export const BACKUP_KINDS = ['daily', 'manual', 'before-restore', 'before-migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BackupInfoSchema = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.iso.datetime(),
  articleCount: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** Restoring a backup replaces everyone's work: editors and administrators only. */
export const BACKUP_RESTORE_ROLES: readonly Role[] = ['editor', 'admin'];
