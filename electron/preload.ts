import { contextBridge, ipcRenderer } from 'electron';
import { SHELL_COMMAND_CHANNEL } from '../core/model/shellCommand.ts';
import { buildBridgeApi } from './bridge-api.ts';
import { buildShellBridge } from './shell-bridge.ts';

const api = buildBridgeApi((channel, ...args) => ipcRenderer.invoke(channel, ...args));

contextBridge.exposeInMainWorld('newsdesk', api);

// One channel, listened to here once; the page gets only the checked command, never the event.
const shell = buildShellBridge(
  (onMessage) => {
    ipcRenderer.on(SHELL_COMMAND_CHANNEL, (_event, payload: unknown) => onMessage(payload));
  },
  (message) => console.warn(`[newsdesk] ${message}`),
);

contextBridge.exposeInMainWorld('newsdeskShell', shell);
