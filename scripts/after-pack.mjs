// electron-builder `afterPack` hook: sets Newsdesk's Electron fuses in the packaged binary, after
// the app is copied in and before it is signed, so a packaged Newsdesk cannot be turned into a
// general-purpose Node runtime or made to load code from outside its own app.asar.
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { Arch } from 'electron-builder';

export const NEWSDESK_FUSES = {
  version: FuseVersion.V1,
  // `ELECTRON_RUN_AS_NODE=1 Newsdesk script.js` would run any script with the app's trust.
  [FuseV1Options.RunAsNode]: false,
  // Session cookies (the bridge token, the portal session) are encrypted on disk with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS=--require … would inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would open a debugger port into the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // macOS and Windows check app.asar against the hash recorded at build time (Linux has no such check).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Code is loaded from app.asar only, never from a loose `app/` folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Newsdesk serves its pages from app://, so file:// keeps no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The Electron executable inside electron-builder's output folder for one platform. */
export function electronBinaryIn(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

export default async function afterPack(context) {
  const binary = electronBinaryIn(context);
  // An arm64 macOS binary must keep a valid (ad hoc) signature after its bytes change.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === Arch.arm64;
  await flipFuses(binary, { ...NEWSDESK_FUSES, resetAdHocDarwinSignature });
  console.log(`Newsdesk fuses set in ${path.basename(binary)}`);
}
