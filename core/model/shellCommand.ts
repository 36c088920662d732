import { z } from 'zod';
import { ArticleIdSchema } from './article.ts';

/**
 * What the desktop shell may ask of the page (main → renderer): the one message type that travels
 * that way, checked on arrival. A menu item, the jump list or the dock says "open this article";
 * the Help menu says "show the About window".
 */
export const ShellCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open-article'), id: ArticleIdSchema }),
  z.object({ type: z.literal('show-about') }),
]);
export type ShellCommand = z.infer<typeof ShellCommandSchema>;
export type ShellCommandType = ShellCommand['type'];
export type ShellCommandOf<T extends ShellCommandType> = Extract<ShellCommand, { type: T }>;

/** The IPC channel the commands travel on; only the preload listens to it. */
export const SHELL_COMMAND_CHANNEL = 'newsdesk:shell-command';

/** `window.newsdeskShell`, provided by the Electron preload; absent in browser mode. */
export interface NewsdeskShell {
  /**
   * Calls `listener` with each checked command of `type`, first with those that came before anyone
   * listened for that type (a jump-list launch before sign-in); returns the function that stops listening.
   */
  onCommand<T extends ShellCommandType>(type: T, listener: (command: ShellCommandOf<T>) => void): () => void;
}
