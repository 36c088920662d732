import { closeSync, openSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { syncToDisk } from './atomicWrite.ts';

type Waiting = { text: string; resolve(): void; reject(error: unknown): void };

/**
 * A file of lines that only grows, each appended line on disk when its `append` resolves. Lines
 * asked for while a write is under way go to disk together in the next one, with one fsync (group
 * commit): callers working side by side do not queue for the disk one by one. Other work on the
 * file (writing it afresh) runs between two writes, once every line asked for before it is on disk
 * (lines asked for while it waits may go in the same write). When the file ends in a line torn by
 * a power cut, the next line written starts on a line of its own.
 */
export class AppendOnlyFile {
  /** Lines asked for since the last write began: the next write takes them all. */
  private waiting: Waiting[] = [];
  /** Writes and other work on the file, one after another. */
  private busy: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private torn = false,
  ) {}

  /** Resolves once the text (whole lines) is on disk, written with every other line asked for meanwhile. */
  append(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ text, resolve, reject });
      if (this.waiting.length === 1) void this.inTurn(() => this.writeWaiting());
    });
  }

  /** Appends in turn without waiting for the disk: for a line whose loss in a power cut costs only work. */
  appendUnsynced(text: string): Promise<void> {
    return this.inTurn(async () => {
      await appendFile(this.path, this.untorn(text), { mode: 0o600 });
      this.torn = false;
    });
  }

  /** Runs work on the file once the lines and work asked for before are on disk and done. */
  inTurn(work: () => Promise<void>): Promise<void> {
    const done = this.busy.then(work);
    this.busy = done.catch(() => undefined);
    return done;
  }

  /** Said by work that wrote the file afresh: it no longer ends in a torn line. */
  writtenAfresh(): void {
    this.torn = false;
  }

  private async writeWaiting(): Promise<void> {
    const batch = this.waiting.splice(0);
    try {
      // Only the wait for the disk is awaited (see atomicWrite.ts).
      const fd = openSync(this.path, 'a', 0o600);
      try {
        writeFileSync(fd, this.untorn(batch.map((waiting) => waiting.text).join('')));
        await syncToDisk(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    this.torn = false;
    for (const { resolve } of batch) resolve();
  }

  private untorn(text: string): string {
    return this.torn ? `\n${text}` : text;
  }
}
