import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../core/store/atomicWrite.ts';
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

/** The development portal's content, one JSON file per entity and the uploaded files as they came. */
export class PortalStore {
  readonly nodes = new Map<string, StoredNode>();
  readonly files = new Map<string, StoredFile>();
  readonly terms = new Map<string, StoredTerm>();
  config: PortalConfig = { readOnly: false };
  private lastVid = 0;

  private constructor(readonly folder: string) {}

  /** Opens (or creates) the store; `override` replaces what the saved configuration says. */
  static async open(folder: string, override: Partial<PortalConfig> = {}): Promise<PortalStore> {
    const store = new PortalStore(folder);
    for (const sub of ['nodes', 'files', 'terms', 'public']) await mkdir(join(folder, sub), { recursive: true, mode: 0o700 });
    for (const node of await readAll<StoredNode>(join(folder, 'nodes'))) store.nodes.set(node.uuid, node);
    for (const file of await readAll<StoredFile>(join(folder, 'files'))) store.files.set(file.uuid, file);
    for (const term of await readAll<StoredTerm>(join(folder, 'terms'))) store.terms.set(term.uuid, term);
    for (const node of store.nodes.values()) store.lastVid = Math.max(store.lastVid, node.current.vid, node.pending?.vid ?? 0);
    const saved = await readFile(join(folder, 'config.json'), 'utf8').then(
      (text) => JSON.parse(text) as Partial<PortalConfig>,
      () => ({}),
    );
    store.config = { readOnly: false, ...saved, ...override };
    await store.saveConfig();
    return store;
  }

  nextNid(): number {
    return 1 + Math.max(0, ...[...this.nodes.values()].map((n) => n.nid));
  }

  nextVid(): number {
    return ++this.lastVid;
  }

  nextFid(): number {
    return 1 + Math.max(0, ...[...this.files.values()].map((f) => f.fid));
  }

  nextTid(): number {
    return 1 + Math.max(0, ...[...this.terms.values()].map((t) => t.tid));
  }

  nodeByNid(nid: number): StoredNode | undefined {
    return [...this.nodes.values()].find((node) => node.nid === nid);
  }

  async saveNode(node: StoredNode): Promise<void> {
    await writeFileDurably(join(this.folder, 'nodes', `${node.uuid}.json`), JSON.stringify(node, null, 2));
    this.nodes.set(node.uuid, node);
  }

  async saveTerm(term: StoredTerm): Promise<void> {
    await writeFileDurably(join(this.folder, 'terms', `${term.uuid}.json`), JSON.stringify(term, null, 2));
    this.terms.set(term.uuid, term);
  }

  /** Writes the bytes first and the entity last, so a crash leaves no entity without its file. */
  async saveFile(file: StoredFile, bytes?: Uint8Array): Promise<void> {
    if (bytes) {
      const path = this.pathOfUri(file.uri);
      await mkdir(dirname(path), { recursive: true });
      await writeFileDurably(path, bytes);
    }
    await writeFileDurably(join(this.folder, 'files', `${file.uuid}.json`), JSON.stringify(file, null, 2));
    this.files.set(file.uuid, file);
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
}

async function readAll<T>(folder: string): Promise<T[]> {
  const items: T[] = [];
  for (const name of await readdir(folder)) {
    if (name.endsWith('.json') && !name.startsWith('.')) items.push(JSON.parse(await readFile(join(folder, name), 'utf8')) as T);
  }
  return items;
}
