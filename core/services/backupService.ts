import type { NewsdeskApi } from '../api.ts';
import { BACKUP_RESTORE_ROLES, type BackupInfo } from '../model/backup.ts';
import type { Backups } from '../store/Backups.ts';
import type { Session } from './sessionService.ts';

export function backupService(
  backups: Backups,
  session: Session,
  restoreBackup: (name: string) => Promise<BackupInfo>,
): NewsdeskApi['backup'] {
  return {
    async list() {
      session.requireUser();
      return backups.list();
    },
    async create() {
      session.requireUser();
      return backups.create('manual');
    },
    /** Replaces everyone's work, so editors and administrators only; the backup kept before keeps what it replaced. */
    async restore(name) {
      session.requireRole(...BACKUP_RESTORE_ROLES);
      return restoreBackup(name);
    },
  };
}
