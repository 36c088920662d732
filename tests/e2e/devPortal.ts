import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevPortal } from '../../devportal/DevPortal.ts';
import type { PortalUser } from '../../devportal/portalAuth.ts';

export interface RunningPortal {
  origin: string;
  /** Stops the portal and removes what it kept. */
  close(): Promise<void>;
}

/** The development portal in this process, on a free loopback port, keeping what it receives in a folder of its own. */
export async function startDevPortal(users: PortalUser[]): Promise<RunningPortal> {
  const storeDir = await mkdtemp(join(tmpdir(), 'newsdesk-e2e-portal-'));
  const removeStore = () => rm(storeDir, { recursive: true, force: true });
  try {
    const portal = await DevPortal.start({ storeDir, users });
    return {
      origin: portal.origin,
      async close() {
        await portal.close();
        await removeStore();
      },
    };
  } catch (error) {
    await removeStore();
    throw error;
  }
}
