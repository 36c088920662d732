// Types for the electron-builder hook written in plain JavaScript (electron-builder loads it as is).
import type { AfterPackContext } from 'electron-builder';
import type { FuseV1Config } from '@electron/fuses';

export const NEWSDESK_FUSES: FuseV1Config;
export function electronBinaryIn(
  context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName'> & {
    packager: { appInfo: { productFilename: string }; executableName: string };
  },
): string;
export default function afterPack(context: AfterPackContext): Promise<void>;
