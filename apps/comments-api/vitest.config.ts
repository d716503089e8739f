import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Compiles the server once for the tests that run it as a child process (crash, scale-out).
    globalSetup: ['test/setup/build-server.ts'],
    // Real databases and child processes on two shared cores: generous, but never a timing assertion.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
