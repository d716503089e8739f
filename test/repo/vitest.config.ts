import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/repo/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/repo.json' },
  },
});
