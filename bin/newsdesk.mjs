#!/usr/bin/env node
// The command line runs the bundle `npm run build` makes (dist/cli.mjs), not the TypeScript sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  console.error(
    'newsdesk: the command line is not built yet: run "npm run build" first (Newsdesk chưa được dựng: hãy chạy "npm run build")',
  );
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => console.log(text),
  write: (bytes) => process.stdout.write(bytes),
  err: (text) => console.error(text),
});
