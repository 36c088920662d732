import { appendFile, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Log, LogDetails, LogLevel } from './Log.ts';
import { formatLogLine } from './logLine.ts';
import { logFileName, rotateLogFiles } from './rotateLogFiles.ts';

export interface LogOptions {
  /** The current file is rotated before it would grow past this (1 MiB). */
  maxBytes?: number;
  /** How many older files are kept beside the current one (3). */
  keep?: number;
  /** Where lines go once the file cannot be written (the process's stderr). */
  stderr?: (text: string) => void;
  clock?: () => Date;
}

const MI_B = 1024 * 1024;

/** The folder of the log files inside a data folder. */
export function logFolderOf(dataDir: string): string {
  return join(dataDir, 'logs');
}

/**
 * The log of a data folder: `<data folder>/logs/newsdesk.log`, rotated by size. Lines are queued
 * and appended in batches off the caller's path, so logging costs the UI thread a string format.
 * The folder and file appear only with the first line, so opening a library leaves no trace until
 * something worth noting happens. A file that cannot be written (read-only folder, full disk)
 * never stops Newsdesk: the log says so once on stderr and carries on there.
 */
export function openLog(dataDir: string, options: LogOptions = {}): Log {
  return new FileLog(logFolderOf(dataDir), options);
}

class FileLog implements Log {
  readonly path: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly stderr: (text: string) => void;
  private readonly clock: () => Date;
  private pending: string[] = [];
  private writing: Promise<void> | null = null;
  /** Bytes in the current file; read from the disk before the first append. */
  private size: number | null = null;
  private degraded = false;
  private closed = false;

  constructor(
    private readonly folder: string,
    options: LogOptions,
  ) {
    this.path = join(folder, logFileName(0));
    this.maxBytes = options.maxBytes ?? MI_B;
    this.keep = options.keep ?? 3;
    this.stderr = options.stderr ?? ((text) => process.stderr.write(text));
    this.clock = options.clock ?? (() => new Date());
  }

  info(message: string, details?: LogDetails): void {
    this.write('INFO', message, details);
  }

  warn(message: string, details?: LogDetails): void {
    this.write('WARN', message, details);
  }

  error(message: string, details?: LogDetails): void {
    this.write('ERROR', message, details);
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  private write(level: LogLevel, message: string, details?: LogDetails): void {
    if (this.closed) return;
    let line: string;
    try {
      line = formatLogLine(this.clock(), level, message, details);
    } catch {
      // Details that JSON cannot hold (a getter that throws): the event itself still counts.
      line = formatLogLine(this.clock(), level, message, { details: 'not serialisable' });
    }
    if (this.degraded) return this.stderr(line);
    this.pending.push(line);
    this.schedule();
  }

  private schedule(): void {
    if (this.writing) return;
    this.writing = this.drain().finally(() => {
      this.writing = null;
      // A line queued while the last append was settling must not wait for the next event.
      if (this.pending.length > 0 && !this.degraded) this.schedule();
    });
  }

  /** Appends what is queued, batch after batch, until the queue is empty. */
  private async drain(): Promise<void> {
    // Let the caller's synchronous work finish first: a burst of events becomes one append.
    await Promise.resolve();
    while (this.pending.length > 0) {
      const batch = this.pending.join('');
      this.pending = [];
      try {
        await this.append(batch);
      } catch (error) {
        this.degrade(error, batch);
      }
    }
  }

  private async append(batch: string): Promise<void> {
    const bytes = Buffer.byteLength(batch);
    if (this.size === null) {
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      this.size = await stat(this.path).then(
        (info) => info.size,
        () => 0,
      );
    }
    if (this.size > 0 && this.size + bytes > this.maxBytes) {
      await rotateLogFiles(this.folder, this.keep);
      this.size = 0;
    }
    await appendFile(this.path, batch, { encoding: 'utf8', mode: 0o600 });
    this.size += bytes;
  }

  private degrade(error: unknown, batch: string): void {
    this.degraded = true;
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    this.stderr(
      `newsdesk: không ghi được nhật ký vào ${this.path} (${why}); từ nay nhật ký ghi ra stderr / cannot write the log file, logging to stderr\n`,
    );
    this.stderr(batch + this.pending.join(''));
    this.pending = [];
  }
}
