import type { LogDetails, LogLevel } from './Log.ts';
import { scrubSecrets } from './scrubSecrets.ts';

/**
 * One event as one line: `2026-03-02T08:15:00.123Z INFO  sign-in succeeded {"username":"bichdiep"}`.
 * Line breaks in the message are flattened so that one line is always one event (and a message
 * cannot forge a line of its own).
 */
export function formatLogLine(at: Date, level: LogLevel, message: string, details?: LogDetails): string {
  const text = message.replace(/[\r\n]+/g, ' ').trim();
  const facts = details && Object.keys(details).length > 0 ? ` ${JSON.stringify(scrubSecrets(details))}` : '';
  return `${at.toISOString()} ${level.padEnd(5)} ${text}${facts}\n`;
}
