import { ZipFile } from 'yazl';
import { NewsdeskError } from '../api.ts';
import { detectLegacyEncoding } from '../vietnamese/detectEncoding.ts';
import type { EncodingChoice } from '../vietnamese/encodingChoice.ts';
import { fontEncoding, type FontEncoding } from '../vietnamese/fontEncoding.ts';
import { decodeLegacy } from '../vietnamese/legacyEncoding.ts';
import { msg } from '../i18n/coreMessages.ts';
import { readZip } from '../zip/boundedZip.ts';
import { DOCX_ZIP } from './docxParts.ts';

/** The parts of a Word document that hold text runs. */
const TEXT_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
const RUN = /<w:r(?=[\s>])[^>]*>[\s\S]*?<\/w:r>/g;
const RUN_FONTS = /<w:rFonts\b([^>]*)>/;
const TEXT = /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g;

/**
 * A Word document with its legacy-encoded text turned into Unicode, for the importer to read:
 * runs set in a TCVN3 font (`.VnTime`, uppercase `.VnTimeH`) or a VNI font (`VNI-Times`) are
 * decoded by their font, read from `w:rFonts` (or the document's default font). With `auto`,
 * a document naming no such font is still converted when its characters show an encoding; with an
 * encoding named, every run is read in it. Returns the bytes unchanged when nothing needs it.
 */
export async function convertLegacyDocx(bytes: Uint8Array, choice: EncodingChoice, fileName: string): Promise<Uint8Array> {
  let entries: Map<string, Buffer>;
  try {
    entries = await readZip(bytes, DOCX_ZIP);
  } catch {
    throw NewsdeskError.of(msg('error.import.notDocx', { file: fileName }));
  }
  const defaultFont = documentDefaultFont(entries.get('word/styles.xml')?.toString('utf8') ?? '');
  const parts = [...entries.keys()].filter((name) => TEXT_PARTS.test(name));
  const texts = new Map(parts.map((name) => [name, entries.get(name)!.toString('utf8')]));
  const namesLegacyFont = [...texts.values()].some((xml) => [...xml.matchAll(RUN)].some((run) => runFont(run[0], defaultFont)));
  const detected = choice === 'auto' && !namesLegacyFont ? detectLegacyEncoding([...texts.values()].map(plainText).join('\n')) : null;
  if (choice === 'auto' && !namesLegacyFont && !detected) return bytes;

  for (const [name, xml] of texts) {
    const converted = xml.replace(RUN, (run) => {
      const font = runFont(run, defaultFont);
      const encoding = choice !== 'auto' ? choice : (font?.encoding ?? detected);
      if (!encoding) return run;
      const capitals = font?.capitals ?? false;
      return run.replace(
        TEXT,
        (_, open: string, text: string, close: string) => open + escapeXml(decodeLegacy(unescapeXml(text), encoding, { capitals })) + close,
      );
    });
    entries.set(name, Buffer.from(converted, 'utf8'));
  }
  return zip(entries);
}

/** The document's text, run by run, for detection. */
function plainText(xml: string): string {
  return [...xml.matchAll(TEXT)].map((match) => unescapeXml(match[2]!)).join(' ');
}

function runFont(run: string, defaultFont: FontEncoding | null): FontEncoding | null {
  const attributes = RUN_FONTS.exec(run)?.[1];
  if (!attributes) return defaultFont;
  const name = /w:(?:ascii|hAnsi)="([^"]*)"/.exec(attributes)?.[1];
  return name === undefined ? defaultFont : fontEncoding(unescapeXml(name));
}

/** The font of the document defaults or of the default paragraph style, when it names a legacy encoding. */
function documentDefaultFont(stylesXml: string): FontEncoding | null {
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
  const normal = /<w:style\b[^>]*w:default="1"[^>]*>[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0] ?? '';
  for (const part of [normal, defaults]) {
    const name = /<w:rFonts\b[^>]*w:(?:ascii|hAnsi)="([^"]*)"/.exec(part)?.[1];
    if (name !== undefined) return fontEncoding(unescapeXml(name));
  }
  return null;
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()] ?? '';
    return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function zip(entries: Map<string, Buffer>): Promise<Uint8Array> {
  const out = new ZipFile();
  for (const [name, data] of entries) out.addBuffer(data, name);
  out.end();
  const chunks: Buffer[] = [];
  for await (const chunk of out.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
