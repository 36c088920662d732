import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../model/article.ts';
import { documentText } from '../model/document.ts';
import { foldText } from '../model/foldText.ts';
import { writeFileDurably } from '../store/atomicWrite.ts';

/** The folder of the search index in the data folder. */
export const SEARCH_FOLDER = 'search';
/** The single-file cache earlier versions kept (a whole MiniSearch index): removed, the folder replaces it. */
const OLD_CACHE = 'search-index.json';
/** Names the generation folder in use; written last, so a half-written generation is never read. */
const CURRENT = 'current';
const FORMAT = 'newsdesk-search';
/**
 * Version 2 writes a shard as a table of where each term's postings lie in it, then the postings as
 * text, so that a search decodes only those of the terms it matches; a generation of version 1 (a
 * shard as one JSON object of every term's postings) is still read.
 */
const FORMAT_VERSION = 2;
const READABLE_VERSIONS = [1, 2];

/** The fields searched, title first: a match there outranks one in the body. */
const FIELDS = 5;
const BOOST = [4, 2, 1, 2, 2]; // title, sapo, body, byline, tags
/** Terms are spread over this many shard files by their first two letters; a search reads only its terms' shards. */
const SHARDS = 128;
/** A prefix match ("thon" finding "thong") counts for less than the word itself. */
const PREFIX_WEIGHT = 0.375;
/** Articles indexed since the files were written: rewritten as a new generation once there are this many. */
const REWRITE_AFTER = 64;
/** A generation folder not in use and this old was left by a crash or another process's earlier write. */
const LEFTOVER_AGE_MS = 10 * 60_000;
const K1 = 1.2;
const B = 0.7;
const BM25_DELTA = 0.5;

export interface SearchHit {
  id: string;
  score: number;
}

/**
 * One shard: each term's postings as flat triples (document number, field, occurrences); as read
 * from a file of version 2, where a term's postings lie in it until a search needs them.
 */
type Shard = Map<string, number[] | { file: Buffer; start: number; end: number }>;

interface OverlayDoc {
  version: string;
  lengths: number[];
  /** term → flat pairs (field, occurrences). */
  terms: Map<string, number[]>;
}

/** The generation on disk: its documents (number → id, version, field lengths) and its shards, read when a search needs them. */
interface Generation {
  folder: string;
  ids: (string | null)[];
  versions: string[];
  lengths: number[];
  shards: Map<number, Shard>;
  /** The library index's snapshot (its hash) the generation was caught up with, when the writer said. */
  snapshot: string | null;
  /** The format version it was written in. */
  version: number;
  /**
   * Where each document's summary lies in that snapshot, start and end byte in turn (-1 when not
   * known), when the writer said: a search reads its hits' summaries there without looking for them.
   */
  places: number[] | null;
  /** Each field's length summed over the documents (written with them; summed on the first search when not). */
  fieldTotals?: number[];
}

/**
 * Full-text search over the library as an inverted index on disk (`search/<generation>/`): a
 * table of the articles indexed and 128 shard files holding the terms by their first two letters,
 * so a search reads the table and the two or three shards its words live in, never the whole index.
 * Each article is indexed with the version (file stamp) it was made from; articles saved since the
 * files were written are held in memory beside them (and the stale entries on disk ignored) until
 * there are enough to write a new generation. A crash or a process that never searches leaves
 * nothing to repair: the next search indexes what changed since, found by version.
 */
export class SearchIndex {
  /** Document numbers on disk no longer current (article changed or gone). */
  private readonly stale = new Set<number>();
  private readonly byId = new Map<string, number>();
  private readonly overlay = new Map<string, OverlayDoc>();
  /** While a generation is being written: the articles put or removed meanwhile, still to be held beside it. */
  private touched: Set<string> | null = null;
  private writing: Promise<void> | null = null;

  private constructor(
    private readonly dir: string,
    private generation: Generation | null,
  ) {
    generation?.ids.forEach((id, doc) => id !== null && this.byId.set(id, doc));
  }

  /** Opens the index in the data folder; a missing or unreadable one starts empty (everything is indexed again). */
  static async open(dataDir: string): Promise<SearchIndex> {
    await unlink(join(dataDir, OLD_CACHE)).catch(() => undefined);
    const dir = join(dataDir, SEARCH_FOLDER);
    return new SearchIndex(dir, await readGeneration(dir).catch(() => null));
  }

  /** An index that ignores what is on disk: after a damaged shard, everything is indexed again. */
  static fresh(dataDir: string): SearchIndex {
    return new SearchIndex(join(dataDir, SEARCH_FOLDER), null);
  }

  /**
   * The hash of the library index's snapshot the generation on disk was caught up with: while the
   * library's snapshot is still that one, only the articles its log names can differ.
   */
  get writtenFor(): string | null {
    return this.generation?.snapshot ?? null;
  }

  /** How many articles are indexed. */
  get size(): number {
    return this.byId.size - this.stale.size + this.overlay.size;
  }

  /** The version of the article that was indexed, as given to `put`. */
  indexedVersion(id: string): string | undefined {
    const held = this.overlay.get(id);
    if (held) return held.version;
    const doc = this.byId.get(id);
    return doc === undefined || this.stale.has(doc) ? undefined : this.generation!.versions[doc];
  }

  /**
   * Where the article's summary lies in the library index's snapshot the generation was written for
   * (`writtenFor`), as given to `write`; undefined when not known, or when the article is held in
   * memory in a newer version.
   */
  placeOf(id: string): [number, number] | undefined {
    const places = this.generation?.places;
    const doc = this.byId.get(id);
    if (!places || doc === undefined || this.stale.has(doc) || this.overlay.has(id) || places[2 * doc]! < 0) return undefined;
    return [places[2 * doc]!, places[2 * doc + 1]!];
  }

  /** The ids of the articles indexed. */
  ids(): string[] {
    return [...[...this.byId].filter(([, doc]) => !this.stale.has(doc)).map(([id]) => id), ...this.overlay.keys()];
  }

  put(article: Article, version: string): void {
    this.remove(article.id);
    this.touched?.add(article.id);
    const lengths: number[] = [];
    const terms = new Map<string, number[]>();
    fieldTexts(article).forEach((text, field) => {
      const words = termsOf(text);
      lengths.push(words.length);
      const counts = new Map<string, number>();
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const [term, count] of counts) {
        const pairs = terms.get(term);
        if (pairs) pairs.push(field, count);
        else terms.set(term, [field, count]);
      }
    });
    this.overlay.set(article.id, { version, lengths, terms });
  }

  remove(id: string): void {
    this.touched?.add(id);
    this.overlay.delete(id);
    const doc = this.byId.get(id);
    if (doc !== undefined) this.stale.add(doc);
  }

  /** Whether the articles held in memory are enough to be worth writing as a new generation. */
  get worthWriting(): boolean {
    return this.overlay.size >= REWRITE_AFTER || (this.generation === null && this.overlay.size > 0) || this.stale.size >= REWRITE_AFTER;
  }

  /** Articles containing every word of the query (a word of three letters or more also as a prefix), best first. */
  async search(query: string): Promise<SearchHit[]> {
    const words = [...new Set(termsOf(query))];
    if (words.length === 0) return [];
    const averages = this.averageLengths();
    const total = Math.max(1, this.size);
    const skipped = this.skippedDocs();
    let combined: Scores | null = null;
    for (const word of words) {
      const scores = wordScores(this.generation?.ids.length ?? 0);
      const shard: Shard = this.generation ? await this.shard(shardOf(word)) : new Map();
      for (const term of shard.keys()) {
        if (matches(term, word)) this.scoreGeneration(term, word, postingsOf(shard, term)!, total, averages, skipped, scores);
      }
      for (const term of this.overlayTerms(word)) this.scoreOverlay(term, word, total, averages, scores.held);
      combined = combined ? both(combined, scores) : scores;
      if (combined.scored.length === 0 && combined.held.size === 0) return [];
    }
    const { onDisk, scored, held } = combined!;
    const ids = this.generation?.ids ?? [];
    return [...scored.map((doc) => ({ id: ids[doc]!, score: onDisk[doc]! })), ...[...held].map(([id, score]) => ({ id, score }))].sort(
      (a, b) => b.score - a.score,
    );
  }

  /**
   * Writes every article indexed as a new generation and switches to it; the previous generation
   * is removed. Reads every shard of the previous one: done once every few dozen saves. Articles
   * saved while it is written stay held in memory beside the new generation. `snapshot` names the
   * library index's snapshot it is caught up with, `places` where each article's summary lies in it.
   */
  write(snapshot: string | null = null, places: ReadonlyMap<string, readonly [number, number]> | null = null): Promise<void> {
    this.writing ??= this.writeGeneration(snapshot, places).finally(() => {
      this.writing = null;
      this.touched = null;
    });
    return this.writing;
  }

  private async writeGeneration(snapshot: string | null, placesById: ReadonlyMap<string, readonly [number, number]> | null): Promise<void> {
    const touched = new Set<string>();
    this.touched = touched;
    const ids: string[] = [];
    const versions: string[] = [];
    const lengths: number[] = [];
    const shards = Array.from({ length: SHARDS }, () => new Map<string, number[]>());
    const old = this.generation;
    if (old) {
      const renumbered = new Map<number, number>();
      old.ids.forEach((id, doc) => {
        if (id === null || this.stale.has(doc) || this.overlay.has(id)) return;
        renumbered.set(doc, ids.length);
        ids.push(id);
        versions.push(old.versions[doc]!);
        lengths.push(...old.lengths.slice(doc * FIELDS, doc * FIELDS + FIELDS));
      });
      for (let n = 0; n < SHARDS; n++) {
        const shard = await this.shard(n);
        for (const term of shard.keys()) {
          const postings = postingsOf(shard, term)!;
          const kept: number[] = [];
          for (let i = 0; i < postings.length; i += 3) {
            const doc = renumbered.get(postings[i]!);
            if (doc !== undefined) kept.push(doc, postings[i + 1]!, postings[i + 2]!);
          }
          if (kept.length > 0) shards[n]!.set(term, kept);
        }
      }
    }
    for (const [id, held] of this.overlay) {
      const doc = ids.length;
      ids.push(id);
      versions.push(held.version);
      lengths.push(...held.lengths);
      for (const [term, pairs] of held.terms) {
        const shard = shards[shardOf(term)]!;
        const postings = shard.get(term) ?? [];
        for (let i = 0; i < pairs.length; i += 2) postings.push(doc, pairs[i]!, pairs[i + 1]!);
        shard.set(term, postings);
      }
    }

    const places = placesById && ids.flatMap((id) => placesById.get(id) ?? [-1, -1]);
    const totals = fieldTotals(lengths);
    const name = `g${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const folder = join(this.dir, name);
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'docs.json'),
      JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, snapshot, ids, versions, lengths, fieldTotals: totals, places }),
    );
    await Promise.all(shards.map((shard, n) => writeFile(join(folder, shardFile(n)), encodeShard(shard))));
    await writeFileDurably(join(this.dir, CURRENT), name);
    // The previous generation goes, and any other left by a crash; not one another process may have just written.
    for (const entry of await readdir(this.dir)) {
      if (entry === name || entry === CURRENT || entry.startsWith('.')) continue;
      const path = join(this.dir, entry);
      const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (path === old?.folder || age > LEFTOVER_AGE_MS) await rm(path, { recursive: true, force: true });
    }

    this.generation = { folder, ids, versions, lengths, shards: new Map(), snapshot, version: FORMAT_VERSION, places, fieldTotals: totals };
    this.byId.clear();
    ids.forEach((id, doc) => this.byId.set(id, doc));
    this.stale.clear();
    for (const id of [...this.overlay.keys()]) if (!touched.has(id)) this.overlay.delete(id);
    for (const id of touched) {
      const doc = this.byId.get(id);
      if (doc !== undefined) this.stale.add(doc);
    }
  }

  private async shard(n: number): Promise<Shard> {
    const generation = this.generation!;
    let shard = generation.shards.get(n);
    if (!shard) {
      // Read in one call: an awaited read goes round the thread pool 512 KiB at a time.
      shard = readShard(readFileSync(join(generation.folder, shardFile(n))), generation.version);
      // A long-running process keeps the shards it has read, up to a third of them (the common words' shards are large).
      if (generation.shards.size >= SHARDS / 3) generation.shards.delete(generation.shards.keys().next().value!);
      generation.shards.set(n, shard);
    }
    return shard;
  }

  /** Documents on disk a search passes over: gone, changed since (stale), or held in memory in a newer version. */
  private skippedDocs(): Uint8Array {
    const ids = this.generation?.ids ?? [];
    const skipped = new Uint8Array(ids.length);
    ids.forEach((id, doc) => {
      if (id === null) skipped[doc] = 1;
    });
    for (const doc of this.stale) skipped[doc] = 1;
    for (const id of this.overlay.keys()) {
      const doc = this.byId.get(id);
      if (doc !== undefined) skipped[doc] = 1;
    }
    return skipped;
  }

  private scoreGeneration(
    term: string,
    word: string,
    postings: number[],
    total: number,
    averages: number[],
    skipped: Uint8Array,
    scores: WordScores,
  ): void {
    const { lengths } = this.generation!;
    let docs = 0;
    for (let i = 0; i < postings.length; i += 3) {
      if (i === 0 || postings[i] !== postings[i - 3]) docs++;
    }
    const weight = termWeight(term, word) * idf(total, docs + this.overlayDocs(term));
    const { onDisk, found, scored } = scores;
    for (let i = 0; i < postings.length; i += 3) {
      const doc = postings[i]!;
      if (skipped[doc]) continue;
      const field = postings[i + 1]!;
      if (!found[doc]) {
        found[doc] = 1;
        scored.push(doc);
      }
      onDisk[doc]! += weight * fieldScore(field, postings[i + 2]!, lengths[doc * FIELDS + field]!, averages[field]!);
    }
  }

  private scoreOverlay(term: string, word: string, total: number, averages: number[], scores: Map<string, number>): void {
    const onDisk = this.generation ? this.generationDocs(term) : 0;
    const weight = termWeight(term, word) * idf(total, onDisk + this.overlayDocs(term));
    for (const [id, held] of this.overlay) {
      const pairs = held.terms.get(term);
      if (!pairs) continue;
      let add = 0;
      for (let i = 0; i < pairs.length; i += 2)
        add += weight * fieldScore(pairs[i]!, pairs[i + 1]!, held.lengths[pairs[i]!]!, averages[pairs[i]!]!);
      scores.set(id, (scores.get(id) ?? 0) + add);
    }
  }

  /** Documents on disk holding the term, from the shards already read (the overlay is scored after them). */
  private generationDocs(term: string): number {
    const shard = this.generation!.shards.get(shardOf(term));
    const postings = shard && postingsOf(shard, term);
    if (!postings) return 0;
    let docs = 0;
    for (let i = 0; i < postings.length; i += 3) if (i === 0 || postings[i] !== postings[i - 3]) docs++;
    return docs;
  }

  private overlayDocs(term: string): number {
    let docs = 0;
    for (const held of this.overlay.values()) if (held.terms.has(term)) docs++;
    return docs;
  }

  private overlayTerms(word: string): string[] {
    const terms = new Set<string>();
    for (const held of this.overlay.values()) {
      for (const term of held.terms.keys()) if (term === word || (word.length > 2 && term.startsWith(word))) terms.add(term);
    }
    return [...terms];
  }

  private averageLengths(): number[] {
    const sums = new Array<number>(FIELDS).fill(0);
    let count = 0;
    const generation = this.generation;
    if (generation) {
      generation.fieldTotals ??= fieldTotals(generation.lengths);
      generation.fieldTotals.forEach((total, field) => (sums[field]! += total));
      count += generation.ids.length;
    }
    for (const held of this.overlay.values()) held.lengths.forEach((length, field) => (sums[field]! += length));
    count += this.overlay.size;
    return sums.map((sum) => Math.max(1, sum / Math.max(1, count)));
  }
}

/** Bytes the search index takes on disk (the generation in use), or null when it was never written. */
export async function searchIndexBytes(dataDir: string): Promise<number | null> {
  const dir = join(dataDir, SEARCH_FOLDER);
  try {
    const folder = join(dir, (await readFile(join(dir, CURRENT), 'utf8')).trim());
    let bytes = 0;
    for (const name of await readdir(folder)) bytes += (await stat(join(folder, name))).size;
    return bytes;
  } catch {
    return null;
  }
}

/** The words of a text as searched: folded (no marks, lower case) and split at spaces and punctuation. */
export function termsOf(text: string): string[] {
  return foldText(text)
    .split(/[\n\r\p{Z}\p{P}]+/u)
    .filter((word) => word.length > 0);
}

function fieldTexts(article: Article): string[] {
  const photoCaption = article.featuredPhoto ? `${article.featuredPhoto.caption} ${article.featuredPhoto.credit}` : '';
  return [article.title, article.sapo, `${documentText(article.body)} ${photoCaption}`, article.byline, article.tags.join(' ')];
}

/**
 * One word's scores: by document number for the documents on disk (in typed arrays: no look-up by
 * id for each of the thousands of postings of a common word), by id for the articles held in memory.
 */
interface Scores {
  onDisk: Float64Array;
  /** The documents on disk found, in the order first found. */
  scored: number[];
  held: Map<string, number>;
}

interface WordScores extends Scores {
  /** Whether each document on disk was found. */
  found: Uint8Array;
}

function wordScores(docs: number): WordScores {
  return { onDisk: new Float64Array(docs), found: new Uint8Array(docs), scored: [], held: new Map() };
}

/** The documents found by both, each with the sum of its scores; in the order of the first. */
function both(first: Scores, second: WordScores): Scores {
  const scored = first.scored.filter((doc) => second.found[doc]);
  for (const doc of scored) first.onDisk[doc]! += second.onDisk[doc]!;
  const held = new Map<string, number>();
  for (const [id, score] of first.held) {
    const more = second.held.get(id);
    if (more !== undefined) held.set(id, score + more);
  }
  return { onDisk: first.onDisk, scored, held };
}

/** Whether a term is the word, or (for a word of three letters or more) starts with it. */
function matches(term: string, word: string): boolean {
  return term === word || (word.length > 2 && term.startsWith(word));
}

function fieldTotals(lengths: number[]): number[] {
  const totals = new Array<number>(FIELDS).fill(0);
  for (let i = 0; i < lengths.length; i++) totals[i % FIELDS]! += lengths[i]!;
  return totals;
}

function termWeight(term: string, word: string): number {
  return term === word ? 1 : (PREFIX_WEIGHT * word.length) / term.length;
}

function idf(total: number, docs: number): number {
  return Math.log(1 + (total - docs + 0.5) / (docs + 0.5));
}

/** BM25+ for one field, boosted by the field's weight. */
function fieldScore(field: number, occurrences: number, length: number, average: number): number {
  const saturation = (occurrences * (K1 + 1)) / (occurrences + K1 * (1 - B + (B * length) / average));
  return BOOST[field]! * (BM25_DELTA + saturation);
}

/** The shard of a term: by its first two letters, so every word a prefix can reach lies in the prefix's shard. */
function shardOf(term: string): number {
  const key = term.slice(0, 2);
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
  return hash % SHARDS;
}

function shardFile(n: number): string {
  return `terms-${n.toString().padStart(3, '0')}.json`;
}

/**
 * A shard file: a first line saying where each term's postings lie in the text after it (start and
 * end), then each term's postings as text, their document numbers as differences from the previous
 * one (small numbers, a smaller file).
 */
function encodeShard(shard: Map<string, number[]>): string {
  const places: Record<string, [number, number]> = {};
  let text = '';
  for (const [term, postings] of shard) {
    const encoded = postings.slice();
    for (let i = postings.length - 3; i > 0; i -= 3) encoded[i] = postings[i]! - postings[i - 3]!;
    const start = text.length;
    text += encoded.join(',');
    places[term] = [start, text.length];
  }
  return `${JSON.stringify(places)}\n${text}`;
}

/** A shard file as written in `version`: of version 2, only its table read; of version 1, every term's postings decoded at once. */
function readShard(file: Buffer, version: number): Shard {
  const shard: Shard = new Map();
  if (version === 1) {
    for (const [term, postings] of Object.entries(JSON.parse(file.toString('utf8')) as Record<string, number[]>)) {
      shard.set(term, undoDifferences(postings));
    }
    return shard;
  }
  const tableEnd = file.indexOf(0x0a);
  const textStart = tableEnd + 1;
  for (const [term, [start, end]] of Object.entries(JSON.parse(file.toString('utf8', 0, tableEnd)) as Record<string, [number, number]>)) {
    shard.set(term, { file, start: textStart + start, end: textStart + end });
  }
  return shard;
}

/** A term's postings in the shard, decoded (and kept so) on first use. */
function postingsOf(shard: Shard, term: string): number[] | undefined {
  const held = shard.get(term);
  if (held === undefined || Array.isArray(held)) return held;
  const postings = undoDifferences(JSON.parse(`[${held.file.toString('latin1', held.start, held.end)}]`) as number[]);
  shard.set(term, postings);
  return postings;
}

function undoDifferences(postings: number[]): number[] {
  for (let i = 3; i < postings.length; i += 3) postings[i]! += postings[i - 3]!;
  return postings;
}

async function readGeneration(dir: string): Promise<Generation> {
  const name = (await readFile(join(dir, CURRENT), 'utf8')).trim();
  const folder = join(dir, name);
  const docs = JSON.parse(readFileSync(join(folder, 'docs.json'), 'utf8')) as {
    format?: string;
    version?: number;
    ids: string[];
    versions: string[];
    lengths: number[];
    snapshot?: unknown;
    fieldTotals?: unknown;
    places?: unknown;
  };
  if (docs.format !== FORMAT || !READABLE_VERSIONS.includes(docs.version!) || docs.ids.length * FIELDS !== docs.lengths.length) {
    throw new Error('not a search index this version reads');
  }
  const snapshot = typeof docs.snapshot === 'string' ? docs.snapshot : null;
  const places = Array.isArray(docs.places) && docs.places.length === 2 * docs.ids.length ? (docs.places as number[]) : null;
  const totals = Array.isArray(docs.fieldTotals) && docs.fieldTotals.length === FIELDS ? (docs.fieldTotals as number[]) : undefined;
  return {
    folder,
    ids: docs.ids,
    versions: docs.versions,
    lengths: docs.lengths,
    shards: new Map(),
    snapshot,
    version: docs.version!,
    places,
    fieldTotals: totals,
  };
}
