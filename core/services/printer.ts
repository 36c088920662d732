import { NewsdeskError } from '../api.ts';
import type { Article } from '../model/article.ts';
import { BulletinSettingsSchema } from '../model/bulletinSettings.ts';
import type { NewsroomSettings } from '../model/newsroomSettings.ts';
import type { ArticlePrintOptions, BulletinOptions } from '../model/print.ts';
import type { FontFiles, FontLibrary } from '../pdf/fonts.ts';
import { foldText } from '../model/foldText.ts';
import type { PrintedPdf, PrintInputs } from '../pdf/printJob.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import { msg } from '../i18n/coreMessages.ts';

/** Articles that may go to print in a bulletin: an editor has approved them. */
export const PRINTABLE_STATES = new Set<Article['state']>(['approved', 'published']);

/** Feeds core/pdf from the library: reads articles, photos and the fonts (once), then typesets. */
export class Printer {
  private fonts: Promise<FontLibrary> | null = null;

  constructor(
    /** Read at each call: restoring a backup replaces the stores. */
    private readonly stores: {
      readonly articles: ArticleStore;
      readonly assets: AssetStore;
      readonly newsroom?: { readonly current: NewsroomSettings };
    },
    private readonly readFonts: () => Promise<FontFiles>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async article(id: string, options: ArticlePrintOptions): Promise<{ article: Article; printed: PrintedPdf }> {
    const article = await this.stores.articles.get(id);
    const { articlePdf } = await import('../pdf/articlePdf.ts');
    return { article, printed: await articlePdf(article, options, await this.inputs()) };
  }

  async bulletin(options: BulletinOptions): Promise<PrintedPdf> {
    const articles = await this.bulletinArticles(options);
    const { bulletinPdf } = await import('../pdf/bulletinPdf.ts');
    const settings = BulletinSettingsSchema.parse(this.stores.newsroom?.current.bulletin ?? {});
    const printed = await bulletinPdf(articles, options, await this.inputs(), settings);
    if (options.booklet !== true) return printed;
    const { imposeBooklet } = await import('../pdf/booklet.ts');
    return { ...printed, bytes: await imposeBooklet(printed.bytes) };
  }

  private async bulletinArticles(options: BulletinOptions): Promise<Article[]> {
    const articles: Article[] = [];
    for (const id of options.articleIds) {
      const article = await this.stores.articles.get(id);
      if (!PRINTABLE_STATES.has(article.state)) {
        throw NewsdeskError.of(msg('error.print.notApproved', { title: article.title }), 'conflict');
      }
      articles.push(article);
    }
    return articles;
  }

  /** The article as a Word document (.docx). */
  async articleWord(id: string): Promise<{ article: Article; bytes: Uint8Array }> {
    const article = await this.stores.articles.get(id);
    const { articleDocx } = await import('../docx/articleDocx.ts');
    return { article, bytes: await articleDocx(article, this.photoLoader()) };
  }

  /** The bulletin's approved articles, in order, as one Word document. */
  async bulletinWord(options: BulletinOptions): Promise<Uint8Array> {
    const articles = await this.bulletinArticles(options);
    const { articlesDocx } = await import('../docx/articleDocx.ts');
    const { issueLine } = await import('../pdf/masthead.ts');
    return articlesDocx(options.title, issueLine(options.issue, options.date), articles, this.photoLoader());
  }

  private photoLoader() {
    return { loadPhoto: async (asset: string) => this.stores.assets.read(asset).catch(() => null) };
  }

  private async inputs(): Promise<PrintInputs> {
    // The typesetter (pdf-lib, fontkit) loads on first print, not with every command.
    const { fontLibrary } = await import('../pdf/fonts.ts');
    this.fonts ??= this.readFonts().then(fontLibrary, (error: unknown) => {
      this.fonts = null;
      throw NewsdeskError.of(msg('error.print.fonts', { reason: (error as Error).message }), 'storage');
    });
    return {
      fonts: await this.fonts,
      loadPhoto: async (asset) => this.stores.assets.read(asset).catch(() => null),
      now: this.clock(),
    };
  }
}

/** A file name for the PDF from the title, without diacritics (print shops' systems mangle them). */
/** A file name any system accepts, from a Vietnamese title: `hoi-nghi-truc-tuyen….pdf`. */
export function fileNameFor(title: string, extension: string): string {
  const ascii = foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${ascii || 'newsdesk'}${extension}`;
}
