import type { NewsdeskApi } from '../core/api.ts';
import type { NewsdeskShell } from '../core/model/shellCommand.ts';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in browser mode. */
    newsdesk?: NewsdeskApi;
    /** The desktop shell's commands (File menu, jump list, dock); absent in browser mode. */
    newsdeskShell?: NewsdeskShell;
  }
}

export {};
