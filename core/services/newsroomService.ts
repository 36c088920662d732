import type { NewsdeskApi } from '../api.ts';
import type { Stores } from '../stores.ts';
import type { Session } from './sessionService.ts';

export function newsroomService(stores: Stores, session: Session): NewsdeskApi['newsroom'] {
  return {
    async settings() {
      session.requireUser();
      return stores.newsroom.current;
    },
    async update(change) {
      session.requireRole('admin');
      return stores.newsroom.update(change);
    },
  };
}
