/**
 * Builds `window.newsdeskShell` for the preload: the page hears only checked shell commands,
 * never the IPC event or a way to listen to another channel.
 */
import {
  ShellCommandSchema,
  type NewsdeskShell,
  type ShellCommand,
  type ShellCommandOf,
  type ShellCommandType,
} from '../core/model/shellCommand.ts';

/** Subscribes to the raw messages of the shell-command channel. */
export type ListenToShell = (onMessage: (payload: unknown) => void) => void;

/** Commands of one type kept until the page listens for it; the newest are kept. */
const MAX_WAITING = 8;

type Listener = (command: ShellCommand) => void;

export function buildShellBridge(listen: ListenToShell, log: (message: string) => void = () => undefined): NewsdeskShell {
  const listeners = new Map<ShellCommandType, Set<Listener>>();
  // A command can come before the screen that handles it exists: at launch, or while signed out.
  const waiting = new Map<ShellCommandType, ShellCommand[]>();

  listen((payload) => {
    const checked = ShellCommandSchema.safeParse(payload);
    if (!checked.success) {
      log('shell command dropped: not a known command');
      return;
    }
    const command = checked.data;
    const forType = listeners.get(command.type);
    if (forType && forType.size > 0) {
      for (const listener of forType) listener(command);
      return;
    }
    const queue = waiting.get(command.type) ?? [];
    queue.push(command);
    waiting.set(command.type, queue.slice(-MAX_WAITING));
  });

  return Object.freeze({
    onCommand<T extends ShellCommandType>(type: T, listener: (command: ShellCommandOf<T>) => void) {
      if (!ShellCommandSchema.options.some((option) => option.shape.type.value === type)) {
        throw new TypeError(`unknown shell command type ${String(type)}`);
      }
      if (typeof listener !== 'function') throw new TypeError('onCommand needs a function');
      const wrapped = listener as Listener;
      const forType = listeners.get(type) ?? new Set<Listener>();
      listeners.set(type, forType.add(wrapped));
      const queued = waiting.get(type) ?? [];
      waiting.delete(type);
      for (const command of queued) wrapped(command);
      return () => {
        forType.delete(wrapped);
      };
    },
  });
}
