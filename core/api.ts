/**
 * The one service contract between the UI and the core. Each method is declared once, with a zod
 * schema for its arguments (checked on every call that crosses a process or HTTP boundary) and its
 * result type. The preload, the IPC registration, the browser-mode bridge and its client, and the
 * type of `window.newsdesk` are all derived from `apiContract` — never written out again.
 */
import { z } from 'zod';
import { ArticleIdSchema, ArticleStateSchema, type Article, type ArticleSummary } from './model/article.ts';
import { UsernameSchema, type User } from './model/account.ts';
import { PortalSettingsInputSchema, type ConnectionReport, type PortalSettingsView } from './model/portalSettings.ts';
import type { SyncOverview } from './model/sync.ts';

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
    signIn: method<User>()(
      z.tuple([z.object({ username: UsernameSchema, password: z.string().min(1).max(1024) })]),
    ),
    signOut: method<void>()(z.tuple([])),
    current: method<User | null>()(z.tuple([])),
  },
  library: {
    list: method<ArticleSummary[]>()(z.tuple([z.object({ state: ArticleStateSchema.optional() })])),
    get: method<Article>()(z.tuple([ArticleIdSchema])),
  },
  sync: {
    settings: method<PortalSettingsView>()(z.tuple([])),
    saveSettings: method<PortalSettingsView>()(z.tuple([PortalSettingsInputSchema])),
    testConnection: method<ConnectionReport>()(z.tuple([])),
    status: method<SyncOverview>()(z.tuple([])),
    /** Queues what the portal needs and starts sending in the background; poll `status` for progress. */
    start: method<SyncOverview>()(z.tuple([])),
    resolve: method<SyncOverview>()(z.tuple([ArticleIdSchema, z.enum(['keep-mine', 'take-theirs'])])),
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

/** An error the user should read: its message is shown as is (one line, in the user's terms). */
export class NewsdeskError extends Error {
  constructor(
    message: string,
    readonly code: 'bad-input' | 'not-found' | 'unauthorized' | 'forbidden' | 'conflict' | 'storage' = 'bad-input',
  ) {
    super(message);
    this.name = 'NewsdeskError';
  }
}

/** Checks arguments against the contract; throws a `NewsdeskError` naming the first problem. */
export function parseArgs(spec: ChannelSpec, args: unknown): unknown[] {
  const result = spec.args.safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    throw new NewsdeskError(`invalid arguments for ${spec.channel}${where}: ${issue?.message ?? 'rejected'}`);
  }
  return result.data as unknown[];
}

/** Calls the implementation of one channel with already-checked arguments. */
export function invoke(api: NewsdeskApi, spec: ChannelSpec, args: unknown[]): Promise<unknown> {
  const service = api[spec.service] as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const fn = service[spec.method];
  if (!fn) throw new NewsdeskError(`unknown method ${spec.channel}`);
  return fn.apply(service, args);
}
