/**
 * Registers the service contract on IPC. Electron's types stay out: the shapes below are the
 * parts of `ipcMain` and `IpcMainInvokeEvent` this code reads, so tests can pass plain objects.
 */
import { channels, invoke, NewsdeskError, parseArgs, type ChannelSpec, type NewsdeskApi } from '../core/api.ts';
import { errorDetail } from '../core/errors.ts';
import type { IpcReply } from './ipc-reply.ts';
import { isAppUrl } from './security.ts';

export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  isDestroyed(): boolean;
}

export interface EventLike<Frame extends FrameLike = FrameLike> {
  readonly senderFrame: Frame | null;
}

export interface IpcMainLike<Frame extends FrameLike = FrameLike> {
  handle(channel: string, listener: (event: EventLike<Frame>, ...args: unknown[]) => unknown): void;
}

export type IpcLog = (message: string, details: Record<string, unknown>) => void;

export interface IpcGuards<Frame extends FrameLike> {
  /** True when the frame is the main frame of our own window (checked by identity in main.ts). */
  isTrustedSender: (frame: Frame) => boolean;
  log: IpcLog;
}

/** Deliberately vague: a refused caller learns nothing about why. */
export const REFUSED_MESSAGE = 'Newsdesk refused this request';
export const FAILED_MESSAGE = 'Newsdesk could not complete this request';

function describeFrame(frame: FrameLike | null): string {
  try {
    if (frame === null) return 'no frame';
    if (frame.isDestroyed()) return 'destroyed frame';
    return `${frame.parent === null ? 'top-level' : 'sub'} frame at ${frame.url}`;
  } catch {
    return 'unreadable frame';
  }
}

function isOwnTopLevelPage<Frame extends FrameLike>(frame: Frame | null, isTrustedSender: (frame: Frame) => boolean): boolean {
  try {
    return frame !== null && !frame.isDestroyed() && frame.parent === null && isAppUrl(frame.url) && isTrustedSender(frame);
  } catch {
    return false;
  }
}

function errorReply(error: NewsdeskError): IpcReply {
  return { ok: false, error: { message: error.message, code: error.code, ...errorDetail(error) } };
}

function handlerFor<Frame extends FrameLike>(spec: ChannelSpec, api: NewsdeskApi, guards: IpcGuards<Frame>) {
  return async (event: EventLike<Frame>, ...args: unknown[]): Promise<IpcReply> => {
    const frame = event.senderFrame;
    if (!isOwnTopLevelPage(frame, guards.isTrustedSender)) {
      guards.log('ipc call dropped: unknown sender', { channel: spec.channel, sender: describeFrame(frame) });
      throw new Error(REFUSED_MESSAGE);
    }

    let checkedArgs: unknown[];
    try {
      checkedArgs = parseArgs(spec, args);
    } catch (error) {
      // Never log the arguments themselves: `session.signIn` carries a password.
      const reason = error instanceof Error ? error.message : String(error);
      guards.log('ipc call dropped: invalid arguments', { channel: spec.channel, reason });
      throw new Error(REFUSED_MESSAGE, { cause: error });
    }

    try {
      return { ok: true, value: await invoke(api, spec, checkedArgs) };
    } catch (error) {
      if (error instanceof NewsdeskError) return errorReply(error);
      guards.log('ipc call failed', { channel: spec.channel, error: error instanceof Error ? error.stack : String(error) });
      throw new Error(FAILED_MESSAGE, { cause: error });
    }
  };
}

export function registerIpc<Frame extends FrameLike>(ipc: IpcMainLike<Frame>, api: NewsdeskApi, guards: IpcGuards<Frame>): void {
  for (const spec of channels) {
    ipc.handle(spec.channel, handlerFor(spec, api, guards));
  }
}
