import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildPackage } from '../../core/exchange/exportPackage.ts';
import type { Article } from '../../core/model/article.ts';
import { INPUT_LIMITS } from '../../core/model/inputLimits.ts';
import { LIMITS as PACKAGE_LIMITS } from '../../core/exchange/packageFormat.ts';
import { buildDocx } from '../helpers/docx.ts';
import { bombPng, declareSize, deepBodyJson, docxOfSize, zipOfFolders } from '../helpers/hostileFiles.ts';
import { DEMO_PASSWORD, SEEDS_DIR, openSampleNewsroom } from '../helpers/sampleNewsroom.ts';
import { buildNewsdeskCommand } from './process.ts';
import type { Bench } from './run.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 3;

/** A hostile file, and what its refusal must say: the limit it met, by its number. */
interface Case {
  name: string;
  file: string;
  bytes: Buffer | string;
  /** The harmless file of the same kind its time is compared with. */
  reference: 'text' | 'word';
  /** Text the refusal (or, for a picture inside a Word file, the note left in its place) must contain. */
  says: string;
}

/**
 * The limits on the way in, each met by the file an attacker would send, through `newsdesk
 * import` as a whole process of its own (so that each case has its own peak memory): a Word file
 * whose text part inflates past the size it declares, a Word file and a package holding a real
 * 20,000 × 20,000 PNG, a 50 MB text, an article JSON nested 5,000 deep (and one of 50 MB), a package of 60,000
 * entries. Each must be refused (the Word file's picture left out with a note) in under a second
 * within 200 MiB, the limit named. The references, in the same run, are the imports of a small
 * text file and a small Word file with a photo: each case is printed with its time over the import
 * of its kind (a process's start and the data folder's opening are in both), and its peak memory.
 */
const bench: Bench = async (report) => {
  await buildNewsdeskCommand();
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-limits-'));
  try {
    const dataDir = join(dir, 'library');
    await (await openSampleNewsroom(dataDir)).close();
    const seed = JSON.parse(await readFile(join(SEEDS_DIR, 'articles', 'huong-dan-dich-vu-cong.json'), 'utf8')) as Record<string, unknown>;
    const bomb = await bombPng(20_000, 20_000);
    const bombAsset = `${createHash('sha256').update(bomb).digest('hex')}.png`;
    const withBomb = {
      ...seed,
      id: '6d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      featuredPhoto: null,
      body: {
        root: { type: 'root', version: 1, children: [{ type: 'image', version: 1, src: bombAsset, caption: '', credit: '', altText: '' }] },
      },
    };
    const bigJsonText = 'Nội dung rất dài. '.repeat((50 * 1024 * 1024) / 20);
    const cases: Case[] = [
      {
        name: 'docx_part_inflating_past_declared_size',
        reference: 'word',
        file: 'bom.docx',
        bytes: declareSize(await docxOfSize(INPUT_LIMITS.docxPartBytes * 3), 'word/document.xml', 4096),
        says: 'giải nén ra nhiều hơn kích thước đã khai',
      },
      {
        name: 'docx_with_png_20000x20000',
        reference: 'word',
        file: 'anh-bom.docx',
        bytes: await buildDocx([{ heading: 1, text: 'Bài có ảnh bom' }, { paragraph: ['Trước ảnh.'] }, { photo: bomb, alt: 'ảnh' }]),
        says: `tối đa ${INPUT_LIMITS.photoPixels / 1_000_000} megapixel`,
      },
      {
        name: 'package_with_png_20000x20000',
        reference: 'text',
        file: 'anh-bom.newsdesk',
        bytes: await buildPackage(withBomb as unknown as Article, [], async () => bomb),
        says: `tối đa ${INPUT_LIMITS.photoPixels / 1_000_000} megapixel`,
      },
      {
        name: 'text_50mb',
        reference: 'text',
        file: 'dai.txt',
        bytes: `Bài rất dài\n${'Một câu tiếng Việt có dấu, lặp lại nhiều lần. '.repeat((50 * 1024 * 1024) / 50)}`,
        says: `tối đa ${INPUT_LIMITS.textFileBytes / 1024 / 1024} MB`,
      },
      {
        name: 'json_50mb_body',
        reference: 'text',
        file: 'dai.json',
        bytes: JSON.stringify({
          ...seed,
          id: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
          body: {
            root: {
              type: 'root',
              version: 1,
              children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: bigJsonText }] }],
            },
          },
        }),
        says: `tối đa ${INPUT_LIMITS.articleJsonBytes / 1024 / 1024} MB`,
      },
      {
        name: 'json_nested_5000',
        reference: 'text',
        file: 'sau.json',
        bytes: JSON.stringify({ ...seed, id: '3d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', body: '@' }).replace('"@"', deepBodyJson(5000)),
        says: `tối đa ${INPUT_LIMITS.jsonDepth} cấp`,
      },
      {
        name: 'package_60000_entries',
        reference: 'text',
        file: 'thu-muc.newsdesk',
        bytes: zipOfFolders(Array.from({ length: 60_000 }, (_, i) => `f${i}/`)),
        says: `tối đa ${PACKAGE_LIMITS.entries}`,
      },
    ];
    await writeFile(join(dir, 'nho.txt'), 'Bài ngắn\nMột đoạn văn.\nĐoạn thứ hai.\n');
    const smallPhoto = await readFile(join(SEEDS_DIR, 'assets', '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg'));
    await writeFile(
      join(dir, 'nho.docx'),
      await buildDocx([{ heading: 1, text: 'Bài ngắn' }, { paragraph: ['Một đoạn văn.'] }, { photo: smallPhoto, alt: 'ảnh' }]),
    );
    for (const c of cases) await writeFile(join(dir, c.file), c.bytes);

    const referenceMs = { text: 0, word: 0 };
    for (const [kind, file] of [
      ['text', 'nho.txt'],
      ['word', 'nho.docx'],
    ] as const) {
      const reference = await runs(dataDir, join(dir, file));
      if (reference.some((r) => r.code !== 0))
        throw new Error(`the reference import of ${file} failed: ${reference[0]!.stderr.slice(-300)}`);
      report({ name: `limits.reference_small_${kind}_import.time`, ...spreadOf(reference.map((r) => r.ms)), unit: 'ms' });
      report({ name: `limits.reference_small_${kind}_import.peak_rss`, value: Math.max(...reference.map((r) => r.peakMiB)), unit: 'MiB' });
      referenceMs[kind] = median(reference.map((r) => r.ms));
    }
    for (const c of cases) {
      const results = await runs(dataDir, join(dir, c.file));
      for (const result of results) {
        const said = result.code === 0 ? await noteLeft(dataDir, result.stdout.trim()) : result.stderr;
        if (!said.includes(c.says))
          throw new Error(`${c.name}: expected the refusal to say "${c.says}", got: ${said.slice(0, 300)} (exit ${result.code})`);
      }
      const ms = median(results.map((r) => r.ms));
      report({ name: `limits.${c.name}.time`, ...spreadOf(results.map((r) => r.ms)), unit: 'ms' });
      report({ name: `limits.${c.name}.time_over_small_${c.reference}_import`, value: ms - referenceMs[c.reference], unit: 'ms' });
      report({ name: `limits.${c.name}.peak_rss`, value: Math.max(...results.map((r) => r.peakMiB)), unit: 'MiB' });
    }
    report({ name: 'limits.goal.time_over_small_import', value: 1000, unit: 'ms' });
    report({ name: 'limits.goal.peak_rss', value: 200, unit: 'MiB' });
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
};
export default bench;

interface Result {
  ms: number;
  peakMiB: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** `newsdesk import FILE` as a whole process, `RUNS` times: wall time, peak memory, what it said. */
async function runs(dataDir: string, file: string): Promise<Result[]> {
  const results: Result[] = [];
  for (let run = 0; run < RUNS; run++) results.push(await importProcess(dataDir, file));
  return results;
}

function importProcess(dataDir: string, file: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const args = [
      '--import',
      join(ROOT, 'tests/bench/reportPeakRss.mjs'),
      join(ROOT, 'bin/newsdesk.mjs'),
      '--data',
      dataDir,
      '--lang',
      'vi',
      'import',
      file,
    ];
    const start = performance.now();
    const child = spawn(process.execPath, args, {
      env: { ...process.env, NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - start;
      const peak = /peak-rss-kib (\d+)/.exec(stderr)?.[1];
      if (!peak) return reject(new Error(`newsdesk import ${file} gave no peak memory (exit ${code}): ${stderr.slice(-300)}`));
      resolve({ ms, peakMiB: Number(peak) / 1024, code: code ?? -1, stdout, stderr });
    });
  });
}

/** The stored article an import made: where a picture was left out, the note says why. */
async function noteLeft(dataDir: string, id: string): Promise<string> {
  return readFile(join(dataDir, 'articles', `${id}.json`), 'utf8').catch(() => `(no article ${id})`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spreadOf = (values: number[]) => ({
  value: median(values),
  spread: { min: Math.min(...values), max: Math.max(...values), runs: values.length },
});
