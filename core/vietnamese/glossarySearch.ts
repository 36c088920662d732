import { foldText } from '../model/foldText.ts';
import type { GlossaryEntry } from './glossary.ts';

/**
 * The query and its other spellings through the glossary: "uy ban nhan dan tinh" also as
 * "ubnd tinh", and "UBND" also as "uy ban nhan dan". Matching ignores case and marks; the query as
 * typed comes first.
 */
export function glossaryQueries(query: string, glossary: readonly GlossaryEntry[]): string[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const variants = new Set<string>([query]);
  for (const entry of glossary) {
    const short = foldText(entry.abbreviation).split(/\s+/).filter(Boolean);
    const long = foldText(entry.expansion).split(/\s+/).filter(Boolean);
    for (const [from, to] of [
      [long, short],
      [short, long],
    ] as const) {
      const replaced = replaceRun(words, from, to);
      if (replaced) variants.add(replaced.join(' '));
    }
  }
  return [...variants];
}

/** Searches with every spelling of the query; hits of the query as typed first, each article once. */
export async function searchWithGlossary<Hit extends { id: string }>(
  find: (query: string) => Hit[] | Promise<Hit[]>,
  query: string,
  glossary: readonly GlossaryEntry[],
): Promise<Hit[]> {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const variant of glossaryQueries(query, glossary)) {
    for (const hit of await find(variant)) {
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      hits.push(hit);
    }
  }
  return hits;
}

function replaceRun(words: readonly string[], from: readonly string[], to: readonly string[]): string[] | null {
  if (from.length === 0) return null;
  const out: string[] = [];
  let changed = false;
  for (let at = 0; at < words.length;) {
    if (from.every((word, offset) => words[at + offset] === word)) {
      out.push(...to);
      at += from.length;
      changed = true;
    } else {
      out.push(words[at]!);
      at += 1;
    }
  }
  return changed ? out : null;
}
