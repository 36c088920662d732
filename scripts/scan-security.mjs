// `npm run scan`: Doyensec's Electronegativity over the code Newsdesk ships (electron/, core/,
// renderer/, scripts/ and package.json, which names the Electron version). Fails on any HIGH or
// MEDIUM finding not justified in place with an `eng-disable` comment, and on any shipped file the
// scanner could not read, so a file it skips can never pass silently.
//
//   node scripts/scan-security.mjs [--project DIR] [--skip-release-check]
//
// --skip-release-check leaves out the one check that asks GitHub for newer Electron releases (the
// tests of this gate use it; offline it only costs a ten-second time-out and reports nothing).
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');

const { values: options } = parseArgs({
  options: { project: { type: 'string' }, 'skip-release-check': { type: 'boolean', default: false } },
});
const root = path.resolve(options.project ?? fileURLToPath(new URL('..', import.meta.url)));
const SHIPPED = ['electron', 'core', 'renderer', 'scripts', 'package.json', 'package-lock.json'];
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

function row(issue) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  return `  ${issue.severity.name.padEnd(13)} ${issue.id.padEnd(34)} ${where}${issue.sample ? `\n      ${String(issue.sample).trim().slice(0, 140)}` : ''}`;
}

// The tests are left out: their fixtures hold deliberately hostile input. The tree is copied so
// that build output (dist/) and test results are not scanned as if they were sources.
const stage = await mkdtemp(path.join(tmpdir(), 'newsdesk-scan-'));
try {
  const present = SHIPPED.filter((entry) => existsSync(path.join(root, entry)));
  for (const entry of present) await cp(path.join(root, entry), path.join(stage, entry), { recursive: true });
  const result = await runElectronegativity({
    input: stage,
    isRelative: true,
    excludeFromScan: options['skip-release-check'] ? ['AvailableSecurityFixesGlobalCheck'] : [],
  });

  const unreadable = result.errors.filter((error) => !error.tolerable);
  const failing = result.issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity.name));
  const noted = result.issues.filter((issue) => !FAILING_SEVERITIES.has(issue.severity.name));

  console.log(`Electronegativity: ${result.atomicChecks} file checks and ${result.globalChecks} project checks over ${present.join(', ')}`);
  if (noted.length > 0) console.log(`Low or informational (for review, not failing):\n${noted.map(row).join('\n')}`);
  if (unreadable.length > 0) {
    console.error(
      `The scanner could not read ${unreadable.length} file(s):\n${unreadable.map((e) => `  ${path.relative(stage, e.file)}: ${e.message}`).join('\n')}`,
    );
  }
  if (failing.length > 0) {
    console.error(`HIGH or MEDIUM findings without a justification in place:\n${failing.map(row).join('\n')}`);
  }
  if (unreadable.length > 0 || failing.length > 0) process.exitCode = 1;
  else console.log('No HIGH or MEDIUM findings.');
} finally {
  await rm(stage, { recursive: true, force: true });
}
