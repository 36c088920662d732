// Debian's Chromium as the end-to-end tests and the bench start it (Playwright's own browsers
// cannot be downloaded on these machines): one place for its path and its quiet-start switches.
export const DEBIAN_CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
