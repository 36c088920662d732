import type { NewsdeskApi } from '../api.ts';
import type { BackupInfo } from '../model/backup.ts';
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
    async restore(name) {
      session.requireUser();
      return restoreBackup(name);
    },
  };
}
