// Test-runner setup: bundles the command line from the current sources before the tests that run
// `bin/newsdesk.mjs`, so they exercise what ships, never a stale or missing build.
import { buildCommandLine } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCommandLine();
}
