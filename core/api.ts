/**
 * The one service contract between the UI and the core. Each method is declared once, with a zod
 * schema for its arguments (checked on every call that crosses a process or HTTP boundary) and its
 * result type. The preload, the IPC registration, the browser-mode bridge and its client, and the
 * type of `window.newsdesk` are all derived from `apiContract` — never written out again.
 */
import { z } from 'zod';
import {
  ArticleContentSchema,
  ArticleIdSchema,
  ArticleStateSchema,
  type Article,
  type ArticleState,
  type ArticleSummary,
} from './model/article.ts';
import { RoleSchema, UserSchema, UsernameSchema, type AccountOverview, type User } from './model/account.ts';
import { CommentSchema } from './model/comment.ts';
import { ContentChangesSchema, type SavedVersion } from './model/contentChanges.ts';
import type { EditLock } from './model/editLock.ts';
import { NewsroomSettingsSchema, type NewsroomSettings } from './model/newsroomSettings.ts';
import { CategoryListSchema } from './model/categories.ts';
import type { ChecklistItem } from './model/submitChecklist.ts';
import { WorkflowActionSchema, type WorkflowAction } from './model/workflow.ts';
import type { ArticleDiff } from './model/articleDiff.ts';
import type { BackupInfo } from './model/backup.ts';
import type { RecoveredDraft } from './model/recovery.ts';
import type { RevisionMeta } from './model/revision.ts';
import type { StoreProblem } from './model/storeProblem.ts';
import type { ImportedPackage, PackageFile } from './model/exchange.ts';
import { InterfaceLanguageSchema, type Preferences } from './model/preferences.ts';
import type { RecentArticle } from './model/recentArticles.ts';
import type { DiagnosticsReport } from './model/diagnostics.ts';
import { depthRefusal } from './model/inputLimits.ts';
import { inputProblem } from './model/inputProblem.ts';
import { MAX_FILE_BASE64_CHARACTERS } from './model/fileKinds.ts';
import { NewsdeskError } from './errors.ts';
import { msg } from './i18n/coreMessages.ts';
import { GlossarySchema, NewsroomWordSchema, type GlossaryEntry } from './vietnamese/glossary.ts';

const RevisionNumberSchema = z.number().int().positive();
import { ArticlePrintOptionsSchema, BulletinOptionsSchema, type PrintedFile, type PrintWarning, type WordFile } from './model/print.ts';

/** A file the user picked, its bytes in base64 (the JSON that IPC and the bridge carry has no bytes). */
export const FileUploadSchema = z.object({
  fileName: z.string().min(1).max(255),
  data: z.base64().max(MAX_FILE_BASE64_CHARACTERS, 'error.input.fileTooLarge'),
});
export type FileUpload = z.infer<typeof FileUploadSchema>;

export interface StoredPhoto {
  asset: string;
  width: number;
  height: number;
}
import { PortalSettingsInputSchema, type ConnectionReport, type PortalSettingsView } from './model/portalSettings.ts';
import type { SyncOverview, SyncPreview } from './model/sync.ts';

/** The most summaries one `library.page` call returns. */
export const MAX_PAGE = 500;

export interface ArticlePage {
  total: number;
  articles: ArticleSummary[];
}

interface MethodSpec<Args extends z.ZodTuple, Result> {
  args: Args;
  /** Phantom field: carries the result type, never set. */
  result?: Result;
}

function method<Result>() {
  return <Args extends z.ZodTuple>(args: Args): MethodSpec<Args, Result> => ({ args });
}

export const apiContract = {
  session: {
    signIn: method<User>()(z.tuple([z.object({ username: UsernameSchema, password: z.string().min(1).max(1024) })])),
    signOut: method<void>()(z.tuple([])),
    current: method<User | null>()(z.tuple([])),
  },
  library: {
    list: method<ArticleSummary[]>()(z.tuple([z.object({ state: ArticleStateSchema.optional() })])),
    /** A slice of the list, newest first, and how many there are in all: the library screen asks for what is on screen. */
    page: method<ArticlePage>()(
      z.tuple([
        z.object({
          state: ArticleStateSchema.optional(),
          offset: z.number().int().nonnegative(),
          limit: z.number().int().positive().max(MAX_PAGE),
        }),
      ]),
    ),
    get: method<Article>()(z.tuple([ArticleIdSchema])),
    search: method<ArticleSummary[]>()(z.tuple([z.string().max(500)])),
    /** Files that could not be opened, each with the revision that can be brought back. */
    problems: method<StoreProblem[]>()(z.tuple([])),
    recover: method<Article>()(z.tuple([ArticleIdSchema])),
  },
  exchange: {
    /** The article with its photos and history as one `.newsdesk` file, for hand-over without a network. */
    exportPackage: method<PackageFile>()(z.tuple([ArticleIdSchema])),
    /** Brings a `.newsdesk` package in: once however often, a changed copy as a new revision. */
    importPackage: method<ImportedPackage>()(z.tuple([FileUploadSchema])),
  },
  preferences: {
    get: method<Preferences>()(z.tuple([])),
    /** The interface language the person chose; the desktop shell labels its menus and dialogs with it. */
    setLanguage: method<Preferences>()(z.tuple([InterfaceLanguageSchema])),
  },
  recent: {
    /** Notes that the signed-in user opened the article (the desktop lists it in its menus); returns their list. */
    opened: method<RecentArticle[]>()(z.tuple([ArticleIdSchema])),
    /** The signed-in user's recently opened articles, newest first, without those no longer in the library. */
    list: method<RecentArticle[]>()(z.tuple([])),
  },
  history: {
    list: method<RevisionMeta[]>()(z.tuple([ArticleIdSchema])),
    compare: method<ArticleDiff>()(z.tuple([ArticleIdSchema, RevisionNumberSchema, RevisionNumberSchema])),
    restore: method<Article>()(z.tuple([ArticleIdSchema, RevisionNumberSchema])),
  },
  workflow: {
    transition: method<Article>()(z.tuple([ArticleIdSchema, WorkflowActionSchema, z.string().max(2000).optional()])),
    /** What the signed-in user may do to the article now, and its submit checklist. */
    options: method<{ actions: WorkflowAction[]; checklist: ChecklistItem[] }>()(z.tuple([ArticleIdSchema])),
    /** Submitted articles, oldest first (editors). */
    queue: method<ArticleSummary[]>()(z.tuple([])),
    counts: method<Record<ArticleState, number>>()(z.tuple([])),
    comment: method<Article>()(z.tuple([ArticleIdSchema, CommentSchema.pick({ text: true, parentId: true, anchor: true })])),
    /** Marks a comment as dealt with (the article's writer or an editor). */
    resolveComment: method<Article>()(z.tuple([ArticleIdSchema, CommentSchema.shape.id])),
  },
  accounts: {
    list: method<AccountOverview[]>()(z.tuple([])),
    /** Every account's login and display name, so that steps, revisions and comments show people's names. */
    people: method<Array<Pick<User, 'username' | 'displayName'>>>()(z.tuple([])),
    create: method<User>()(z.tuple([UserSchema.extend({ password: z.string().min(8, 'error.input.passwordTooShort').max(1024) })])),
    update: method<User>()(
      z.tuple([
        UsernameSchema,
        z.object({
          role: RoleSchema.optional(),
          disabled: z.boolean().optional(),
          password: z.string().min(8, 'error.input.passwordTooShort').max(1024).optional(),
        }),
      ]),
    ),
  },
  newsroom: {
    settings: method<NewsroomSettings>()(z.tuple([])),
    update: method<NewsroomSettings>()(z.tuple([NewsroomSettingsSchema.partial()])),
    /** The newsroom's categories, in its own order: what an article's category is picked from. */
    categories: method<string[]>()(z.tuple([])),
    /** Adds, renames, removes or reorders categories (administrators); articles keep the category they carry. */
    setCategories: method<string[]>()(z.tuple([CategoryListSchema])),
  },
  backup: {
    list: method<BackupInfo[]>()(z.tuple([])),
    create: method<BackupInfo>()(z.tuple([])),
    restore: method<BackupInfo>()(z.tuple([z.string().regex(/^[0-9TZ-]+-[a-z-]+$/, 'error.input.backupName')])),
  },
  print: {
    /** The article as a print-ready PDF. */
    article: method<PrintedFile>()(z.tuple([ArticleIdSchema, ArticlePrintOptionsSchema])),
    /** What a print shop or a reader would notice, before the article is exported. */
    preflight: method<PrintWarning[]>()(z.tuple([ArticleIdSchema])),
    bulletin: method<PrintedFile>()(z.tuple([BulletinOptionsSchema])),
    /** The article as a Word document, styled as it prints. */
    articleWord: method<WordFile>()(z.tuple([ArticleIdSchema])),
    /** The bulletin's articles as one Word document. */
    bulletinWord: method<WordFile>()(z.tuple([BulletinOptionsSchema])),
  },
  editor: {
    /** A new, unsaved draft by the signed-in user; it is stored on its first `save`. */
    newArticle: method<Article>()(z.tuple([])),
    /** Saves what the writer changed (the core keeps id, author, state and dates); returns the stored article. */
    save: method<Article>()(z.tuple([ArticleIdSchema, ArticleContentSchema])),
    /**
     * Saves what the writer changed since the version this editor stored last, its unchanged paragraphs
     * named by position (the same rules as `save`). Null, with nothing saved, when the article was
     * stored again since that version (or never was): the editor then sends the whole content.
     */
    saveChanges: method<SavedVersion | null>()(z.tuple([ArticleIdSchema, ContentChangesSchema])),
    /** Stores a photo once in the library (GPS location removed); returns its asset name and size. */
    storePhoto: method<StoredPhoto>()(z.tuple([FileUploadSchema])),
    /** A Word document (.docx) or an article JSON file as a new draft of the signed-in user. */
    importFile: method<Article>()(z.tuple([FileUploadSchema])),
    /** Takes (or renews, every half minute while editing) the article's edit lock; refused while someone else edits it. */
    lock: method<EditLock>()(z.tuple([ArticleIdSchema])),
    unlock: method<void>()(z.tuple([ArticleIdSchema])),
    /** Keeps a recovery copy of what the writer typed and has not saved yet (sent on every change; `save` removes it). */
    keepDraft: method<void>()(z.tuple([ArticleIdSchema, ArticleContentSchema])),
    /** `keepDraft` with the content written as changes against the stored version, as `saveChanges` sends it; false when outdated. */
    keepDraftChanges: method<boolean>()(z.tuple([ArticleIdSchema, ContentChangesSchema])),
    /** The signed-in user's recovery copies that hold work no save has stored, newest first. */
    recovered: method<RecoveredDraft[]>()(z.tuple([])),
  },
  sync: {
    settings: method<PortalSettingsView>()(z.tuple([])),
    saveSettings: method<PortalSettingsView>()(z.tuple([PortalSettingsInputSchema])),
    /** Checks the saved settings, or those on screen (with the password just typed) before anything is kept. */
    testConnection: method<ConnectionReport>()(z.tuple([PortalSettingsInputSchema.optional()])),
    status: method<SyncOverview>()(z.tuple([])),
    /** What a sync would send (approved articles going live, submissions, decisions) and what would come back, without doing it. */
    preview: method<SyncPreview>()(z.tuple([])),
    /** Takes in what changed on the portal, then sends what is due (only the picked articles when given) in the background; poll `status`. */
    start: method<SyncOverview>()(z.tuple([z.array(ArticleIdSchema).max(100_000).optional()])),
    resolve: method<SyncOverview>()(z.tuple([ArticleIdSchema, z.enum(['keep-mine', 'take-theirs'])])),
  },
  writing: {
    /** The words the newsroom's spell check knows beyond the Vietnamese dictionary (names, abbreviations). */
    dictionary: method<string[]>()(z.tuple([])),
    /** "Thêm vào từ điển của toà soạn": one word, kept in the data folder; returns the whole list. */
    addWord: method<string[]>()(z.tuple([NewsroomWordSchema])),
    /** Abbreviations and what they stand for (UBND ↔ Ủy ban nhân dân); search finds either. */
    glossary: method<GlossaryEntry[]>()(z.tuple([])),
    setGlossary: method<GlossaryEntry[]>()(z.tuple([GlossarySchema])),
  },
  diagnostics: {
    /** Versions, system, data folder and library figures for the About screen and support; nothing secret. */
    report: method<DiagnosticsReport>()(z.tuple([])),
  },
} as const;

type Contract = typeof apiContract;
export type ServiceName = keyof Contract;

type ArgsOf<S> = S extends MethodSpec<infer A, unknown> ? z.infer<A> : never;
type ResultOf<S> = S extends MethodSpec<z.ZodTuple, infer R> ? R : never;

/** What the renderer calls as `window.newsdesk`, and what the core implements. */
export type NewsdeskApi = {
  [S in ServiceName]: {
    [M in keyof Contract[S]]: (...args: ArgsOf<Contract[S][M]>) => Promise<ResultOf<Contract[S][M]>>;
  };
};

/** One IPC channel / HTTP route per method: `library.list`, `session.signIn`, … */
export type ChannelName = {
  [S in ServiceName]: `${S}.${Extract<keyof Contract[S], string>}`;
}[ServiceName];

export interface ChannelSpec {
  channel: ChannelName;
  service: ServiceName;
  method: string;
  args: z.ZodTuple;
}

export const channels: readonly ChannelSpec[] = Object.entries(apiContract).flatMap(([service, methods]) =>
  Object.entries(methods).map(([name, spec]) => ({
    channel: `${service}.${name}` as ChannelName,
    service: service as ServiceName,
    method: name,
    args: spec.args as z.ZodTuple,
  })),
);

export { NewsdeskError, type NewsdeskErrorCode } from './errors.ts';

/** Checks arguments against the contract; throws a `NewsdeskError` saying the first problem in a person's words. */
export function parseArgs(spec: ChannelSpec, args: unknown): unknown[] {
  // Measured first: a schema that checks a body node by node would overflow the stack on one nested thousands deep.
  const tooDeep = depthRefusal(args);
  if (tooDeep) throw NewsdeskError.of(msg('error.limit.invalidArguments', { reason: tooDeep }));
  const result = spec.args.safeParse(args);
  if (!result.success) throw NewsdeskError.of(inputProblem(result.error.issues[0]));
  return result.data as unknown[];
}

/** Calls the implementation of one channel with already-checked arguments. */
export function invoke(api: NewsdeskApi, spec: ChannelSpec, args: unknown[]): Promise<unknown> {
  const service = api[spec.service] as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const fn = service[spec.method];
  if (!fn) throw NewsdeskError.of(msg('error.contract.unknownMethod', { channel: spec.channel }));
  return fn.apply(service, args);
}
