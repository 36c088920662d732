/**
 * What crosses IPC for every call. Electron rewrites the message of an error thrown by a handler
 * ("Error invoking remote method …"), so a core error travels as data and the preload rethrows it
 * with the message the user should read.
 */
import type { NewsdeskError } from '../core/api.ts';
import type { CoreMessage } from '../core/i18n/coreMessages.ts';

export type NewsdeskErrorCode = NewsdeskError['code'];

export type IpcReply =
  { ok: true; value: unknown } | { ok: false; error: { message: string; code: NewsdeskErrorCode } & Partial<CoreMessage> };

export class NewsdeskRemoteError extends Error {
  constructor(
    message: string,
    readonly code: NewsdeskErrorCode,
    /** The catalogued message, for the page to show in its language. */
    readonly key?: CoreMessage['key'],
    readonly params?: CoreMessage['params'],
  ) {
    super(message);
    this.name = 'NewsdeskError';
  }
}

function isIpcReply(reply: unknown): reply is IpcReply {
  return typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean';
}

export function unwrapIpcReply(reply: unknown): unknown {
  if (!isIpcReply(reply)) throw new Error('Newsdesk received an unreadable reply from the main process');
  if (reply.ok) return reply.value;
  throw new NewsdeskRemoteError(reply.error.message, reply.error.code, reply.error.key, reply.error.params);
}
