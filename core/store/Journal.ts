import { open, readFile } from 'node:fs/promises';
import { writeFileDurably } from './atomicWrite.ts';

/** The journal is written afresh from its owner's state once it holds this many lines and twice as many as that state has. */
const COMPACT_AFTER_LINES = 1000;

export interface JournalOwner<Line> {
  /** A line read back as its owner knows it, or null for one to skip. */
  parse(value: unknown): Line | null;
  /** The lines that rebuild the owner's whole state: what a compaction writes. */
  state(): Line[];
  /** How many lines `state` would give, asked after each write. */
  stateSize(): number;
}

type Waiting = { text: string; resolve(): void; reject(error: unknown): void };

/**
 * State kept as a file of JSON lines that only grows, one line per change: a change costs an
 * append and one fsync, where a file per item costs a new file, two fsyncs and a rename. Changes
 * asked for while a write is under way go to disk together in the next one, with one fsync
 * (group commit): callers working side by side do not queue for the disk one by one, and each
 * change is on disk when its `append` resolves. Once the journal has grown to twice its owner's
 * state it is written afresh from that state, replacing the old one at once. A line torn by a
 * power cut in the middle of an append is skipped when the journal is read back.
 */
export class Journal<Line> {
  private lines = 0;
  /** The file ends in a torn line: the next write starts on a line of its own. */
  private torn = false;
  /** Lines asked for since the last write began: the next write takes them all. */
  private waiting: Waiting[] = [];
  /** Writes and compactions, one after another. */
  private busy: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly owner: JournalOwner<Line>,
  ) {}

  /** Opens the journal and reads its lines back, in order; one that does not exist yet is made, empty and durably. */
  static async open<Line>(path: string, owner: JournalOwner<Line>): Promise<{ journal: Journal<Line>; lines: Line[] }> {
    const journal = new Journal(path, owner);
    let text: string | null = null;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const lines: Line[] = [];
    for (const raw of (text ?? '').split('\n')) {
      const line = parseLine(raw, owner);
      if (line !== null) lines.push(line);
    }
    journal.lines = lines.length;
    journal.torn = text !== null && text !== '' && !text.endsWith('\n');
    if (text === null) await writeFileDurably(path, '');
    return { journal, lines };
  }

  /** Resolves once the line is on disk, written with every other line asked for meanwhile. */
  append(line: Line): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ text: `${JSON.stringify(line)}\n`, resolve, reject });
      if (this.waiting.length === 1) void this.then(() => this.writeWaiting());
    });
  }

  /** Writes the journal afresh from the owner's state (after the owner took in state kept elsewhere). */
  compact(): Promise<void> {
    return this.then(() => this.rewrite());
  }

  private then(work: () => Promise<void>): Promise<void> {
    const done = this.busy.then(work);
    this.busy = done.catch(() => undefined);
    return done;
  }

  private async writeWaiting(): Promise<void> {
    const batch = this.waiting.splice(0);
    try {
      const text = batch.map((waiting) => waiting.text).join('');
      const file = await open(this.path, 'a', 0o600);
      try {
        await file.appendFile(this.torn ? `\n${text}` : text);
        await file.sync();
      } finally {
        await file.close();
      }
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    this.torn = false;
    this.lines += batch.length;
    for (const { resolve } of batch) resolve();
    // The lines just written are on disk whatever becomes of this: a compaction that fails leaves the journal as it was.
    if (this.lines >= COMPACT_AFTER_LINES && this.lines >= 2 * this.owner.stateSize()) await this.rewrite().catch(() => undefined);
  }

  private async rewrite(): Promise<void> {
    const lines = this.owner.state().map((line) => `${JSON.stringify(line)}\n`);
    await writeFileDurably(this.path, lines.join(''));
    this.lines = lines.length;
    this.torn = false;
  }
}

function parseLine<Line>(raw: string, owner: JournalOwner<Line>): Line | null {
  if (raw.trim() === '') return null;
  try {
    return owner.parse(JSON.parse(raw));
  } catch {
    // A power cut in the middle of an append leaves the last line unfinished.
    return null;
  }
}
