// Minified + gzipped size of each package entry as an app would bundle it (Lit and core included),
// checked against size-budgets.json. The budget covers what the entry loads up front; modules it
// loads only on demand (import()) are reported beside it. Fails on bytes only, never on time.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const rootDir = new URL('..', import.meta.url).pathname;

async function measure(entry) {
  const outdir = mkdtempSync(join(tmpdir(), 'pw-size-'));
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: rootDir, loader: 'js', sourcefile: 'entry.js' },
      bundle: true,
      splitting: true,
      outdir,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      legalComments: 'none',
      conditions: ['production'],
    });
    const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
    const outputs = result.metafile.outputs;
    const entryPath = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined);
    // Everything reachable through static imports loads up front; dynamic imports load later.
    const upFront = new Set();
    const lazy = new Set();
    const visit = (path) => {
      if (upFront.has(path)) return;
      upFront.add(path);
      for (const imported of outputs[path].imports) {
        if (imported.external) continue;
        if (imported.kind === 'dynamic-import') lazy.add(imported.path);
        else visit(imported.path);
      }
    };
    visit(entryPath);
    const contents = (path) => files.get(join(rootDir, path)) ?? files.get(path);
    const gzip = (paths) => paths.reduce((sum, path) => sum + gzipSync(contents(path), { level: 9 }).byteLength, 0);
    const onDemand = [...lazy].filter((path) => !upFront.has(path));
    const minified = [...upFront].reduce((sum, path) => sum + contents(path).byteLength, 0);
    return { gzip: gzip([...upFront]), minified, lazyGzip: gzip(onDemand) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
let failed = 0;
for (const budget of budgets) {
  const { minified, gzip, lazyGzip } = await measure(budget.entry);
  const ok = gzip <= budget.limitBytes;
  if (!ok) failed += 1;
  const onDemand = lazyGzip > 0 ? ` (+${lazyGzip} B gzip loaded on demand)` : '';
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${gzip} B gzip (${kib(gzip)}), ${minified} B minified${onDemand}; budget ${budget.limitBytes} B (${kib(budget.limitBytes)})`,
  );
}
if (failed > 0) {
  console.error(`${failed} size budget(s) exceeded.`);
  process.exit(1);
}
