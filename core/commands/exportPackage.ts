import { buildPackage } from '../exchange/exportPackage.ts';
import { writeOutputFile } from './outputFile.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { PACKAGE_EXTENSION } from '../model/fileKinds.ts';
import { msg } from '../i18n/coreMessages.ts';

export const exportCommand: Command = {
  options: { output: { type: 'string', short: 'o' } },
  async run({ values, positionals, open, out }) {
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError(msg('error.usage.needsId', { command: 'export' }));
    noExtraArguments(extra, 'export');
    if (typeof values.output !== 'string')
      throw new UsageError(msg('error.usage.needsOutput', { command: 'export', extension: '.newsdesk' }));
    if (!values.output.endsWith(PACKAGE_EXTENSION))
      throw new UsageError(msg('error.usage.outputExtension', { extension: PACKAGE_EXTENSION }));
    const { articles, stores } = await open();
    const article = await articles.get(id);
    const bytes = await buildPackage(
      article,
      await articles.listRevisions(id),
      (name) => stores.assets.read(name),
      stores.writingAids.dictionary,
    );
    await writeOutputFile(values.output, bytes);
    out(values.output);
  },
};
