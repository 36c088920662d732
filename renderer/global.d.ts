import type { NewsdeskApi } from '../core/api.ts';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in browser mode. */
    newsdesk?: NewsdeskApi;
  }
}

export {};
