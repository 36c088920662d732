import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

/**
 * A TypeScript helper bundled once into plain JavaScript for a test that starts it as a child
 * process many times: each start is then a bare Node start, not a TypeScript loader compiling
 * the store on every run, which on a busy machine costs seconds per child. The bundle lies two
 * folders below the repository, as the helpers do, so their paths to seeds/ still hold, and it
 * takes its packages from node_modules.
 */
export function useChildScript(source: string): () => string {
  let dir = '';
  let script = '';
  beforeAll(async () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    await mkdir(dist, { recursive: true });
    dir = await mkdtemp(join(dist, 'test-child-'));
    script = join(dir, basename(source).replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [source],
      outfile: script,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return () => script;
}
