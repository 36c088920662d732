// The Electron runtime itself cannot run here, so `registerIpc` is given a plain object in place
// of `ipcMain` and plain frames in place of `WebFrameMain`, and its handlers are called directly.
import { describe, expect, it, vi } from 'vitest';
import { channels, NewsdeskError, type NewsdeskApi } from '../../../core/api.ts';
import { msg } from '../../../core/i18n/coreMessages.ts';
import { FAILED_MESSAGE, REFUSED_MESSAGE, registerIpc, type EventLike, type FrameLike } from '../../../electron/ipc.ts';

interface FakeFrame extends FrameLike {
  readonly parent: FakeFrame | null;
}

function frame(url: string, options: { parent?: FakeFrame | null; destroyed?: boolean } = {}): FakeFrame {
  return { url, parent: options.parent ?? null, isDestroyed: () => options.destroyed ?? false };
}

const ourPage = frame('app://newsdesk/');
const user = { username: 'bichdiep', displayName: 'Bích Diệp', role: 'reporter' };

function fakeApi(listArticles: () => Promise<unknown> = async () => []): NewsdeskApi {
  return {
    session: {
      signIn: vi.fn(async () => user),
      signOut: vi.fn(async () => undefined),
      current: vi.fn(async () => null),
    },
    library: {
      list: vi.fn(listArticles),
      get: vi.fn(async () => {
        throw NewsdeskError.of(msg('error.articleNotFound', { id: 'x' }), 'not-found');
      }),
    },
  } as unknown as NewsdeskApi;
}

type Handler = (event: EventLike<FakeFrame>, ...args: unknown[]) => Promise<unknown>;

function setUp(api: NewsdeskApi = fakeApi()) {
  const handlers = new Map<string, Handler>();
  const log = vi.fn();
  registerIpc<FakeFrame>({ handle: (channel, listener) => handlers.set(channel, listener as Handler) }, api, {
    isTrustedSender: (sender) => sender === ourPage,
    log,
  });
  const call = (channel: string, senderFrame: FakeFrame | null, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame }, ...args);
  };
  return { api, handlers, log, call };
}

describe('registerIpc', () => {
  it('registers one handler per channel of the contract', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(channels.map((spec) => spec.channel).sort());
  });

  it('passes a valid call from our own page to the api', async () => {
    const { api, call, log } = setUp();
    const reply = await call('session.signIn', ourPage, { username: 'bichdiep', password: 'mật khẩu' });
    expect(reply).toEqual({ ok: true, value: user });
    expect(api.session.signIn).toHaveBeenCalledWith({ username: 'bichdiep', password: 'mật khẩu' });
    expect(log).not.toHaveBeenCalled();
  });

  describe('drops and logs calls from an unknown sender', () => {
    const senders: [string, FakeFrame | null][] = [
      ['a page from another origin', frame('https://evil.example/')],
      ['a look-alike app origin', frame('app://newsdesk.evil/')],
      ['a subframe of our page', frame('app://newsdesk/embedded', { parent: ourPage })],
      ['a destroyed frame', frame('app://newsdesk/', { destroyed: true })],
      ['a missing frame', null],
      ['another window showing our page', frame('app://newsdesk/')],
    ];

    it.each(senders)('%s', async (_description, sender) => {
      const { api, call, log } = setUp();
      await expect(call('library.list', sender, {})).rejects.toThrow(REFUSED_MESSAGE);
      expect(api.library.list).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith('ipc call dropped: unknown sender', expect.objectContaining({ channel: 'library.list' }));
    });
  });

  it('treats a frame that throws when inspected as unknown', async () => {
    const { call, log } = setUp();
    const vanished: FakeFrame = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
      isDestroyed: () => false,
    };
    await expect(call('session.current', vanished)).rejects.toThrow(REFUSED_MESSAGE);
    expect(log).toHaveBeenCalledOnce();
  });

  describe('drops and logs calls whose arguments fail the schema', () => {
    it.each<[string, unknown[]]>([
      ['a missing argument', []],
      ['a wrong type', [42]],
      ['an empty password', [{ username: 'bichdiep', password: '' }]],
      ['an extra argument', [{ username: 'bichdiep', password: 'x' }, 'extra']],
    ])('%s', async (_description, args) => {
      const { api, call, log } = setUp();
      await expect(call('session.signIn', ourPage, ...args)).rejects.toThrow(REFUSED_MESSAGE);
      expect(api.session.signIn).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith('ipc call dropped: invalid arguments', expect.objectContaining({ channel: 'session.signIn' }));
    });

    it('without writing the password to the log', async () => {
      const { call, log } = setUp();
      await expect(call('session.signIn', ourPage, { username: '', password: 'bí mật 123' })).rejects.toThrow();
      expect(JSON.stringify(log.mock.calls)).not.toContain('bí mật 123');
    });
  });

  it('passes a core error back with its message and its key, for the user to read in their language', async () => {
    const { call, log } = setUp();
    await expect(call('library.get', ourPage, '3f2b8c1e-6d4a-4f7e-9b21-5c8d0e7a9f13')).resolves.toEqual({
      ok: false,
      error: { message: 'không có bài viết x', code: 'not-found', key: 'error.articleNotFound', params: { id: 'x' } },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('hides the details of an unexpected failure from the page but logs them', async () => {
    const api = fakeApi(async () => {
      throw new Error('EACCES: /home/bichdiep/.config/Newsdesk/index.json');
    });
    const { call, log } = setUp(api);
    const failure = call('library.list', ourPage, {});
    await expect(failure).rejects.toThrow(FAILED_MESSAGE);
    await expect(failure).rejects.not.toThrow(/EACCES/);
    expect(JSON.stringify(log.mock.calls)).toContain('EACCES');
  });
});
