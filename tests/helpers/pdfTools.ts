import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The poppler and qpdf command-line tools run on a PDF held in memory (a temp file under the hood). */
export function withPdfFile<T>(bytes: Uint8Array, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pdf-'));
  try {
    const path = join(dir, 'file.pdf');
    writeFileSync(path, bytes);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function tool(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' });
}

export function pdfinfo(bytes: Uint8Array, ...flags: string[]): Record<string, string> {
  const text = withPdfFile(bytes, (path) => tool('pdfinfo', [...flags, path]));
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z ]+):\s+(.*)$/.exec(line);
    if (match) fields[match[1]!.trim()] = match[2]!.trim();
  }
  return fields;
}

/** Rows of `pdffonts`: name, embedded, subset. */
export function pdffonts(bytes: Uint8Array): Array<{ name: string; emb: string; sub: string }> {
  const text = withPdfFile(bytes, (path) => tool('pdffonts', [path]));
  return text
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type... encoding emb sub uni objectID gen: read from the right, the type has spaces.
      return { name: cols[0]!, emb: cols[cols.length - 5]!, sub: cols[cols.length - 4]! };
    });
}

export function pdftotext(bytes: Uint8Array, first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return withPdfFile(bytes, (path) => tool('pdftotext', [...range, '-enc', 'UTF-8', path, '-']));
}

export function qpdfCheck(bytes: Uint8Array): string {
  return withPdfFile(bytes, (path) => tool('qpdf', ['--check', path]));
}

export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  dpi: number;
}

/** One page rasterised by pdftoppm as 8-bit grey (PGM), the whole MediaBox. */
export function rasterise(bytes: Uint8Array, page: number, dpi = 50): GrayImage {
  return withPdfFile(bytes, (path) => {
    const out = join(path, '..', 'page');
    tool('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', path, out]);
    const data = readFileSync(`${out}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PGM file');
    const [all, width, height] = header;
    return { width: Number(width), height: Number(height), pixels: new Uint8Array(data.subarray(all.length)), dpi };
  });
}

/** Fraction of dark pixels in a rectangle given in points from the page's top-left corner. */
export function ink(image: GrayImage, x: number, y: number, width: number, height: number): number {
  const k = image.dpi / 72;
  const x0 = Math.max(0, Math.floor(x * k));
  const y0 = Math.max(0, Math.floor(y * k));
  const x1 = Math.min(image.width, Math.ceil((x + width) * k));
  const y1 = Math.min(image.height, Math.ceil((y + height) * k));
  let dark = 0;
  let total = 0;
  for (let row = y0; row < y1; row++) {
    for (let col = x0; col < x1; col++) {
      total++;
      if (image.pixels[row * image.width + col]! < 160) dark++;
    }
  }
  return total === 0 ? 0 : dark / total;
}

/** Whitespace-normalised NFC text, for comparing what pdftotext reads with what was typeset. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A bulletin's contents entries as pdftotext -layout reads page 1: each a title followed by its
 * page number, one or two entries to a line (the box has two columns), read column by column.
 */
export function contentsEntries(bytes: Uint8Array): Array<{ start: string; page: number }> {
  const text = withPdfFile(bytes, (path) => tool('pdftotext', ['-layout', '-f', '1', '-l', '1', '-enc', 'UTF-8', path, '-']));
  const columns: Array<Array<{ start: string; page: number }>> = [[], []];
  for (const line of text.split('\n')) {
    const found = [...line.matchAll(/(\S.*?)\s{2,}(\d+)(?=\s{2,}|\s*$)/g)];
    found.forEach((m, i) => columns[Math.min(i, 1)]!.push({ start: m[1]!.trim(), page: Number(m[2]) }));
  }
  return columns.flat();
}

/** Text of a rectangle of one page (points from the page's top-left corner), read by pdftotext -x -y -W -H. */
export function pdftotextArea(bytes: Uint8Array, page: number, x: number, y: number, width: number, height: number): string {
  const area = [
    '-x',
    String(Math.round(x)),
    '-y',
    String(Math.round(y)),
    '-W',
    String(Math.round(width)),
    '-H',
    String(Math.round(height)),
  ];
  return withPdfFile(bytes, (path) => tool('pdftotext', ['-f', String(page), '-l', String(page), ...area, '-enc', 'UTF-8', path, '-']));
}
