// `npm start` after the build: the desktop app when the Electron runtime is available, otherwise
// browser mode. The `electron` package downloads its runtime on first start, not at install;
// `require('electron')` would do that download synchronously with no time limit, so the runtime
// is looked up (and fetched, under a time limit) by hand here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOWNLOAD_TIME_LIMIT_MS = 45_000;

function electronPackageDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function installedElectronBinary(packageDir) {
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const binary = relative ? path.join(distDir, relative) : null;
  return binary && existsSync(binary) ? binary : null;
}

function tryDownloadingElectron(packageDir) {
  const installer = path.join(packageDir, 'install.js');
  if (!existsSync(installer)) return;
  console.log('Fetching the Electron runtime (first start only)…');
  spawnSync(process.execPath, [installer], { cwd: packageDir, stdio: 'ignore', timeout: DOWNLOAD_TIME_LIMIT_MS });
}

function findOrFetchElectron() {
  const packageDir = electronPackageDir();
  if (packageDir === null) return null;
  const installed = installedElectronBinary(packageDir);
  if (installed) return installed;
  tryDownloadingElectron(packageDir);
  return installedElectronBinary(packageDir);
}

function dataFolderArgs(argv) {
  const args = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data' && argv[i + 1] !== undefined) args.push('--data', argv[++i]);
    else if (argv[i].startsWith('--data=')) args.push(argv[i]);
  }
  return args;
}

function runAndForwardExit(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const userArgs = process.argv.slice(2);
const electronBinary = findOrFetchElectron();

if (electronBinary) {
  runAndForwardExit(electronBinary, ['.', ...userArgs]);
} else {
  console.log('The Electron runtime is not installed and cannot be downloaded here, so Newsdesk opens in browser mode instead.');
  runAndForwardExit(process.execPath, [path.join(root, 'bin/newsdesk.mjs'), ...dataFolderArgs(userArgs), 'serve']);
}
