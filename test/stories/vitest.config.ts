import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/stories/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one story at a time: CI has two shared cores.
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/stories.json' },
  },
});
