import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { NewsdeskError } from '../api.ts';
import type { Article } from '../model/article.ts';
import { articlePhotoAssets } from '../model/photos.ts';
import type { Newsdesk } from '../newsdesk.ts';
import { renderArticlePage } from '../render/articlePage.ts';
import { PORTAL_FONTS, type PortalFontKey, type PortalFontUrls } from '../render/portalFonts.ts';
import { PORTAL_THEMES, type PortalTheme } from '../render/portalTheme.ts';
import { writeFileDurably } from '../store/atomicWrite.ts';
import { detectImageType } from '../store/imageType.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { msg } from '../i18n/coreMessages.ts';

const IMAGE_MIME = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' } as const;

export const exportHtmlCommand: Command = {
  options: { output: { type: 'string', short: 'o' }, theme: { type: 'string' } },
  async run({ values, positionals, open, out }) {
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError(msg('error.usage.needsId', { command: 'export-html' }));
    noExtraArguments(extra, 'export-html');
    if (typeof values.output !== 'string' || values.output === '')
      throw new UsageError(msg('error.usage.needsOutput', { command: 'export-html', extension: '.html' }));
    const theme = values.theme ?? 'light';
    if (!PORTAL_THEMES.includes(theme as PortalTheme))
      throw new UsageError(msg('error.usage.oneOf', { option: '--theme', values: PORTAL_THEMES.join(', ') }));
    const target = resolve(values.output);

    const newsdesk = await open();
    const article = await newsdesk.articles.get(id);
    const [photos, fonts] = await Promise.all([embeddedPhotos(newsdesk, article), embeddedFonts()]);
    const html = renderArticlePage(article, {
      theme: theme as PortalTheme,
      fonts,
      assetUrl: (name) => photos.get(name) ?? '',
    });
    try {
      await writeFileDurably(target, html);
    } catch (error) {
      const why =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? msg('error.file.noFolderThere')
          : ((error as Error).message.split('\n')[0] ?? '');
      throw NewsdeskError.of(msg('error.file.cannotWrite', { file: target, reason: why }), 'storage');
    }
    out(target);
  },
};

/** Each stored photo of the article as a data: URL, so the page carries its own pictures. */
async function embeddedPhotos(newsdesk: Newsdesk, article: Article): Promise<Map<string, string>> {
  const photos = new Map<string, string>();
  for (const name of articlePhotoAssets(article)) {
    const path = newsdesk.assetPath(name);
    const bytes = path ? await readFile(path).catch(() => null) : null;
    const type = bytes ? detectImageType(bytes) : null;
    if (!bytes || !type) throw NewsdeskError.of(msg('error.photo.usedButMissing', { name }), 'not-found');
    photos.set(name, `data:${IMAGE_MIME[type]};base64,${bytes.toString('base64')}`);
  }
  return photos;
}

async function embeddedFonts(): Promise<PortalFontUrls> {
  const require = createRequire(import.meta.url);
  const entries = await Promise.all(
    (Object.keys(PORTAL_FONTS) as PortalFontKey[]).map(async (key) => {
      const bytes = await readFile(require.resolve(PORTAL_FONTS[key].module));
      return [key, `data:font/ttf;base64,${bytes.toString('base64')}`] as const;
    }),
  );
  return Object.fromEntries(entries) as PortalFontUrls;
}
