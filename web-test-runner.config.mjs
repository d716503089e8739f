// Shared @web/test-runner setup: each package's web-test-runner.config.mjs calls this.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** @param {string} packageUrl the calling config's import.meta.url */
export function browserTestConfig(packageUrl) {
  const packageDir = fileURLToPath(new URL('.', packageUrl)).replace(/\/$/, '');
  return {
    rootDir,
    files: [`${packageDir}/test/**/*.browser.test.ts`],
    nodeResolve: { exportConditions: ['browser', 'production'] },
    concurrency: 1,
    concurrentBrowsers: 1,
    testsFinishTimeout: 180_000,
    browserStartTimeout: 60_000,
    testFramework: { config: { timeout: 10_000 } },
    // The plugin reads the tsconfig raw, without following "extends": point it at the base that sets decorators.
    plugins: [
      esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
      // Accessible-name tests read Chromium's accessibility tree, which is not a default command.
      a11ySnapshotPlugin(),
    ],
    browsers: [
      chromeLauncher({
        launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
      }),
    ],
    reporters: [
      defaultReporter(),
      summaryReporter({ flatten: false }),
      countReporter(`${packageDir}/reports/wtr.json`),
    ],
  };
}
