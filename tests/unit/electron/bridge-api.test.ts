// The Electron runtime itself cannot run here; the preload is `buildBridgeApi` plus two Electron
// calls, so this checks what the page receives with a plain function standing in for ipcRenderer.
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../core/api.ts';
import { buildBridgeApi } from '../../../electron/bridge-api.ts';
import type { IpcReply } from '../../../electron/ipc-reply.ts';

describe('buildBridgeApi', () => {
  it('offers exactly one function per channel, named after its method', () => {
    const api = buildBridgeApi(vi.fn()) as unknown as Record<string, Record<string, unknown>>;
    const offered = Object.entries(api).flatMap(([service, methods]) =>
      Object.entries(methods).map(([method, fn]) => {
        expect(typeof fn).toBe('function');
        expect((fn as { name: string }).name).toBe(method);
        return `${service}.${method}`;
      }),
    );
    expect(offered.sort()).toEqual(channels.map((spec) => spec.channel).sort());
  });

  it('sends each call on its own channel and returns the value', async () => {
    const invoke = vi.fn(async (): Promise<IpcReply> => ({ ok: true, value: [] }));
    const api = buildBridgeApi(invoke);
    await expect(api.library.list({ state: 'draft' })).resolves.toEqual([]);
    expect(invoke).toHaveBeenCalledWith('library.list', { state: 'draft' });
  });

  it('rejects with the core message when the core refuses', async () => {
    const api = buildBridgeApi(async (): Promise<IpcReply> => ({
      ok: false,
      error: { message: 'sai tên đăng nhập hoặc mật khẩu', code: 'unauthorized' },
    }));
    await expect(api.session.signIn({ username: 'bichdiep', password: 'x' })).rejects.toMatchObject({
      name: 'NewsdeskError',
      message: 'sai tên đăng nhập hoặc mật khẩu',
      code: 'unauthorized',
    });
  });

  it('cannot be changed by the page', () => {
    const api = buildBridgeApi(vi.fn());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.library)).toBe(true);
  });
});
