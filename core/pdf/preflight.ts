import { msg, type CoreMessage, type CoreMessageKey } from '../i18n/coreMessages.ts';
import type { Article } from '../model/article.ts';
import { MIN_PRINT_DPI, type PrintWarning } from '../model/print.ts';
import type { Block } from './blocks.ts';
import type { PageLayout } from './layout.ts';
import type { PhotoInfo } from './photoInfo.ts';

/**
 * Checks before print, from the typeset pages: photos below 300 dpi at the size they print,
 * photos without caption or credit, missing or unreadable photo files, an empty sapo.
 */
export function preflight(
  articles: ReadonlyArray<{ article: Article; blocks: readonly Block[] }>,
  photos: ReadonlyMap<string, PhotoInfo>,
  pages: readonly PageLayout[],
): PrintWarning[] {
  const printedWidth = new Map<string, number>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind === 'photo') printedWidth.set(item.asset, Math.max(printedWidth.get(item.asset) ?? 0, item.width));
    }
  }
  const warnings: PrintWarning[] = [];
  for (const { article, blocks } of articles) {
    const about = { articleId: article.id, articleTitle: article.title };
    if (article.sapo.trim() === '') warnings.push({ code: 'empty-sapo', ...about });
    const seen = new Set<string>();
    for (const block of blocks) {
      if (block.kind !== 'photo' || seen.has(block.asset)) continue;
      seen.add(block.asset);
      const asset = block.asset;
      const info = photos.get(asset);
      if (!info || !info.ok) {
        const problem = info && !info.ok ? info.problem : 'missing';
        warnings.push({ code: `photo-${problem}`, ...about, asset });
      } else {
        const width = printedWidth.get(asset);
        if (width) {
          const dpi = Math.round(info.width / (width / 72));
          if (dpi < MIN_PRINT_DPI) warnings.push({ code: 'low-resolution', ...about, asset, dpi });
        }
      }
      if (block.caption === '') warnings.push({ code: 'missing-caption', ...about, asset });
      if (block.credit === '') warnings.push({ code: 'missing-credit', ...about, asset });
    }
  }
  return warnings;
}

const WARNINGS: Record<PrintWarning['code'], CoreMessageKey> = {
  'low-resolution': 'cli.warning.low-resolution',
  'missing-caption': 'cli.warning.missing-caption',
  'missing-credit': 'cli.warning.missing-credit',
  'photo-missing': 'cli.warning.photo-missing',
  'photo-corrupt': 'cli.warning.photo-corrupt',
  'photo-unsupported': 'cli.warning.photo-unsupported',
  'empty-sapo': 'cli.warning.empty-sapo',
};

/** One line for the command line, naming the photo by the start of its name (the interface words these from its own catalogue). */
export function warningMessage(warning: PrintWarning): CoreMessage {
  const photo = 'asset' in warning ? warning.asset.slice(0, 8) : '';
  const dpi = warning.code === 'low-resolution' ? warning.dpi : '';
  return msg(WARNINGS[warning.code], { title: warning.articleTitle, photo, dpi });
}
