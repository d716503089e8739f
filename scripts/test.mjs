// `npm test`: every check and every test, in an order that suits two shared cores, then one line
// `N passed, N failed` summing the tests that actually ran (Vitest and web-test-runner reports).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { hasChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
// Every workspace whose tests write reports: the packages and the apps.
const packageDirs = ['packages', 'apps']
  .filter((parent) => existsSync(join(root, parent)))
  .flatMap((parent) =>
    readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, parent, entry.name)),
  );
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };

if (!hasChromium()) {
  spawnSync('node', [join(root, 'scripts/check-chromium.mjs')], { stdio: 'inherit' });
  process.exit(1);
}

// Stale reports from an earlier run must not be counted.
rmSync(join(root, 'reports'), { recursive: true, force: true });
for (const dir of packageDirs) rmSync(join(dir, 'reports'), { recursive: true, force: true });

const steps = [
  [
    'build, typecheck, lint, unit tests',
    'npx',
    ['turbo', 'run', 'build', 'typecheck', 'lint', 'test:unit', '--output-logs=new-only'],
  ],
  ['browser tests (Chromium)', 'npx', ['turbo', 'run', 'test:browser', '--concurrency=1', '--output-logs=new-only']],
  ['Storybook build', 'npx', ['turbo', 'run', 'build-storybook', '--output-logs=errors-only']],
  ['every story in Chromium with axe', 'npx', ['vitest', 'run', '--config', 'test/stories/vitest.config.ts']],
  ['repository checks', 'npx', ['vitest', 'run', '--config', 'test/repo/vitest.config.ts']],
  [
    'the same page as CDN file, Vite app and Vite + React app',
    'npx',
    ['vitest', 'run', '--config', 'test/frameworks/vitest.config.ts'],
  ],
  ['README API tables match the code', 'node', ['scripts/readme-api.mjs', '--check']],
  ['typecheck of root files', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['lint of root files', 'npx', ['eslint', 'test', '.storybook', 'scripts', 'bench', '*.mjs', '*.js']],
  ['size budgets', 'node', ['scripts/size.mjs']],
  ['packages as published (publint, attw)', 'node', ['scripts/check-packages.mjs']],
  [
    'release dry run: version, build, publish --dry-run, in a throwaway copy',
    'node',
    ['scripts/release.mjs', '--dry-run'],
  ],
  ['formatting', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
];

const failedSteps = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) failedSteps.push(name);
}

function readReport(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const vitestReports = ['stories', 'repo', 'frameworks'].map((name) => join(root, `reports/${name}.json`));
for (const dir of packageDirs) vitestReports.push(join(dir, 'reports/vitest.json'));
for (const path of vitestReports) {
  const report = readReport(path);
  if (!report) continue;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}
for (const dir of packageDirs) {
  const report = readReport(join(dir, 'reports/wtr.json'));
  if (!report) continue;
  totals.passed += report.passed;
  totals.failed += report.failed;
  totals.skipped += report.skipped;
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
