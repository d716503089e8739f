// React 18 ships CommonJS only, which the test runner's dev server cannot serve as modules: bundle
// each browser test with Rolldown (as an app's bundler would) and let the runner load the bundles.
import { rolldown } from 'rolldown';
import { readdirSync, rmSync } from 'node:fs';

const testDir = new URL('.', import.meta.url).pathname;
const outDir = new URL('../.test-build/', import.meta.url).pathname;
rmSync(outDir, { recursive: true, force: true });

for (const file of readdirSync(testDir).filter((name) => name.endsWith('.browser.test.ts'))) {
  const bundle = await rolldown({
    input: `${testDir}${file}`,
    platform: 'browser',
    tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify('development') } },
  });
  await bundle.write({ file: `${outDir}${file.replace(/\.ts$/, '.js')}`, format: 'esm', codeSplitting: false });
  await bundle.close();
}
