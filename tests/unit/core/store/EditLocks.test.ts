import { describe, expect, it } from 'vitest';
import type { User } from '../../../../core/model/account.ts';
import { EditLocks } from '../../../../core/store/EditLocks.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const ID = '6f1c2a3e-8b4d-4c5e-9a7f-2d3b4c5e6f70';
const bientap: User = { username: 'bientap', displayName: 'Nguyễn Văn Hùng', role: 'editor' };
const bichdiep: User = { username: 'bichdiep', displayName: 'Bích Diệp', role: 'reporter' };

describe('EditLocks', () => {
  const tempDir = useTempDirs();

  it('lets one app edit an article at a time, names the holder, and frees it on release', async () => {
    const folder = await tempDir();
    let now = Date.parse('2026-11-28T08:00:00Z');
    const editorsApp = new EditLocks(folder, 'app-1', () => now);
    const reportersApp = new EditLocks(folder, 'app-2', () => now);
    await editorsApp.acquire(ID, bientap);
    await expect(reportersApp.acquire(ID, bichdiep)).rejects.toThrow('bài đang được Nguyễn Văn Hùng (bientap) sửa; lần cuối lúc 08:00');
    await expect(reportersApp.assertFree(ID, bichdiep)).rejects.toThrow('đang được Nguyễn Văn Hùng');
    await expect(new EditLocks(folder, 'app-3', () => now).acquire(ID, bientap)).rejects.toThrow('đang được');

    now += 60_000;
    await editorsApp.acquire(ID, bientap);
    now += 90_000;
    await expect(reportersApp.acquire(ID, bichdiep)).rejects.toThrow('lần cuối lúc 08:01');
    await editorsApp.release(ID, bientap);
    await expect(reportersApp.acquire(ID, bichdiep)).resolves.toMatchObject({ username: 'bichdiep', instance: 'app-2' });
  });

  it('lets a lock lapse when its app is gone for two minutes', async () => {
    const folder = await tempDir();
    let now = Date.parse('2026-11-28T08:00:00Z');
    await new EditLocks(folder, 'crashed-app', () => now).acquire(ID, bientap);
    const other = new EditLocks(folder, 'app-2', () => now);
    now += 119_000;
    await expect(other.acquire(ID, bichdiep)).rejects.toThrow('đang được');
    now += 2_000;
    await expect(other.acquire(ID, bichdiep)).resolves.toMatchObject({ username: 'bichdiep' });
  });
});
