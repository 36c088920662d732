import { createHash } from 'node:crypto';

/** A UUID derived from a name, the same on every start (users and roles keep theirs, as in Drupal). */
export function stableUuid(seed: string): string {
  const hex = createHash('sha1').update(`devportal:${seed}`, 'utf8').digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
