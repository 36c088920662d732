import { readFile } from 'node:fs/promises';
import { afterEach } from 'vitest';
import { DevPortal, type DevPortalOptions } from '../../devportal/DevPortal.ts';
import { SEEDS_DIR } from './sampleNewsroom.ts';

export const ADMIN = { name: 'admin', password: 'quản-trị-cổng-2021' };
export const AUTHOR = { name: 'congtacvien', password: 'tac-gia-2021' };
export const SAMPLE_PHOTO = '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg';

/** Starts real development portals on loopback (closed after the test), with an admin and an author account. */
export function useDevPortals(): (storeDir: string, options?: Partial<DevPortalOptions>) => Promise<DevPortal> {
  const started: DevPortal[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((portal) => portal.close()));
  });
  return async (storeDir, options = {}) => {
    const portal = await DevPortal.start({
      storeDir,
      users: [
        { ...ADMIN, role: 'administrator' },
        { ...AUTHOR, role: 'author' },
      ],
      ...options,
    });
    started.push(portal);
    return portal;
  };
}

export function basicAuth(user: { name: string; password: string } = ADMIN): string {
  return `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;
}

export function samplePhotoBytes(): Promise<Buffer> {
  return readFile(`${SEEDS_DIR}/assets/${SAMPLE_PHOTO}`);
}

/** A clock the test moves by hand, so that `changed` moves when the test says so. */
export function manualClock(start = Date.UTC(2021, 1, 25, 10, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}
