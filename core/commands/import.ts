import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { importPackage } from '../exchange/importPackage.ts';
import type { Newsdesk } from '../newsdesk.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';

/** What each kind of file becomes; prints the id of the article it made or updated. */
const IMPORTERS: Record<string, (newsdesk: Newsdesk, bytes: Buffer) => Promise<{ id: string }>> = {
  '.newsdesk': (newsdesk, bytes) => importPackage(newsdesk.stores, bytes, commandLineUser()),
};

export const importCommand: Command = {
  options: {},
  async run({ positionals, open, out }) {
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError(`import cần một tệp (${Object.keys(IMPORTERS).join(', ')})`);
    noExtraArguments(extra, 'import');
    const importer = IMPORTERS[extname(file).toLowerCase()];
    if (!importer) throw new UsageError(`không nhập được tệp "${file}": chỉ nhận ${Object.keys(IMPORTERS).join(', ')}`);
    const bytes = await readFile(file).catch(() => {
      throw new NewsdeskError(`không đọc được tệp ${file}`);
    });
    const { id } = await importer(await open(), bytes);
    out(id);
  },
};

/** Who the revision is credited to when the command line, not a signed-in person, imports. */
function commandLineUser(): string {
  return `dòng lệnh (${userInfo().username})`;
}
