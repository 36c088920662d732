import { createHash } from 'node:crypto';
import type { IndexEntry } from './ArticleIndex.ts';

/**
 * `index.list`: what `newsdesk list` prints of every article, so that listing reads neither the
 * summaries in the index nor any article file. After a header, one article a line, newest first,
 * its fields in the order of `LIST_FIELDS` apart by tabs, as UTF-8; a tab, line break or backslash
 * in a field is escaped with a backslash (`\t`, `\n`, `\r`, `\\`).
 *
 * The header names the index snapshot the rows start from, how many bytes of the index log they
 * include, and a seal: the SHA-256 of those log bytes and of the rows. A file written for another
 * snapshot or another log, or damaged, does not match and is written again; so is one of version 1
 * (rows unsorted, the log never included), and a version that knows only 1 does the same with this.
 */
export const LIST_FIELDS = ['id', 'state', 'updatedAt', 'title', 'byline'] as const;

/** What `newsdesk list` prints of each article. */
export type ListRow = Pick<IndexEntry, (typeof LIST_FIELDS)[number]>;

const LIST_HEADER = 'newsdesk-list 2';

/** The whole file: its header, sealing the log bytes it includes and the rows. */
export function listFile(snapshot: string, log: Buffer, rows: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${LIST_HEADER} ${snapshot} ${log.length} ${seal(log, rows)}\n`), rows]);
}

/**
 * The rows of a list file written for this snapshot and a beginning of this log, with how many of
 * the log's bytes they include; null when the file is not one, or damaged.
 */
export function readListFile(file: Buffer, snapshot: string, log: Buffer): { rows: Buffer; logBytes: number } | null {
  const headerEnd = file.indexOf(0x0a);
  if (headerEnd < 0) return null;
  const [format, version, forSnapshot, logBytes, sealed] = file.toString('latin1', 0, headerEnd).split(' ');
  if (`${format} ${version}` !== LIST_HEADER || forSnapshot !== snapshot) return null;
  const included = Number(logBytes);
  if (!Number.isInteger(included) || included < 0 || included > log.length) return null;
  const rows = file.subarray(headerEnd + 1);
  return seal(log.subarray(0, included), rows) === sealed ? { rows, logBytes: included } : null;
}

/** The rows as the file holds them: newest first, one a line. Sorts `rows` in place. */
export function listText(rows: ListRow[]): string {
  let text = '';
  for (const row of rows.sort(newestFirst)) text += `${LIST_FIELDS.map((field) => escapeField(row[field])).join('\t')}\n`;
  return text;
}

/** The rows of a list file (or of `listText`), in their order. */
export function readRows(bytes: Buffer): ListRow[] {
  const text = bytes.toString('utf8');
  // Escapes are rare (a tab or line break in a title): without any, no field needs looking at.
  const escaped = text.includes('\\');
  const rows: ListRow[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const fields = line.split('\t');
    const [id, state, updatedAt, title, byline] = (escaped ? fields.map(unescapeField) : fields) as [
      string,
      ListRow['state'],
      string,
      string,
      string,
    ];
    rows.push({ id, state, updatedAt, title, byline });
  }
  return rows;
}

/** ISO times compare as text; the plain comparison is many times cheaper than a locale-aware one. */
export function newestFirst(a: ListRow, b: ListRow): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** Two lists of rows, each newest first, as one; of rows as new as each other, those of the first come first. */
export function mergeNewestFirst(first: ListRow[], second: ListRow[]): ListRow[] {
  const merged: ListRow[] = [];
  let i = 0;
  for (const row of second) {
    while (i < first.length && newestFirst(first[i]!, row) <= 0) merged.push(first[i++]!);
    merged.push(row);
  }
  while (i < first.length) merged.push(first[i++]!);
  return merged;
}

/** The fields `list` prints of an article's summary. */
export function listRow({ id, state, updatedAt, title, byline }: ListRow): ListRow {
  return { id, state, updatedAt, title, byline };
}

function seal(log: Buffer, rows: Buffer): string {
  return createHash('sha256').update(log).update(rows).digest('hex');
}

/** A field on one line: backslash, tab and line breaks written as escapes. */
function escapeField(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!)
    : value;
}

function unescapeField(value: string): string {
  return value.includes('\\') ? value.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c) : value;
}
