import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../core/store/atomicWrite.ts';
import { Journal } from '../core/store/Journal.ts';
import type { ModerationState } from './moderation.ts';

export interface ImageRef {
  uuid: string;
  alt: string;
  title: string;
  width?: number;
  height?: number;
}

export interface NodeRevision {
  vid: number;
  title: string;
  body: { value: string; format: string; summary: string };
  moderationState: ModerationState;
  status: boolean;
  changed: string;
  image: ImageRef | null;
  tags: string[];
  /** `revision_log`: why this revision was made (a transition's note travels here). */
  log?: string;
  /** `revision_uid`: the account that made this revision. */
  author?: string;
}

export interface StoredNode {
  uuid: string;
  nid: number;
  created: string;
  owner: string;
  /** The default revision: what visitors and a plain GET see. */
  current: NodeRevision;
  /** A newer unpublished draft on top of a published default ("working copy"). */
  pending: NodeRevision | null;
}

export interface StoredFile {
  uuid: string;
  fid: number;
  filename: string;
  /** `public://2021-02/name.jpg` */
  uri: string;
  filemime: string;
  filesize: number;
  /** Permanent once a node refers to it; uploads start temporary, as in Drupal. */
  permanent: boolean;
  created: string;
  owner: string;
}

export interface StoredTerm {
  uuid: string;
  tid: number;
  name: string;
}

export interface PortalConfig {
  /** Drupal's `jsonapi.settings:read_only`. */
  readOnly: boolean;
}

/** One entity as the store's journal keeps it: the whole entity as it is now. */
type StoreLine = { node: StoredNode } | { file: StoredFile } | { term: StoredTerm };

const JOURNAL = 'store.log';
/** Where earlier versions kept the entities, one JSON file each. */
const ENTITY_FOLDERS = ['nodes', 'files', 'terms'];

/**
 * The development portal's content: every entity in one journal (`store.log`), a line per save,
 * as Drupal's database appends to its log on commit rather than making a file per row; the
 * uploaded files as they came under `public/`. A save is seen at once by the requests that follow
 * and is on disk before it is answered; saves made side by side share their disk writes (see
 * `Journal`). Ids (nid, vid, fid, tid) count up from the highest taken, like a database sequence.
 */
export class PortalStore {
  readonly nodes = new Map<string, StoredNode>();
  readonly files = new Map<string, StoredFile>();
  readonly terms = new Map<string, StoredTerm>();
  config: PortalConfig = { readOnly: false };
  private lastNid = 0;
  private lastVid = 0;
  private lastFid = 0;
  private lastTid = 0;
  private journal!: Journal<StoreLine>;

  private constructor(readonly folder: string) {}

  /** Opens (or creates) the store; `override` replaces what the saved configuration says. */
  static async open(folder: string, override: Partial<PortalConfig> = {}): Promise<PortalStore> {
    const store = new PortalStore(folder);
    await mkdir(join(folder, 'public'), { recursive: true, mode: 0o700 });
    const fromFiles: StoreLine[] = [
      ...(await readAll<StoredNode>(join(folder, 'nodes'))).map((node) => ({ node })),
      ...(await readAll<StoredFile>(join(folder, 'files'))).map((file) => ({ file })),
      ...(await readAll<StoredTerm>(join(folder, 'terms'))).map((term) => ({ term })),
    ];
    for (const line of fromFiles) store.take(line);
    const { journal, lines } = await Journal.open<StoreLine>(join(folder, JOURNAL), {
      parse: parseLine,
      state: () => store.lines(),
      stateSize: () => store.nodes.size + store.files.size + store.terms.size,
    });
    store.journal = journal;
    for (const line of lines) store.take(line);
    if (fromFiles.length > 0) {
      // A store kept one file per entity moves into the journal; the files go once it is written.
      await journal.compact();
      for (const sub of ENTITY_FOLDERS) await rm(join(folder, sub), { recursive: true, force: true });
    }
    const saved = await readFile(join(folder, 'config.json'), 'utf8').then(
      (text) => JSON.parse(text) as Partial<PortalConfig>,
      () => ({}),
    );
    store.config = { readOnly: false, ...saved, ...override };
    await store.saveConfig();
    return store;
  }

  nextNid(): number {
    return ++this.lastNid;
  }

  nextVid(): number {
    return ++this.lastVid;
  }

  nextFid(): number {
    return ++this.lastFid;
  }

  nextTid(): number {
    return ++this.lastTid;
  }

  nodeByNid(nid: number): StoredNode | undefined {
    return [...this.nodes.values()].find((node) => node.nid === nid);
  }

  saveNode(node: StoredNode): Promise<void> {
    return this.save({ node });
  }

  saveTerm(term: StoredTerm): Promise<void> {
    return this.save({ term });
  }

  /** Writes the bytes first and the entity last, so a crash leaves no entity without its file. */
  async saveFile(file: StoredFile, bytes?: Uint8Array): Promise<void> {
    if (bytes) {
      const path = this.pathOfUri(file.uri);
      await mkdir(dirname(path), { recursive: true });
      await writeFileDurably(path, bytes);
    }
    await this.save({ file });
  }

  async saveConfig(): Promise<void> {
    await writeFileDurably(join(this.folder, 'config.json'), JSON.stringify(this.config, null, 2));
  }

  /** The file a `public://` URI names, or null when it would leave the public folder. */
  pathOfUri(uri: string): string {
    const relative = uri.replace(/^public:\/\//, '');
    if (relative.split('/').some((part) => part === '..' || part === '')) throw new Error(`bad file uri ${uri}`);
    return join(this.folder, 'public', relative);
  }

  async readFileBytes(file: StoredFile): Promise<Buffer> {
    return readFile(this.pathOfUri(file.uri));
  }

  /** Taken in at once, written to the journal; a write that fails puts back what was there (a transaction rolled back). */
  private async save(line: StoreLine): Promise<void> {
    const [map, key] = this.placeOf(line);
    const before = map.get(key);
    this.take(line);
    try {
      await this.journal.append(line);
    } catch (error) {
      if (before) map.set(key, before);
      else map.delete(key);
      throw error;
    }
  }

  private take(line: StoreLine): void {
    if ('node' in line) {
      const { node } = line;
      this.nodes.set(node.uuid, node);
      this.lastNid = Math.max(this.lastNid, node.nid);
      this.lastVid = Math.max(this.lastVid, node.current.vid, node.pending?.vid ?? 0);
    } else if ('file' in line) {
      this.files.set(line.file.uuid, line.file);
      this.lastFid = Math.max(this.lastFid, line.file.fid);
    } else {
      this.terms.set(line.term.uuid, line.term);
      this.lastTid = Math.max(this.lastTid, line.term.tid);
    }
  }

  private placeOf(line: StoreLine): [Map<string, unknown>, string] {
    if ('node' in line) return [this.nodes, line.node.uuid];
    if ('file' in line) return [this.files, line.file.uuid];
    return [this.terms, line.term.uuid];
  }

  private lines(): StoreLine[] {
    return [
      ...[...this.files.values()].map((file) => ({ file })),
      ...[...this.terms.values()].map((term) => ({ term })),
      ...[...this.nodes.values()].map((node) => ({ node })),
    ];
  }
}

function parseLine(value: unknown): StoreLine | null {
  const line = value as Partial<{ node: StoredNode; file: StoredFile; term: StoredTerm }> | null;
  if (typeof line?.node?.uuid === 'string') return { node: line.node };
  if (typeof line?.file?.uuid === 'string') return { file: line.file };
  if (typeof line?.term?.uuid === 'string') return { term: line.term };
  return null;
}

/** The entities an earlier version kept one file each in this folder (none when it is not there). */
async function readAll<T>(folder: string): Promise<T[]> {
  const items: T[] = [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  for (const name of names) {
    if (name.endsWith('.json') && !name.startsWith('.')) items.push(JSON.parse(await readFile(join(folder, name), 'utf8')) as T);
  }
  return items;
}
