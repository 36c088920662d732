/** How much an event matters: routine, worth a look, or something went wrong. */
export type LogLevel = 'INFO' | 'WARN' | 'ERROR';

/** Extra facts about an event, written as JSON after the message (secrets are scrubbed first). */
export type LogDetails = Record<string, unknown>;

/**
 * Where Newsdesk notes what happened, for whoever has to find out later why something went wrong
 * (support staff, the newsroom's IT). Writing never throws and never waits for the disk.
 */
export interface Log {
  /** The file being written, `<data folder>/logs/newsdesk.log`; null for a log that keeps nothing. */
  readonly path: string | null;
  info(message: string, details?: LogDetails): void;
  warn(message: string, details?: LogDetails): void;
  error(message: string, details?: LogDetails): void;
  /** Resolves once everything logged so far is on disk. */
  flush(): Promise<void>;
  /** Flushes, then refuses further writes (they go nowhere). */
  close(): Promise<void>;
}

/** A log that keeps nothing: for stores and services built without one (unit tests, one-off tools). */
export const silentLog: Log = Object.freeze({
  path: null,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  flush: () => Promise.resolve(),
  close: () => Promise.resolve(),
});
