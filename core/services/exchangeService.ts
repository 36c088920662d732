import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import { WorkflowError } from '../model/workflow.ts';
import { PACKAGE_EXTENSION } from '../model/fileKinds.ts';
import { buildPackage } from '../exchange/exportPackage.ts';
import { importPackage } from '../exchange/importPackage.ts';
import type { Stores } from '../stores.ts';
import { fileNameFor } from './printer.ts';
import type { Session } from './sessionService.ts';

/**
 * `.newsdesk` packages from the app: the hand-over on a USB stick between a reporter's laptop and
 * the newsroom. Bringing a package in is writing that article here, so the editing rules decide
 * who may, and the workflow rules how far a new article may go (see `admitPackagedArticle`).
 */
export function exchangeService(stores: Stores, session: Session): NewsdeskApi['exchange'] {
  return {
    async exportPackage(id) {
      session.requireUser();
      const article = await stores.articles.get(id);
      const bytes = await buildPackage(
        article,
        await stores.articles.listRevisions(id),
        (name) => stores.assets.read(name),
        stores.writingAids.dictionary,
      );
      return { fileName: fileNameFor(article.title, PACKAGE_EXTENSION), data: bytes.toString('base64') };
    },
    async importPackage(file) {
      const user = session.requireUser();
      try {
        return await importPackage(stores, Buffer.from(file.data, 'base64'), { user, by: user.username });
      } catch (error) {
        if (error instanceof WorkflowError) throw NewsdeskError.of(error.detail, 'forbidden');
        throw error;
      }
    },
  };
}
