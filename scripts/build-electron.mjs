// Bundles the desktop shell into the two CommonJS files Electron loads. Everything except
// `electron` and sharp is bundled: the sandboxed preload cannot load modules at run time, and the
// main process then needs no node_modules in the packaged app but sharp, a native module (libvips)
// that electron-builder ships unpacked beside app.asar (`asarUnpack`).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'sharp'],
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...shared,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    platform: 'node',
    // Core modules find their files (fonts) from import.meta.url, which CommonJS lacks: give them the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // import('sharp') becomes require('sharp'): CommonJS resolution finds it through app.asar into app.asar.unpacked.
    supported: { 'dynamic-import': false },
  }),
  build({
    ...shared,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    // The sandboxed preload has no Node module loader: a `node:` import must fail the build, not the launch.
    platform: 'browser',
    target: 'chrome140',
    minify: true,
  }),
]);

console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
