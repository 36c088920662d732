#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so it works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../core/cli.ts');
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
