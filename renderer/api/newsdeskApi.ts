import type { NewsdeskApi } from '../../core/api.ts';
import { createHttpClient } from './httpClient.ts';

/** The Electron preload's bridge when there is one, else the browser-mode HTTP client. */
export function newsdeskApi(): NewsdeskApi {
  return window.newsdesk ?? createHttpClient();
}
