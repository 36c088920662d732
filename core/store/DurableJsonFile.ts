import { readFileSync } from 'node:fs';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './atomicWrite.ts';

/**
 * A lowdb adapter whose writes survive power loss (lowdb's own JSONFile renames without fsync).
 * Writes are queued so that two saves of the same file land in the order they were made.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private pending: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      // A small file read whole in one plain call (see atomicWrite.ts).
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  write(data: T): Promise<void> {
    const text = jsonFileText(data);
    const next = this.pending.then(() => writeFileDurably(this.path, text));
    this.pending = next.catch(() => undefined);
    return next;
  }
}

/** The text of a JSON file as Newsdesk writes it: indented, for people who open it. */
export function jsonFileText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
