import { useEffect, useRef } from 'react';
import type { ShellCommandOf, ShellCommandType } from '../../core/model/shellCommand.ts';

/** Runs `handler` for each command of `type` from the desktop shell while the caller is shown; nothing in browser mode. */
export function useShellCommand<T extends ShellCommandType>(type: T, handler: (command: ShellCommandOf<T>) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => window.newsdeskShell?.onCommand(type, (command) => latest.current(command)), [type]);
}
