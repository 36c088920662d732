import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article } from '../model/article.ts';
import { documentText } from '../model/document.ts';
import { foldText } from '../model/foldText.ts';

/** The fields searched, title first: a match there outranks one in the body. */
const FIELDS = ['title', 'sapo', 'body', 'byline', 'tags'] as const;
const BOOST = { title: 4, sapo: 2, byline: 2, tags: 2, body: 1 };

interface SearchDocument {
  id: string;
  title: string;
  sapo: string;
  body: string;
  byline: string;
  tags: string;
  version: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

const options = {
  fields: [...FIELDS],
  storeFields: ['version'],
  processTerm: (term: string) => foldText(term),
  searchOptions: { boost: BOOST, prefix: (term: string) => term.length > 2, combineWith: 'AND' as const },
};

/**
 * Full-text search over the library (MiniSearch), kept in memory once loaded and updated on every save.
 * It is persisted as a cache: each entry carries the version (file stamp) of the article it was
 * made from, so after a crash, or saves by a process that never searched, only the articles that
 * changed since are indexed again.
 */
export class SearchIndex {
  private constructor(
    private readonly mini: MiniSearch<SearchDocument>,
    /** The articles indexed (MiniSearch can tell one id, not list them): to drop those no longer in the library. */
    private readonly indexed: Set<string>,
  ) {}

  static empty(): SearchIndex {
    return new SearchIndex(new MiniSearch<SearchDocument>(options), new Set());
  }

  static fromJson(json: string): SearchIndex {
    const stored = JSON.parse(json) as Parameters<typeof MiniSearch.loadJS>[0] & { documentIds: Record<string, string> };
    return new SearchIndex(MiniSearch.loadJS<SearchDocument>(stored, options), new Set(Object.values(stored.documentIds)));
  }

  toJson(): string {
    return JSON.stringify(this.mini);
  }

  /** How many articles are indexed. */
  get size(): number {
    return this.mini.documentCount;
  }

  /** The version of the article that was indexed, as given to `put`. */
  indexedVersion(id: string): string | undefined {
    return (this.mini.getStoredFields(id) as { version?: string } | undefined)?.version;
  }

  /** The ids of the articles indexed. */
  ids(): string[] {
    return [...this.indexed];
  }

  put(article: Article, version: string): void {
    if (this.mini.has(article.id)) this.mini.discard(article.id);
    this.mini.add(toDocument(article, version));
    this.indexed.add(article.id);
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
    this.indexed.delete(id);
  }

  search(query: string): SearchHit[] {
    return this.mini.search(query).map((hit: SearchResult) => ({ id: String(hit.id), score: hit.score }));
  }
}

function toDocument(article: Article, version: string): SearchDocument {
  const photoCaption = article.featuredPhoto ? `${article.featuredPhoto.caption} ${article.featuredPhoto.credit}` : '';
  return {
    id: article.id,
    title: article.title,
    sapo: article.sapo,
    body: `${documentText(article.body)} ${photoCaption}`,
    byline: article.byline,
    tags: article.tags.join(' '),
    version,
  };
}
