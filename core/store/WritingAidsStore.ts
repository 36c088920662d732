import { join } from 'node:path';
import { DurableJsonFile } from './DurableJsonFile.ts';
import { DEFAULT_GLOSSARY, DEFAULT_NEWSROOM_WORDS, GlossarySchema, type GlossaryEntry } from '../vietnamese/glossary.ts';
import { z } from 'zod';

/** File names in the data folder. */
export const GLOSSARY_FILE = 'glossary.json';
export const NEWSROOM_DICTIONARY_FILE = 'newsroom-dictionary.json';

const WordsSchema = z.array(z.string().min(1).max(60)).max(50_000);

/**
 * The newsroom's writing aids in the data folder: the glossary of abbreviations (`glossary.json`)
 * and the words its spell check knows beyond the dictionary (`newsroom-dictionary.json`). A file
 * that is missing or unreadable gives the defaults; it is written only when something changes.
 */
export class WritingAidsStore {
  private constructor(
    private readonly glossaryFile: DurableJsonFile<GlossaryEntry[]>,
    private readonly wordsFile: DurableJsonFile<string[]>,
    private glossaryEntries: GlossaryEntry[],
    private words: string[],
  ) {}

  static async open(dataDir: string): Promise<WritingAidsStore> {
    const glossaryFile = new DurableJsonFile<GlossaryEntry[]>(join(dataDir, GLOSSARY_FILE));
    const wordsFile = new DurableJsonFile<string[]>(join(dataDir, NEWSROOM_DICTIONARY_FILE));
    const glossary = GlossarySchema.safeParse(await glossaryFile.read().catch(() => null));
    const words = WordsSchema.safeParse(await wordsFile.read().catch(() => null));
    return new WritingAidsStore(
      glossaryFile,
      wordsFile,
      glossary.success ? glossary.data : [...DEFAULT_GLOSSARY],
      words.success ? words.data : [...DEFAULT_NEWSROOM_WORDS],
    );
  }

  get glossary(): readonly GlossaryEntry[] {
    return this.glossaryEntries;
  }

  get dictionary(): readonly string[] {
    return this.words;
  }

  async setGlossary(entries: GlossaryEntry[]): Promise<readonly GlossaryEntry[]> {
    const checked = GlossarySchema.parse(
      entries.map((entry) => ({ abbreviation: entry.abbreviation.normalize('NFC'), expansion: entry.expansion.normalize('NFC') })),
    );
    await this.glossaryFile.write(checked);
    this.glossaryEntries = checked;
    return checked;
  }

  /** Adds words the dictionary does not hold yet (NFC); returns the whole list. */
  async addWords(words: readonly string[]): Promise<readonly string[]> {
    const fresh = words.map((word) => word.normalize('NFC')).filter((word) => !this.words.includes(word));
    if (fresh.length === 0) return this.words;
    const next = [...this.words, ...new Set(fresh)].sort((a, b) => a.localeCompare(b, 'vi'));
    await this.wordsFile.write(next);
    this.words = next;
    return next;
  }
}
