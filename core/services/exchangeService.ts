import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import { editRefusal } from '../model/editRules.ts';
import { buildPackage } from '../exchange/exportPackage.ts';
import { importPackage } from '../exchange/importPackage.ts';
import type { Stores } from '../newsdesk.ts';
import { fileNameFor } from './printer.ts';
import type { Session } from './sessionService.ts';

/**
 * `.newsdesk` packages from the app: the hand-over on a USB stick between a reporter's laptop and
 * the newsroom. Bringing a package in is writing that article here, so the editing rules decide
 * who may: a reporter their own drafts and returned articles, an editor anything not yet published.
 */
export function exchangeService(stores: Stores, session: Session): NewsdeskApi['exchange'] {
  return {
    async exportPackage(id) {
      session.requireUser();
      const article = await stores.articles.get(id);
      const bytes = await buildPackage(article, await stores.articles.listRevisions(id), (name) => stores.assets.read(name), stores.writingAids.dictionary);
      return { fileName: fileNameFor(article.title, '.newsdesk'), data: bytes.toString('base64') };
    },
    async importPackage(file) {
      const user = session.requireUser();
      return importPackage(stores, Buffer.from(file.data, 'base64'), user.username, (incoming, here) => {
        const refusal = editRefusal(user, incoming) ?? (here ? editRefusal(user, here) : null);
        if (refusal !== null) throw new NewsdeskError(refusal, 'forbidden');
      });
    },
  };
}
