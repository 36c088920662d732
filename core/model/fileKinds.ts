/**
 * The kinds of file Newsdesk takes in and hands out, named once: the shell's dialogs and file
 * associations, the page's file picker, the command line and the services all read them here.
 */

/** An article with its photos and history, for hand-over without a network. */
export const PACKAGE_EXTENSION = '.newsdesk';

/** Files that become a new draft (one importer each, in core/import/importFile.ts). */
export const IMPORT_EXTENSIONS = ['.docx', '.json', '.txt'] as const;
export type ImportExtension = (typeof IMPORT_EXTENSIONS)[number];

/** Everything "Import" accepts. */
export const OPENABLE_EXTENSIONS: readonly string[] = [PACKAGE_EXTENSION, ...IMPORT_EXTENSIONS];

/** One file carried over IPC or the browser-mode bridge (as base64, a third larger). */
export const MAX_FILE_BYTES = 22 * 1024 * 1024;
export const MAX_FILE_MEGABYTES = MAX_FILE_BYTES / 1024 / 1024;
export const MAX_FILE_BASE64_CHARACTERS = Math.ceil(MAX_FILE_BYTES / 3) * 4;
