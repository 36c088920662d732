import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { BulletinSettingsSchema, type BulletinSettings } from '../model/bulletinSettings.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { coreText, msg, type CoreMessageKey } from '../i18n/coreMessages.ts';

/** The interface's names of the settings (their values are the bulletin's own, printed in Vietnamese). */
const LABELS: Record<keyof BulletinSettings, CoreMessageKey> = {
  issuingBody: 'cli.bulletinSettings.issuingBody',
  logoAsset: 'cli.bulletinSettings.logoAsset',
  responsible: 'cli.bulletinSettings.responsible',
  editorialBoard: 'cli.bulletinSettings.editorialBoard',
  licence: 'cli.bulletinSettings.licence',
  licenceAuthority: 'cli.bulletinSettings.licenceAuthority',
  printRun: 'cli.bulletinSettings.printRun',
  size: 'cli.bulletinSettings.size',
  printer: 'cli.bulletinSettings.printer',
  address: 'cli.bulletinSettings.address',
};

/** Command-line option → settings field, for the text fields of the masthead and imprint. */
const TEXT_OPTIONS = {
  'issuing-body': 'issuingBody',
  responsible: 'responsible',
  'editorial-board': 'editorialBoard',
  licence: 'licence',
  'licence-authority': 'licenceAuthority',
  'print-run': 'printRun',
  size: 'size',
  printer: 'printer',
  address: 'address',
} as const satisfies Record<string, keyof BulletinSettings>;

/** Shows, or with options changes, the bulletin's masthead and imprint settings. */
export const bulletinSettingsCommand: Command = {
  options: {
    ...Object.fromEntries(Object.keys(TEXT_OPTIONS).map((name) => [name, { type: 'string' as const }])),
    logo: { type: 'string' },
    'no-logo': { type: 'boolean' },
  },
  async run({ values, positionals, open, language, out }) {
    noExtraArguments(positionals, 'bulletin-settings');
    const desk = await open();
    const current = BulletinSettingsSchema.parse(desk.stores.newsroom.current.bulletin ?? {});
    const change: Record<string, unknown> = {};
    for (const [option, field] of Object.entries(TEXT_OPTIONS)) if (typeof values[option] === 'string') change[field] = values[option];
    if (typeof values.logo === 'string') {
      const path = resolve(values.logo);
      const bytes = await readFile(path).catch(() => {
        throw NewsdeskError.of(msg('error.file.cannotReadLogo', { file: path }), 'storage');
      });
      const photo = await desk.stores.assets.prepare(bytes, path);
      if (!/\.(jpg|png)$/.test(photo.name)) throw new UsageError(msg('error.usage.logoKind'));
      await desk.stores.assets.store(photo);
      change.logoAsset = photo.name;
    }
    if (values['no-logo'] === true) change.logoAsset = null;
    let settings = current;
    if (Object.keys(change).length > 0) {
      const parsed = BulletinSettingsSchema.safeParse({ ...current, ...change });
      if (!parsed.success) {
        const field = String(parsed.error.issues[0]?.path[0] ?? '');
        const option = Object.entries(TEXT_OPTIONS).find(([, f]) => f === field)?.[0] ?? field;
        throw new UsageError(msg('error.usage.settingInvalid', { option: `--${option}` }));
      }
      settings = (await desk.stores.newsroom.update({ bulletin: parsed.data })).bulletin ?? parsed.data;
    }
    for (const [field, label] of Object.entries(LABELS)) {
      const value = settings[field as keyof BulletinSettings];
      out(
        coreText(
          language,
          msg('cli.bulletinSettings.line', { label: msg(label), value: value === null || value === '' ? '—' : String(value) }),
        ),
      );
    }
  },
};
