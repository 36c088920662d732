import { noExtraArguments, UsageError, type Command } from './command.ts';
import { outputOption, outputPath, paperOption, reportWarnings, writePdf } from './printOptions.ts';
import { coreText, msg } from '../i18n/coreMessages.ts';

/** Bleed used when crop marks are asked for without a bleed: the print shops' usual 3 mm. */
const DEFAULT_BLEED_MM = 3;

export const exportPdfCommand: Command = {
  options: { ...outputOption, bleed: { type: 'string' }, 'crop-marks': { type: 'boolean' } },
  async run({ values, positionals, open, language, out, err }) {
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError(msg('error.usage.needsId', { command: 'export-pdf' }));
    noExtraArguments(extra, 'export-pdf');
    const path = outputPath(values.output, 'export-pdf');
    const paper = paperOption(values.paper);
    const cropMarks = values['crop-marks'] === true;
    let bleedMm = cropMarks ? DEFAULT_BLEED_MM : 0;
    if (values.bleed !== undefined) {
      bleedMm = Number(values.bleed);
      if (String(values.bleed).trim() === '' || !Number.isFinite(bleedMm) || bleedMm < 0 || bleedMm > 20) {
        throw new UsageError(msg('error.usage.bleed', { given: String(values.bleed) }));
      }
    }
    const { printed } = await (await open()).printer.article(id, { paper, bleedMm, cropMarks });
    await writePdf(path, printed.bytes);
    reportWarnings(printed.warnings, err, language);
    out(coreText(language, msg('cli.written.pdf', { file: path, pages: printed.pages.length, paper })));
  },
};
