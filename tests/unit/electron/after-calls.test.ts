import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../core/api.ts';
import { withAfterCalls } from '../../../electron/after-calls.ts';
import { DEMO_PASSWORD, openSampleNewsroom, sampleId } from '../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

describe('the shell hearing what the page did', () => {
  const tempDir = useTempDirs();

  it('is told after a watched call, with the call’s own result, and not for others', async () => {
    const desk = await openSampleNewsroom(await tempDir());
    const { api } = desk;
    const articleId = await sampleId(desk);
    const heard: ChannelName[] = [];
    const watched = withAfterCalls(api, ['session.signIn', 'recent.opened'], (channel) => heard.push(channel));

    const user = await watched.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    expect(user.displayName).toBe('Bích Diệp');
    await watched.library.list({});
    expect(heard).toEqual(['session.signIn']);

    const recents = await watched.recent.opened(articleId);
    expect(recents.map((a) => a.id)).toEqual([articleId]);
    expect(heard).toEqual(['session.signIn', 'recent.opened']);
    // The menus read the list in the same process: what the page recorded is there.
    expect((await api.recent.list()).map((a) => a.id)).toEqual([articleId]);
  });

  it('is told after a failed call too, and the caller still gets the error', async () => {
    const { api } = await openSampleNewsroom(await tempDir());
    const heard: ChannelName[] = [];
    const watched = withAfterCalls(api, ['session.signIn'], (channel) => heard.push(channel));
    await expect(watched.session.signIn({ username: 'bichdiep', password: 'sai mật khẩu' })).rejects.toThrow();
    expect(heard).toEqual(['session.signIn']);
  });

  it('keeps every method of the contract', async () => {
    const { api } = await openSampleNewsroom(await tempDir());
    const watched = withAfterCalls(api, [], () => undefined);
    for (const [service, methods] of Object.entries(api)) {
      expect(Object.keys(watched[service as keyof typeof api]).sort(), service).toEqual(Object.keys(methods).sort());
    }
    expect(await watched.session.current()).toBeNull();
  });
});
