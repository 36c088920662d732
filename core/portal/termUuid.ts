import { createHash } from 'node:crypto';

// Our own namespace for tag UUIDs (a random v4, fixed once): the same tag always gets the same
// UUID, so creating it twice is a harmless 409 instead of a second term.
const NAMESPACE = '3f0c9a52-5d1e-4b8f-9c47-1a6e2d7b8c90';

/** A name-based (version 5) UUID for a tag. */
export function termUuid(name: string): string {
  const namespace = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name.normalize('NFC').trim().toLowerCase(), 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
