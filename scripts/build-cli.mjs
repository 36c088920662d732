// Bundles the command line (core/cli.ts and everything it loads) into dist/cli.mjs, so
// `newsdesk` starts as plain JavaScript without compiling TypeScript on every call. Each command
// stays in its own chunk (dist/cli/), loaded only when that command runs: `--help` and `list` do
// not parse the PDF typesetter or the portal client.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes dist/cli.mjs and its chunks; the test runners call it too, so tests run what ships. */
export async function buildCommandLine() {
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'core/cli.ts' },
    outdir: 'dist',
    chunkNames: 'cli/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS packages (mammoth, fontkit) call require() for Node's own modules.
    banner: { js: "import { createRequire as __newsdeskRequire } from 'node:module'; const require = __newsdeskRequire(import.meta.url);" },
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCommandLine();
  console.log('Built dist/cli.mjs');
}
