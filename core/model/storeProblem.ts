import type { CoreMessage } from '../i18n/coreMessages.ts';

/** A file of the library that could not be used; the rest of the library opens without it. */
export interface StoreProblem {
  file: string;
  /** What is wrong with it, shown in the reader's language. */
  message: CoreMessage;
  /** The article concerned, when known, and its newest revision that can be restored. */
  articleId?: string;
  lastGoodRevision?: { number: number; title: string; at: string };
}
