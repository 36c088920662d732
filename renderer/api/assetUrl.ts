/** Stored photos are served next to the app, in Electron (`app://newsdesk/`) and in browser mode alike. */
export function assetUrl(name: string): string {
  return `assets/${encodeURIComponent(name)}`;
}
