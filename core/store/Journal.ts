import { readFile } from 'node:fs/promises';
import { AppendOnlyFile } from './AppendOnlyFile.ts';
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

/**
 * State kept as a file of JSON lines that only grows, one line per change: a change costs an
 * append and one fsync shared with the changes asked for meanwhile (`AppendOnlyFile`), where a
 * file per item costs a new file, two fsyncs and a rename. Once the journal has grown to twice its
 * owner's state it is written afresh from that state, replacing the old one at once. A line torn
 * by a power cut in the middle of an append is skipped when the journal is read back.
 */
export class Journal<Line> {
  private lines = 0;
  /** A compaction is waiting or under way: a full journal asks for no other. */
  private compactionAsked = false;

  private constructor(
    private readonly file: AppendOnlyFile,
    private readonly owner: JournalOwner<Line>,
  ) {}

  /** Opens the journal and reads its lines back, in order; one that does not exist yet is made, empty and durably. */
  static async open<Line>(path: string, owner: JournalOwner<Line>): Promise<{ journal: Journal<Line>; lines: Line[] }> {
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
    const torn = text !== null && text !== '' && !text.endsWith('\n');
    const journal = new Journal(new AppendOnlyFile(path, torn), owner);
    journal.lines = lines.length;
    if (text === null) await writeFileDurably(path, '');
    return { journal, lines };
  }

  /** Resolves once the line is on disk, written with every other line asked for meanwhile. */
  async append(line: Line): Promise<void> {
    await this.file.append(`${JSON.stringify(line)}\n`);
    this.lines++;
    if (this.compactionAsked || this.lines < COMPACT_AFTER_LINES || this.lines < 2 * this.owner.stateSize()) return;
    this.compactionAsked = true;
    // The line just written is on disk whatever becomes of this: a compaction that fails leaves the journal as it was.
    void this.compact().catch(() => undefined);
  }

  /** Writes the journal afresh from the owner's state (after the owner took in state kept elsewhere). */
  compact(): Promise<void> {
    return this.file.inTurn(() => this.rewrite());
  }

  private async rewrite(): Promise<void> {
    try {
      const lines = this.owner.state().map((line) => `${JSON.stringify(line)}\n`);
      await writeFileDurably(this.file.path, lines.join(''));
      this.file.writtenAfresh();
      this.lines = lines.length;
    } finally {
      this.compactionAsked = false;
    }
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
