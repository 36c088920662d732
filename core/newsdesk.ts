// PLACEHOLDER — being written by the core engineer; the signature below is fixed.
import type { NewsdeskApi } from './api.ts';

export interface Newsdesk {
  /** The service implementation the UI calls (over IPC or the browser-mode bridge). */
  api: NewsdeskApi;
  dataDir: string;
  /** Absolute path of a stored photo (`<sha256>.<ext>`), or null when the name is not a stored asset. */
  assetPath(name: string): string | null;
  close(): Promise<void>;
}

export declare function openNewsdesk(options: { dataDir: string }): Promise<Newsdesk>;
