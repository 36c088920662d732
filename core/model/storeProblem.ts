/** A file of the library that could not be used; the rest of the library opens without it. */
export interface StoreProblem {
  file: string;
  message: string;
  /** The article concerned, when known, and its newest revision that can be restored. */
  articleId?: string;
  lastGoodRevision?: { number: number; title: string; at: string };
}
