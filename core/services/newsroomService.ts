import type { NewsdeskApi } from '../api.ts';
import { CATEGORY_EDITORS } from '../model/categories.ts';
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
    async categories() {
      session.requireUser();
      return [...stores.categories.list];
    },
    async setCategories(names) {
      session.requireRole(...CATEGORY_EDITORS);
      return [...(await stores.categories.set(names))];
    },
  };
}
