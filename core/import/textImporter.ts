import { randomUUID } from 'node:crypto';
import { NewsdeskError } from '../api.ts';
import { msg } from '../i18n/coreMessages.ts';
import { textFileRefusal } from '../model/inputLimits.ts';
import { newDraft } from '../model/newArticle.ts';
import { escapeHtml } from '../render/escape.ts';
import { convertDetected } from '../vietnamese/detectEncoding.ts';
import { decodeLegacy } from '../vietnamese/legacyEncoding.ts';
import { htmlToDocument } from './htmlToDocument.ts';
import { parseHtml } from './htmlTree.ts';
import type { Importer } from './importer.ts';

/**
 * A plain text file as a new draft: its first line is the title, every other line a paragraph.
 * UTF-8 (with or without a BOM) is read as such; anything else is an 8-bit file, read byte by byte
 * and then decoded from the legacy encoding named or found in it (TCVN3, VNI, VIQR).
 */
export const importText: Importer = async (bytes, fileName, context) => {
  const tooLarge = textFileRefusal(bytes.byteLength);
  if (tooLarge) throw NewsdeskError.of(msg('error.import.refused', { file: fileName, reason: tooLarge }));
  const raw = readText(bytes);
  const choice = context.encoding ?? 'auto';
  const text = choice === 'auto' ? convertDetected(raw).text : decodeLegacy(raw, choice);
  const lines = text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const [title, ...paragraphs] = lines;
  if (title === undefined) throw NewsdeskError.of(msg('error.import.empty', { file: fileName }));
  const body = htmlToDocument(parseHtml(paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join('')), { photos: new Map() });
  return { article: { ...newDraft(randomUUID(), context.author, context.now), title, body }, photos: [] };
};

function readText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
