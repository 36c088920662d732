/**
 * Files built the way an attacker would build them, for the tests and the bench of the limits on
 * what comes in: a zip part that lies about its size, a zip of tens of thousands of folders, JSON
 * nested thousands deep, a PNG whose pixels inflate to hundreds of megabytes.
 */
import { once } from 'node:events';
import { createDeflate } from 'node:zlib';
import { buildDocx } from './docx.ts';
import { pngChunk } from './png.ts';

/** Sets the uncompressed size a zip declares for `name` (local header and central directory) to `size`. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (let at = 0; at < out.length - 46; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.subarray(at + 30, at + 30 + nameBytes.length).equals(nameBytes)) out.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50 && out.subarray(at + 46, at + 46 + nameBytes.length).equals(nameBytes)) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

/** A zip of nothing but empty folders, laid out by hand (a zip library takes minutes for 60,000). */
export function zipOfFolders(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(0x10, 38); // a folder
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(names.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(names.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A Word file whose text is `bytes` long once inflated (a run of spaces compresses ~1000×). */
export function docxOfSize(bytes: number): Promise<Buffer> {
  return buildDocx([{ heading: 1, text: 'Tiêu đề' }, { paragraph: [' '.repeat(bytes)] }]);
}

/** A body `depth` levels deep (quotes inside quotes), as JSON text: too deep for JSON.stringify to write. */
export function deepBodyJson(depth: number): string {
  const open = '{"type":"quote","version":1,"direction":null,"format":"","indent":0,"children":['.repeat(depth);
  const text = '{"type":"text","version":1,"text":"x","format":0,"detail":0,"mode":"normal","style":""}';
  return `{"root":{"type":"root","version":1,"direction":null,"format":"","indent":0,"children":[${open}${text}${']}'.repeat(depth)}]}}`;
}

/**
 * An image bomb: a well-formed greyscale PNG of `width` × `height` whose every pixel is really
 * there, compressed (black rows deflate about a thousand to one), so a reader that decodes it
 * fills `width × height` bytes. Deflated as a stream: the builder never holds the pixels itself.
 */
export async function bombPng(width: number, height: number): Promise<Buffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const deflate = createDeflate({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const rowsAtOnce = 64;
  const rows = Buffer.alloc((width + 1) * rowsAtOnce); // filter byte 0, then black pixels
  for (let row = 0; row < height; row += rowsAtOnce) {
    const slice = rows.subarray(0, (width + 1) * Math.min(rowsAtOnce, height - row));
    if (!deflate.write(slice)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.concat(compressed)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
