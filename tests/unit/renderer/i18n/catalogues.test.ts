import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../core/model/account.ts';
import { ARTICLE_STATES } from '../../../../core/model/article.ts';
import { BACKUP_KINDS } from '../../../../core/model/backup.ts';
import { PORTAL_AUTH_METHODS } from '../../../../core/model/portalSettings.ts';
import { REVISION_REASONS } from '../../../../core/model/revision.ts';
import { SYNC_STATUSES } from '../../../../core/model/sync.ts';
import { WORKFLOW_ACTIONS } from '../../../../core/model/transitionRecord.ts';
import { coreCatalogues } from '../../../../core/i18n/coreMessages.ts';
import { catalogues } from '../../../../renderer/i18n/languages.ts';
import { en } from '../../../../renderer/i18n/en.ts';
import { vi } from '../../../../renderer/i18n/vi.ts';

type Catalogue = Readonly<Record<string, string>>;

declare global {
  interface ImportMeta {
    /** Vite's glob import, which Vitest runs; declared here because this tsconfig (the renderer's) has no Node or vite/client types. */
    glob(patterns: string[], options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

/** The renderer's source files as text, by path. The catalogues themselves hold every key; scanning them would prove nothing. */
const RENDERER_SOURCES = import.meta.glob(
  ['../../../../renderer/**/*.{ts,tsx}', '!../../../../renderer/i18n/vi.ts', '!../../../../renderer/i18n/en.ts'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

/** The core's source files as text: where its catalogued messages (`msg('error.…')`) are used. */
const CORE_SOURCES = import.meta.glob(['../../../../core/**/*.ts'], { query: '?raw', import: 'default', eager: true });

/** `{name}` placeholders of a message, sorted, each once. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/**
 * What is wrong between two catalogues of the same messages: a key only one of them has, an
 * empty message, or a key whose placeholders differ (a translation that drops `{count}` shows
 * the reader no number; one that adds `{name}` shows the braces).
 */
function catalogueProblems(catalogues: Record<string, Catalogue>): string[] {
  const problems: string[] = [];
  const names = Object.keys(catalogues);
  const allKeys = new Set(names.flatMap((name) => Object.keys(catalogues[name]!)));
  for (const key of [...allKeys].sort()) {
    const missingFrom = names.filter((name) => !(key in catalogues[name]!));
    if (missingFrom.length > 0) problems.push(`${key}: missing from ${missingFrom.join(', ')}`);
    for (const name of names) {
      const message = catalogues[name]![key];
      if (message !== undefined && message.trim() === '') problems.push(`${key}: empty in ${name}`);
    }
    const present = names.filter((name) => key in catalogues[name]!);
    const shapes = present.map((name) => placeholders(catalogues[name]![key]!).join(','));
    if (new Set(shapes).size > 1) {
      problems.push(`${key}: placeholders differ (${present.map((name, i) => `${name} {${shapes[i]}}`).join(' vs ')})`);
    }
  }
  return problems;
}

interface UsedKeys {
  /** Keys written out whole: `t('library.title')`, `label: 'nav.library'`, `title="mine.title"`. */
  exact: string[];
  /** Beginnings of keys built at run time: `` t(`state.${state}`) `` gives `state.`. */
  prefixes: string[];
}

/**
 * The message keys a source file uses. Rather than parse every way a key reaches `t()` (directly,
 * through a prop typed `MessageKey`, from a table), any quoted `namespace.name` string whose
 * namespace is one the catalogue uses counts as a key, and so does the fixed start of a template
 * string in such a namespace.
 */
function keysUsedIn(source: string, namespaces: ReadonlySet<string>): UsedKeys {
  const inNamespace = (key: string) => namespaces.has(key.split('.')[0]!);
  const exact = [...source.matchAll(/(['"])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+)\1/g)].map((match) => match[2]!).filter(inNamespace);
  const prefixes = [...source.matchAll(/`([a-z][A-Za-z0-9]*\.(?:[A-Za-z0-9_-]+\.)*)\$\{/g)].map((match) => match[1]!).filter(inNamespace);
  return { exact, prefixes };
}

/** Keys and key families a catalogue lacks, with the file that uses each. */
function unknownKeys(used: Record<string, UsedKeys>, catalogue: Catalogue): string[] {
  const keys = Object.keys(catalogue);
  const problems: string[] = [];
  for (const [file, { exact, prefixes }] of Object.entries(used)) {
    for (const key of exact) if (!(key in catalogue)) problems.push(`${file}: '${key}' is not in the catalogue`);
    for (const prefix of prefixes)
      if (!keys.some((key) => key.startsWith(prefix))) problems.push(`${file}: no key starts with '${prefix}'`);
  }
  return problems;
}

const namespacesOf = (catalogue: Catalogue) => new Set(Object.keys(catalogue).map((key) => key.split('.')[0]!));

describe('the Vietnamese and English catalogues', () => {
  it('have the same keys, no empty message and the same placeholders in both languages', () => {
    expect(Object.keys(vi).length).toBeGreaterThan(200);
    expect(catalogueProblems({ vi, en })).toEqual([]);
  });

  it('hold the core’s messages (error codes and the names they use) in both languages, and the page’s catalogues include them', () => {
    expect(catalogueProblems(coreCatalogues)).toEqual([]);
    expect(catalogueProblems({ vi: catalogues.vi, en: catalogues.en })).toEqual([]);
    // The page's own keys and the core's never share a name, so neither hides the other.
    expect(Object.keys(coreCatalogues.vi).filter((key) => key in vi)).toEqual([]);
    const used = Object.entries(CORE_SOURCES).flatMap(([path, source]) =>
      [...source.matchAll(/msg\(\s*'([a-z][\w.-]+)'/g)].map((match) => [path.replace('../../../../', ''), match[1]!] as const),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter(([, key]) => !(key in coreCatalogues.vi)).map(([file, key]) => `${file}: ${key}`)).toEqual([]);
    for (const family of ['name.state.', 'name.action.']) {
      const values = family === 'name.state.' ? ARTICLE_STATES : WORKFLOW_ACTIONS;
      expect(values.filter((value) => !(`${family}${value}` in coreCatalogues.en))).toEqual([]);
    }
  });

  it('name every article state, role, workflow step, sync status, sign-in method, revision reason and backup kind the core can give', () => {
    const families: Array<[string, readonly string[]]> = [
      ['state.', ARTICLE_STATES],
      ['role.', ROLES],
      ['workflow.action.', WORKFLOW_ACTIONS],
      ['sync.status.', SYNC_STATUSES],
      ['portalSettings.auth.', PORTAL_AUTH_METHODS],
      ['history.reason.', REVISION_REASONS],
      ['backup.kind.', BACKUP_KINDS],
    ];
    const missing = families
      .flatMap(([prefix, values]) => values.map((value) => `${prefix}${value}`))
      .filter((key) => !(key in vi) || !(key in en));
    expect(missing).toEqual([]);
  });

  it('hold every key the renderer uses', () => {
    const namespaces = namespacesOf(vi);
    const used = Object.fromEntries(
      Object.entries(RENDERER_SOURCES).map(([path, source]) => [path.replace('../../../../renderer/', ''), keysUsedIn(source, namespaces)]),
    );
    expect(Object.keys(used)).toContain('app/AppHeader.tsx');
    expect(Object.keys(used)).not.toContain('i18n/vi.ts');
    // The scan really finds the keys: the library screen's title and the state badge's family among them.
    const all = Object.values(used);
    expect(all.flatMap((u) => u.exact)).toContain('library.title');
    expect(all.flatMap((u) => u.prefixes)).toContain('state.');
    expect(new Set(all.flatMap((u) => u.exact)).size).toBeGreaterThan(150);
    expect(unknownKeys(used, vi)).toEqual([]);
    expect(unknownKeys(used, en)).toEqual([]);
  });
});

describe('the checks themselves catch what they are for', () => {
  const viBroken = {
    'library.count': '{count} bài viết',
    'library.title': 'Thư viện bài viết',
    'library.noHits': 'Không tìm thấy bài viết nào cho “{query}”.',
    'session.title': 'Đăng nhập',
    'app.retry': '  ',
  };
  const enBroken = {
    'library.count': 'articles',
    'library.title': 'Article library',
    'library.noHits': 'Nothing found for “{querry}”.',
    'app.retry': 'Try again',
    'app.extra': 'Only in English',
  };

  it('a missing key, an empty message and placeholders that differ are each reported', () => {
    expect(catalogueProblems({ vi: viBroken, en: enBroken })).toEqual([
      'app.extra: missing from vi',
      'app.retry: empty in vi',
      'library.count: placeholders differ (vi {count} vs en {})',
      'library.noHits: placeholders differ (vi {query} vs en {querry})',
      'session.title: missing from en',
    ]);
  });

  it('a key used in code but absent from a catalogue, and a key family with no member, are reported', () => {
    const source = [
      "const title = t('library.title');",
      "const missing = t('library.subtitle');",
      '<ArticleListScreen title="session.title" />',
      'const badge = t(`session.mode.${mode}`);',
      "import './library.css';",
      "const url = 'example.gov.vn';",
    ].join('\n');
    const used = keysUsedIn(source, namespacesOf(viBroken));
    expect(used).toEqual({ exact: ['library.title', 'library.subtitle', 'session.title'], prefixes: ['session.mode.'] });
    expect(unknownKeys({ 'Sample.tsx': used }, viBroken)).toEqual([
      "Sample.tsx: 'library.subtitle' is not in the catalogue",
      "Sample.tsx: no key starts with 'session.mode.'",
    ]);
  });
});
