import type { NewsdeskApi } from '../api.ts';
import type { Stores } from '../newsdesk.ts';
import { NewsroomWordSchema } from '../vietnamese/glossary.ts';
import type { Session } from './sessionService.ts';

/** The newsroom's writing aids: its spell-check words and its glossary of abbreviations. */
export function writingService(stores: Stores, session: Session): NewsdeskApi['writing'] {
  return {
    async dictionary() {
      session.requireUser();
      return [...stores.writingAids.dictionary];
    },
    async addWord(word) {
      session.requireUser();
      return [...(await stores.writingAids.addWords([NewsroomWordSchema.parse(word)]))];
    },
    async glossary() {
      session.requireUser();
      return [...stores.writingAids.glossary];
    },
    async setGlossary(entries) {
      session.requireRole('editor', 'admin');
      return [...(await stores.writingAids.setGlossary(entries))];
    },
  };
}
