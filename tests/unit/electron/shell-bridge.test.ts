// `ipcRenderer.on` cannot run here: the test hands the bridge a plain function in its place and
// plays the main process by calling what the bridge subscribed with.
import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '../../../core/model/shellCommand.ts';
import { buildShellBridge } from '../../../electron/shell-bridge.ts';

const ARTICLE = '6f1c2a3e-8b4d-4c5e-9a7f-2d3b4c5e6f70';
const OTHER = '9a3b5c7d-1e2f-4a6b-8c9d-0e1f2a3b4c5d';

function bridge() {
  let deliver: (payload: unknown) => void = () => {
    throw new Error('the bridge did not listen');
  };
  const logged: string[] = [];
  const shell = buildShellBridge(
    (onMessage) => (deliver = onMessage),
    (m) => logged.push(m),
  );
  return { shell, send: (payload: unknown) => deliver(payload), logged };
}

describe('window.newsdeskShell', () => {
  it('hands the page an "open this article" command from the shell', () => {
    const { shell, send } = bridge();
    const heard: ShellCommand[] = [];
    shell.onCommand('open-article', (command) => heard.push(command));
    send({ type: 'open-article', id: ARTICLE });
    expect(heard).toEqual([{ type: 'open-article', id: ARTICLE }]);
  });

  it('hands "show About" from the Help menu to its listener only, without extra fields', () => {
    const { shell, send } = bridge();
    const about: ShellCommand[] = [];
    const articles: ShellCommand[] = [];
    shell.onCommand('show-about', (command) => about.push(command));
    shell.onCommand('open-article', (command) => articles.push(command));
    send({ type: 'show-about', id: ARTICLE, html: '<img src=x onerror=alert(1)>' });
    expect(about).toEqual([{ type: 'show-about' }]);
    expect(articles).toEqual([]);
  });

  it('drops and logs anything that is not a known, well-formed command', () => {
    const { shell, send, logged } = bridge();
    const heard: ShellCommand[] = [];
    shell.onCommand('open-article', (command) => heard.push(command));
    for (const payload of [
      { type: 'open-article', id: '../../secrets' },
      { type: 'run-script', code: 'alert(1)' },
      'open-article',
      null,
      { type: 'open-article', id: ARTICLE, extra: { __proto__: { polluted: true } } },
    ]) {
      send(payload);
    }
    expect(heard).toEqual([{ type: 'open-article', id: ARTICLE }]);
    expect(heard[0]).not.toHaveProperty('extra');
    expect(logged).toHaveLength(4);
  });

  it('keeps a command that came before the page listened, and hands it over once', () => {
    const { shell, send } = bridge();
    send({ type: 'open-article', id: ARTICLE });
    const first: string[] = [];
    const second: string[] = [];
    shell.onCommand('open-article', (command) => first.push(command.id));
    shell.onCommand('open-article', (command) => second.push(command.id));
    expect(first).toEqual([ARTICLE]);
    expect(second).toEqual([]);
    send({ type: 'open-article', id: OTHER });
    expect(first).toEqual([ARTICLE, OTHER]);
    expect(second).toEqual([OTHER]);
  });

  it('stops calling a listener that stopped listening, and keeps commands for the next one', () => {
    const { shell, send } = bridge();
    const heard: string[] = [];
    const stop = shell.onCommand('open-article', (command) => heard.push(command.id));
    stop();
    send({ type: 'open-article', id: OTHER });
    expect(heard).toEqual([]);
    const later: string[] = [];
    shell.onCommand('open-article', (command) => later.push(command.id));
    expect(later).toEqual([OTHER]);
  });

  it('keeps only the newest few while nobody listens', () => {
    const { shell, send } = bridge();
    for (let n = 0; n < 20; n++) send({ type: 'open-article', id: n % 2 === 0 ? ARTICLE : OTHER });
    const heard: string[] = [];
    shell.onCommand('open-article', (command) => heard.push(command.id));
    expect(heard).toHaveLength(8);
    expect(heard.at(-1)).toBe(OTHER);
  });

  it('refuses to listen for a command type that does not exist, and cannot be changed by the page', () => {
    const { shell } = bridge();
    expect(() => shell.onCommand('format-disk' as 'open-article', () => undefined)).toThrow('unknown shell command type');
    expect(Object.isFrozen(shell)).toBe(true);
  });
});
