import type { SerializedNode } from './document.ts';
import { msg, type CoreMessage } from '../i18n/coreMessages.ts';

/**
 * How much one piece of input may hold, checked where it comes in (while reading, before the costly
 * work), so that a hostile or broken file is refused in a moment with the limit named, instead of
 * filling memory. Each is far beyond what a real article needs.
 */
export const INPUT_LIMITS = {
  /** Nesting of objects and arrays in any JSON that comes in (an article body is a dozen levels deep). */
  jsonDepth: 100,
  /** An article `.json` file (its photos travel apart, in `.newsdesk` packages). */
  articleJsonBytes: 5 * 1024 * 1024,
  /** Characters of text in an article body: a long report is 30,000. */
  bodyCharacters: 500_000,
  /**
   * A plain text file, checked before it is decoded: 500,000 characters take at most 2.5 MB in any
   * of the encodings read (UTF-8, even decomposed; TCVN3, VNI, VIQR), so a larger file is refused
   * at once instead of being turned into paragraphs first (50 MB took 30 s and 2 GB).
   */
  textFileBytes: 4 * 1024 * 1024,
  /** Width × height of a photo, read from its header: 50 megapixels (a camera takes 24). */
  photoPixels: 50_000_000,
  /** Any one part of a Word file once inflated (the text of a 500-page book is 5 MB). */
  docxPartBytes: 20 * 1024 * 1024,
  /** All parts of a Word file once inflated, photos included. */
  docxTotalBytes: 150 * 1024 * 1024,
  /** Parts (entries) in a Word file or a package. */
  zipEntries: 2_000,
} as const;

/**
 * How deeply `value` nests, counted without recursion (a value nested 100,000 deep must not
 * overflow the stack that measures it); stops counting at `stopAt`.
 */
export function nestingDepth(value: unknown, stopAt: number = INPUT_LIMITS.jsonDepth + 1): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest >= stopAt) return deepest;
    for (const child of Object.values(item)) pending.push([child, level]);
  }
  return deepest;
}

/** Why `value` nests too deeply to be taken in, or null. */
export function depthRefusal(value: unknown): CoreMessage | null {
  return nestingDepth(value) > INPUT_LIMITS.jsonDepth ? msg('error.limit.tooDeep', { limit: INPUT_LIMITS.jsonDepth }) : null;
}

/** Characters of text in a body, counted without recursion, stopping once past the limit. */
export function bodyCharacters(root: SerializedNode, stopAt: number = INPUT_LIMITS.bodyCharacters + 1): number {
  let count = 0;
  const pending: SerializedNode[] = [root];
  while (pending.length > 0 && count < stopAt) {
    const node = pending.pop()!;
    if (typeof node.text === 'string') count += node.text.length;
    for (const key of ['altText', 'caption'] as const) {
      const value = (node as Record<string, unknown>)[key];
      if (typeof value === 'string') count += value.length;
    }
    if (Array.isArray(node.children)) pending.push(...node.children);
  }
  return count;
}

/** Why a body is too long to be taken in, or null. */
export function bodyLengthRefusal(body: { root: SerializedNode }): CoreMessage | null {
  return bodyCharacters(body.root) > INPUT_LIMITS.bodyCharacters
    ? msg('error.limit.bodyTooLong', { limit: INPUT_LIMITS.bodyCharacters })
    : null;
}

/** Why a photo of this size is too large to be taken in, or null. */
export function photoSizeRefusal(width: number, height: number): CoreMessage | null {
  if (width * height <= INPUT_LIMITS.photoPixels) return null;
  return msg('error.limit.photoTooLarge', { width: String(width), height: String(height), limit: INPUT_LIMITS.photoPixels / 1_000_000 });
}

/** Why a text file is too large to be read as an article, or null. */
export function textFileRefusal(bytes: number): CoreMessage | null {
  if (bytes <= INPUT_LIMITS.textFileBytes) return null;
  return msg('error.limit.textFileTooLarge', { limit: INPUT_LIMITS.textFileBytes / 1024 / 1024, characters: INPUT_LIMITS.bodyCharacters });
}
