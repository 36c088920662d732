/**
 * Resolves on the event loop's next turn. Typesetting awaits it after each paragraph, each page
 * and each font it reads or subsets: PDFs are made in the process that answers the app's windows
 * (and the browser, under `serve`), which would otherwise wait for the whole of a long article or
 * bulletin.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
