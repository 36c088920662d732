import { defineConfig } from 'vitest/config';

// Run after `npm run build`: these tests pack the built app.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/packaging/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 120_000,
  },
});
