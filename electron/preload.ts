import { contextBridge, ipcRenderer } from 'electron';
import { buildBridgeApi } from './bridge-api.ts';

const api = buildBridgeApi((channel, ...args) => ipcRenderer.invoke(channel, ...args));

contextBridge.exposeInMainWorld('newsdesk', api);
