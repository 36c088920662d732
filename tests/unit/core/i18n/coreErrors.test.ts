import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { channels, parseArgs } from '../../../../core/api.ts';
import { NewsdeskError } from '../../../../core/errors.ts';
import { coreCatalogues, coreText, msg } from '../../../../core/i18n/coreMessages.ts';
import { refusalMessage } from '../../../../core/model/workflow.ts';
import { submitChecklist } from '../../../../core/model/submitChecklist.ts';
import { sampleArticle } from '../../../helpers/sampleNewsroom.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every TypeScript source under `folder`, by its path from the repository root. */
function sources(folder: string): Array<[string, string]> {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => [relative(ROOT, join(ROOT, folder, file)), readFileSync(join(ROOT, folder, file), 'utf8')]);
}

/** Lines that make an error a person reads out of literal text instead of a catalogued message. */
function literalErrors(files: Array<[string, string]>): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    source.split('\n').forEach((line, i) => {
      // A NewsdeskError is made only by `NewsdeskError.of(msg(…))`: its constructor takes a message, so a string there would not compile either.
      if (/new NewsdeskError\(/.test(line) && file !== 'core/errors.ts') found.push(`${file}:${i + 1}: new NewsdeskError(`);
      // Wrong use of the command line is told in the reader's language as well.
      if (/new UsageError\(\s*[`'"]/.test(line)) found.push(`${file}:${i + 1}: literal UsageError`);
      // A plain Error in Vietnamese is an error meant for a person, written past the catalogue.
      if (/new (?:Error|TypeError|RangeError)\(\s*[`'"][^`'"]*[À-ỹ]/.test(line))
        found.push(`${file}:${i + 1}: Vietnamese in a plain Error`);
    });
  }
  return found;
}

/**
 * Files whose every word a person reads comes from the catalogues: the portal check's report, the
 * print warnings, what the commands print and the notices of opening a data folder.
 */
const CATALOGUED_FILES = [
  'core/newsdesk.ts',
  'core/store/seedNewsroom.ts',
  'core/store/RecoveryStore.ts',
  'core/cli.ts',
  'core/portal/connectionTest.ts',
  'core/portal/accountAbilities.ts',
  'core/services/syncService.ts',
  'core/pdf/preflight.ts',
  'core/commands/printOptions.ts',
  'core/commands/show.ts',
  'core/commands/bulletinSettings.ts',
  'core/commands/exportPdf.ts',
  'core/commands/exportDocx.ts',
  'core/commands/bulletin.ts',
  'core/commands/search.ts',
  'core/commands/serve.ts',
  'core/commands/sync.ts',
  'core/portal/PortalError.ts',
  'core/portal/JsonApiClient.ts',
  'core/portal/SyncEngine.ts',
];

/** Vietnamese that is the newsroom's content (the probe's title on the portal, a bulletin's default title), not the interface's words. */
const PUBLICATION_CONTENT = ["'Newsdesk: kiểm tra kết nối'", "'Bản tin'"];

/** Lines holding a Vietnamese string literal (comments aside): words written past the catalogue. */
function vietnameseLiterals(files: Array<[string, string]>): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    source.split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\/?\*)/.test(line)) return;
      const code = PUBLICATION_CONTENT.reduce((text, allowed) => text.replace(allowed, "''"), line.replace(/\s\/\/\s.*$/, ''));
      if (/([`'"])[^`'"]*[À-ỹ]/.test(code)) found.push(`${file}:${i + 1}`);
    });
  }
  return found;
}

describe('the core’s errors', () => {
  it('are all made from catalogued messages: no literal error text in core or the shell', () => {
    const files = [...sources('core'), ...sources('electron'), ...sources('devportal')];
    expect(files.length).toBeGreaterThan(100);
    expect(literalErrors(files)).toEqual([]);
  });

  it('the scan finds what it is for', () => {
    expect(
      literalErrors([
        ['core/x.ts', "throw new NewsdeskError(`không có bài viết ${id}`, 'not-found');"],
        ['core/y.ts', "throw new Error('thư mục bị hỏng');"],
        ['core/z.ts', "throw new Error(`no migration from data format ${version}`);\nthrow NewsdeskError.of(msg('error.signInFirst'));"],
        ['core/w.ts', "if (!id) throw new UsageError('show cần mã bài viết (id)');\nthrow new UsageError(msg('error.usage.port'));"],
      ]),
    ).toEqual(['core/x.ts:1: new NewsdeskError(', 'core/y.ts:1: Vietnamese in a plain Error', 'core/w.ts:1: literal UsageError']);
  });

  it('leave no Vietnamese literal in the portal check, the print warnings, what the commands print or the notices of opening', () => {
    const files = CATALOGUED_FILES.map((file): [string, string] => [file, readFileSync(join(ROOT, file), 'utf8')]);
    expect(vietnameseLiterals(files)).toEqual([]);
  });

  it('the literal scan finds what it is for, and passes comments, catalogued messages and the newsroom’s content', () => {
    expect(
      vietnameseLiterals([
        ['core/a.ts', 'if (!links) return fail(`${host} trả lời nhưng không phải Drupal JSON:API`);'],
        ['core/b.ts', "  address: 'Địa chỉ',\n  // Địa chỉ của cổng\n  out(coreText(language, msg('cli.show.steps'))); // in tiếng Việt"],
        ['core/c.ts', ' * trạng thái chờ duyệt\nattributes: { title: \'Newsdesk: kiểm tra kết nối\' },\nerr("cảnh báo: " + text);'],
      ]),
    ).toEqual(['core/a.ts:1', 'core/b.ts:1', 'core/c.ts:3']);
  });

  it('carry their key and parameters and read in either language', () => {
    const error = NewsdeskError.of(msg('error.account.exists', { username: 'phongvien' }), 'conflict');
    expect(error).toMatchObject({ key: 'error.account.exists', params: { username: 'phongvien' }, code: 'conflict' });
    expect(error.message).toBe('tài khoản "phongvien" đã có');
    expect(coreText('en', error)).toBe('the account "phongvien" already exists');
  });

  it('name a rule of the contract’s schemas (a password’s length, a user name’s form) in the reader’s language', () => {
    const create = channels.find((spec) => spec.channel === 'accounts.create')!;
    const refusal = (args: unknown[]) => {
      try {
        parseArgs(create, args);
      } catch (error) {
        return error as NewsdeskError;
      }
      throw new Error('the arguments were accepted');
    };
    const short = refusal([{ username: 'thuky', displayName: 'Thư ký', role: 'reporter', password: 'ngan' }]);
    expect(coreText('en', short)).toBe('a password needs at least 8 characters');
    expect(short.message).toBe('mật khẩu cần ít nhất 8 ký tự');
    const badName = refusal([{ username: 'Thư Ký', displayName: 'Thư ký', role: 'reporter', password: 'đủ-dài-rồi-123' }]);
    expect(coreText('en', badName)).toMatch(/^a user name has 2–32 characters/);
  });

  it('name what a refused submission lacks in the reader’s language, not the core’s Vietnamese', async () => {
    const sample = await sampleArticle();
    const empty = {
      ...sample,
      author: 'phongvien',
      state: 'draft' as const,
      title: '',
      sapo: '',
      byline: '',
      category: '',
      body: { root: { ...sample.body.root, children: [] } },
    };
    const reason = refusalMessage(
      empty,
      'submit',
      { username: 'phongvien', displayName: 'P', role: 'reporter' },
      { allowSelfApproval: false },
    );
    expect(reason).not.toBeNull();
    expect(coreText('en', reason!)).toMatch(/^cannot be submitted yet: a title; a lead; at least one paragraph; a byline; a category$/);
    expect(coreText('vi', reason!)).toMatch(/^chưa gửi duyệt được: có tiêu đề; có sapo;/);
    // Every item the checklist can name has its words in both catalogues.
    for (const item of submitChecklist(empty)) {
      expect(coreCatalogues.vi[`name.check.${item.id}`]).toBeTruthy();
      expect(coreCatalogues.en[`name.check.${item.id}`]).toBeTruthy();
    }
  });

  it('hold no message nobody uses: each key is written out somewhere, or belongs to a family a template names', () => {
    const catalogueFiles = new Set(['core/i18n/coreMessages.vi.ts', 'core/i18n/coreMessages.en.ts']);
    const code = [...sources('core'), ...sources('electron'), ...sources('renderer'), ...sources('devportal')]
      .filter(([file]) => !catalogueFiles.has(file))
      .map(([, source]) => source)
      .join('\n');
    const families = [...code.matchAll(/`((?:name|error|shell)\.(?:[\w-]+\.)*)\$\{/g)].map((match) => match[1]!);
    // The shell's words are read by their names (`text.openFailed`) from the `shell.` family.
    const shellName = (key: string) => key.startsWith('shell.') && new RegExp(`\\.${key.slice('shell.'.length)}\\b`).test(code);
    const unused = Object.keys(coreCatalogues.vi).filter(
      (key) => !code.includes(`'${key}'`) && !families.some((family) => key.startsWith(family)) && !shellName(key),
    );
    expect(families).toEqual(expect.arrayContaining(['name.state.', 'name.action.', 'name.check.']));
    expect(unused).toEqual([]);
  });
});
