// Minified + gzipped size of each package entry as an app would bundle it (Lit and core included),
// checked against size-budgets.json. Fails on bytes only, never on time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const rootDir = new URL('..', import.meta.url).pathname;

async function measure(entry) {
  const result = await build({
    stdin: { contents: entry, resolveDir: rootDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    conditions: ['production'],
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
let failed = 0;
for (const budget of budgets) {
  const { minified, gzip } = await measure(budget.entry);
  const ok = gzip <= budget.limitBytes;
  if (!ok) failed += 1;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${gzip} B gzip (${kib(gzip)}), ${minified} B minified; budget ${budget.limitBytes} B (${kib(budget.limitBytes)})`,
  );
}
if (failed > 0) {
  console.error(`${failed} size budget(s) exceeded.`);
  process.exit(1);
}
