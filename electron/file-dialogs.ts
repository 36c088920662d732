/**
 * The shell's file work around the core: files the system hands over (double-click, second launch,
 * macOS open-file) wait for the app and a sign-in, then are imported and shown; the File menu's
 * import and export go through the system's open and save dialogs.
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { errorInLanguage } from '../core/errors.ts';
import { asSentence } from '../core/model/asSentence.ts';
import type { RecentArticle } from '../core/model/recentArticles.ts';
import type { Newsdesk } from '../core/newsdesk.ts';
import { fileNameFor } from '../core/services/printer.ts';
import { exportArticleTo } from './export-article.ts';
import type { MenuLanguage, MenuText } from './menu.ts';
import { importIntoLibrary, OPENABLE_EXTENSIONS, PACKAGE_EXTENSION, waitsForSignIn } from './open-files.ts';

export interface FileDialogContext {
  desk(): Newsdesk | null;
  window(): BrowserWindow | null;
  text(): MenuText;
  /** The language the page is in: what a refusal says is shown in it. */
  language(): MenuLanguage;
  /** Shows the article in the window, bringing it forward. */
  openArticle(id: string): void;
  bringForward(window: BrowserWindow): void;
}

export function fileDialogs(context: FileDialogContext) {
  const waiting: string[] = [];
  let opening = false;

  const showProblem = (message: string, error: unknown) => {
    const options: MessageBoxOptions = {
      type: 'warning',
      title: 'Newsdesk',
      message,
      detail: asSentence(errorInLanguage(error, context.language())),
    };
    const window = context.window();
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  };

  /** Brings the waiting files into the library one by one, each shown as it arrives. */
  async function openWaiting(): Promise<void> {
    const desk = context.desk();
    if (desk === null || opening) return;
    opening = true;
    try {
      while (waiting.length > 0) {
        const file = waiting[0]!;
        try {
          const id = await importIntoLibrary(desk.api, file);
          app.addRecentDocument(file);
          context.openArticle(id);
        } catch (error) {
          // Nobody signed in: the page shows the sign-in, and the file opens right after it.
          if (waitsForSignIn(error)) return;
          showProblem(`${context.text().openFailed}: ${path.basename(file)}`, error);
        }
        waiting.shift();
      }
    } finally {
      opening = false;
    }
  }

  function askToOpen(files: readonly string[]): void {
    if (files.length === 0) return;
    waiting.push(...files);
    const window = context.window();
    if (window !== null) context.bringForward(window);
    void openWaiting();
  }

  async function chooseFilesToImport(): Promise<void> {
    const text = context.text();
    const options: Electron.OpenDialogOptions = {
      title: text.importDialogTitle,
      filters: [{ name: text.importFilterName, extensions: OPENABLE_EXTENSIONS.map((extension) => extension.slice(1)) }],
      properties: ['openFile', 'multiSelections'],
    };
    const window = context.window();
    const chosen = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
    if (!chosen.canceled) askToOpen(chosen.filePaths);
  }

  async function exportArticle(article: RecentArticle): Promise<void> {
    const desk = context.desk();
    if (desk === null) return;
    const text = context.text();
    const options: Electron.SaveDialogOptions = {
      title: text.exportDialogTitle,
      defaultPath: path.join(app.getPath('documents'), fileNameFor(article.title, '.pdf')),
      filters: [
        { name: text.pdfFilterName, extensions: ['pdf'] },
        { name: text.packageFilterName, extensions: [PACKAGE_EXTENSION.slice(1)] },
      ],
    };
    const window = context.window();
    const chosen = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
    if (chosen.canceled || !chosen.filePath) return;
    try {
      await exportArticleTo(desk.api, article.id, chosen.filePath);
    } catch (error) {
      showProblem(text.exportFailed, error);
    }
  }

  return { askToOpen, openWaiting, chooseFilesToImport, exportArticle };
}
