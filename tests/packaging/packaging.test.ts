// Packaging, checked after `npm run build`. The Electron runtime cannot be downloaded here, so the
// dry run packs the real build into electron-builder's unpacked Linux layout around a STAND-IN
// Electron distribution: a small file carrying Electron's fuse wire (the sentinel and eight fuse
// bytes as Electron 45 ships them). Everything else — config, file selection, app.asar, the
// afterPack hook flipping fuses — is electron-builder's and our own code doing the real work.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinaryIn, NEWSDESK_FUSES } from '../../scripts/after-pack.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const config = packageJson.build;

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
// asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on.
const ELECTRON_DEFAULT_WIRE = '10110001';
const ENABLED = 49;
const DISABLED = 48;

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it('has a 1024×1024 app icon and the sizes Linux menus use', () => {
    expect(pngSize(path.join(root, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(path.join(root, `build/icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows icon with a 256 px image (the installer refuses smaller) and a macOS icon with 1024 px', () => {
    for (const name of ['icon', 'newsdesk-file']) {
      const ico = readFileSync(path.join(root, `build/${name}.ico`));
      const count = ico.readUInt16LE(4);
      const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
      expect(widths).toContain(256);
      expect(widths).toContain(16);

      const icns = readFileSync(path.join(root, `build/${name}.icns`));
      expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
      expect(icns.includes(Buffer.from('ic10'))).toBe(true);
    }
  });
});

describe('electron-builder configuration', () => {
  it('builds an AppImage and a .deb, a per-user Windows installer and a macOS dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.nsis.installerLanguages).toEqual(['vi_VN', 'en_US']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(packageJson.scripts.dist).toContain('electron-builder');
  });

  it('names the app and describes it in Vietnamese and English', () => {
    expect(config.productName).toBe('Newsdesk');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.desktop.entry['Comment[vi]']).toMatch(/Viết, duyệt, in và đăng bài/);
    expect(config.linux.desktop.entry.Comment).toMatch(/Write, review, print and publish/);
  });

  it('opens .newsdesk packages with Newsdesk, with their own icon', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'newsdesk', role: 'Editor', icon: 'newsdesk-file' })]);
  });

  it('packs into asar and sets the fuses after packing', () => {
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
  });
});

describe('afterPack hook', () => {
  const packager = { appInfo: { productFilename: 'Newsdesk' }, executableName: 'newsdesk' };

  it('finds the Electron binary on each platform', () => {
    expect(electronBinaryIn({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe(path.join('/out', 'newsdesk'));
    expect(electronBinaryIn({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe(path.join('/out', 'Newsdesk.exe'));
    expect(electronBinaryIn({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe(path.join('/out', 'Newsdesk.app'));
  });

  it('asks for every fuse the issue names', () => {
    expect(NEWSDESK_FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });
});

describe('a dry run of `electron-builder --linux dir` over the real build', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'newsdesk-package-'));
  const standInElectron = path.join(work, 'electron-dist');
  const output = path.join(work, 'out');
  const unpacked = path.join(output, 'linux-unpacked');
  let log = '';

  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist/electron/main.cjs')) || !existsSync(path.join(root, 'dist/renderer/index.html'))) {
      throw new Error('Run `npm run build` before the packaging tests');
    }
    mkdirSync(path.join(standInElectron, 'resources'), { recursive: true });
    writeFileSync(
      path.join(standInElectron, 'electron'),
      Buffer.concat([
        Buffer.from('stand-in for the Electron binary\n'),
        Buffer.from(FUSE_SENTINEL),
        Buffer.from([1, 8]),
        Buffer.from(ELECTRON_DEFAULT_WIRE),
      ]),
      { mode: 0o755 },
    );
    writeFileSync(path.join(standInElectron, 'LICENSE'), 'stand-in');
    writeFileSync(path.join(standInElectron, 'version'), '45.5.0');
    const builder = path.join(root, 'node_modules/electron-builder/cli.js');
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        builder,
        '--linux',
        'dir',
        '--publish',
        'never',
        `-c.electronDist=${standInElectron}`,
        '-c.electronVersion=45.5.0',
        `-c.directories.output=${output}`,
      ],
      { cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    log = stdout + stderr;
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('runs the afterPack hook, which flips the fuses in the packaged binary', async () => {
    expect(log).toContain('Newsdesk fuses set in newsdesk');
    const wire = await getCurrentFuseWire(path.join(unpacked, 'newsdesk'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLED);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLED);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLED);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLED);
  });

  it('ships the app as one app.asar with the shell, the renderer, the sample newsroom and the print fonts', () => {
    expect(readdirSync(path.join(unpacked, 'resources')).sort()).toEqual(['app.asar', 'app.asar.unpacked']);
    const files = listPackage(path.join(unpacked, 'resources/app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    for (const expected of [
      '/package.json',
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/dist/renderer/index.html',
      '/seeds/accounts.json',
      '/node_modules/@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
      '/node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
      '/node_modules/@expo-google-fonts/noto-serif/LICENSE_FONT',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.some((file) => file.startsWith('/seeds/articles/') && file.endsWith('.json'))).toBe(true);
  });

  it('leaves out sources, tests, source maps and every library the bundles already contain', () => {
    const files = listPackage(path.join(unpacked, 'resources/app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    const packages = new Set(files.map((file) => /^\/node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)/.exec(file)?.[1]).filter(Boolean));
    // sharp (photos at print resolution) is the one library outside the bundle: native code, loaded at run time.
    const sharpPackages = [...packages].filter((name) => name === 'sharp' || name!.startsWith('@img/'));
    expect(sharpPackages).toEqual(expect.arrayContaining(['sharp', '@img/colour', `@img/sharp-${process.platform}-${process.arch}`]));
    expect([...packages].filter((name) => !sharpPackages.includes(name)).sort()).toEqual([
      '@expo-google-fonts/noto-sans',
      '@expo-google-fonts/noto-serif',
      'detect-libc',
      'semver',
    ]);
    expect(files.filter((file) => /^\/(core|devportal|electron|renderer|tests|scripts|build)\//.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('unpacks sharp and its libvips from app.asar, where they load and resample a photo', async () => {
    const outside = path.join(unpacked, 'resources/app.asar.unpacked/node_modules');
    const binary = path.join(outside, `@img/sharp-${process.platform}-${process.arch}/lib/sharp-${process.platform}-${process.arch}.node`);
    expect(existsSync(binary)).toBe(true);
    expect(readdirSync(path.join(outside, '@img')).some((name) => name.startsWith('sharp-libvips-'))).toBe(true);
    // The packaged main bundle requires sharp rather than carrying it.
    const main = readFileSync(path.join(root, 'dist/electron/main.cjs'), 'utf8');
    expect(main).toMatch(/require\("sharp"\)/);
    // The unpacked copy works on its own (sharp's Node-API binary runs in Node as in Electron), with
    // the pure-JS helpers it needs resolved from app.asar's folder copy made for the test.
    const check = [
      'const sharp = require(process.argv[1]);',
      "sharp({ create: { width: 40, height: 20, channels: 3, background: '#c00' } }).resize(10).jpeg().toBuffer()",
      "  .then((b) => sharp(b).metadata()).then((m) => console.log(m.width + 'x' + m.height));",
    ].join('\n');
    const modules = path.join(work, 'sharp-check/node_modules');
    mkdirSync(modules, { recursive: true });
    await promisify(execFile)('cp', ['-r', path.join(outside, 'sharp'), path.join(outside, '@img'), modules]);
    for (const name of ['detect-libc', 'semver']) await promisify(execFile)('cp', ['-r', path.join(root, 'node_modules', name), modules]);
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', check, path.join(modules, 'sharp')]);
    expect(stdout.trim()).toBe('10x5');
  });
});
