import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import type { Stores } from '../stores.ts';
import type { Session } from './sessionService.ts';
import { msg } from '../i18n/coreMessages.ts';

/** Account management, for administrators only; everyone signed in may read who is who. */
export function accountsService(stores: Stores, session: Session): NewsdeskApi['accounts'] {
  return {
    async list() {
      session.requireRole('admin');
      return stores.accounts.overview();
    },
    async people() {
      session.requireUser();
      return stores.accounts.list().map(({ username, displayName }) => ({ username, displayName }));
    },
    async create(account) {
      session.requireRole('admin');
      return stores.accounts.create(account);
    },
    async update(username, change) {
      const admin = session.requireRole('admin');
      if (username === admin.username && (change.disabled || (change.role && change.role !== 'admin'))) {
        throw NewsdeskError.of(msg('error.account.selfLockout'), 'forbidden');
      }
      return stores.accounts.update(username, change);
    },
  };
}
