// Minified + gzipped size of each package entry as an app would bundle it (Lit and core included),
// checked against size-budgets.json. Bundled by Rolldown, the bundler of Vite 8, the way an app's
// production build splits code: the budget covers what the entry loads up front, and modules it
// loads only on demand (import()) are reported beside it. Entries with `file` measure a built file
// as it is served (the CDN bundle). Fails on bytes only, never on time.
import { rolldown } from 'rolldown';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const rootDir = new URL('..', import.meta.url).pathname;

async function measure(entry) {
  // The entry lives in the repository so that package names resolve through its node_modules.
  const dir = mkdtempSync(join(rootDir, 'node_modules', '.pw-size-'));
  try {
    const input = join(dir, 'entry.js');
    writeFileSync(input, entry);
    const bundle = await rolldown({
      input,
      cwd: rootDir,
      platform: 'browser',
      resolve: { conditionNames: ['production', 'import', 'default'] },
      // An import that does not resolve would shrink the bundle silently: fail instead.
      onLog(level, log, defaultHandler) {
        if (log.code === 'UNRESOLVED_IMPORT') throw new Error(`${entry}: ${log.message}`);
        defaultHandler(level, log);
      },
    });
    // Without comments, as Vite's production build writes it (pure annotations included: they are
    // for bundlers, and the app's bundle is the last one).
    const { output } = await bundle.generate({ format: 'esm', minify: true, comments: false });
    await bundle.close();
    const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const entryChunk = [...chunks.values()].find((chunk) => chunk.isEntry);
    // Everything reachable through static imports loads up front; dynamic imports load later.
    const upFront = new Set();
    const lazy = new Set();
    const visit = (name) => {
      if (upFront.has(name)) return;
      upFront.add(name);
      const chunk = chunks.get(name);
      for (const imported of chunk.imports) visit(imported);
      for (const imported of chunk.dynamicImports) lazy.add(imported);
    };
    visit(entryChunk.fileName);
    // A chunk loaded on demand brings the chunks it imports, unless they are already loaded.
    for (const name of lazy) for (const imported of chunks.get(name).imports) lazy.add(imported);
    const gzip = (names) =>
      names.reduce((sum, name) => sum + gzipSync(chunks.get(name).code, { level: 9 }).byteLength, 0);
    const onDemand = [...lazy].filter((name) => !upFront.has(name));
    const minified = [...upFront].reduce((sum, name) => sum + Buffer.byteLength(chunks.get(name).code), 0);
    return { gzip: gzip([...upFront]), minified, lazyGzip: gzip(onDemand) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A built file as served (the CDN bundle): its own bytes, nothing added. */
function measureFile(path) {
  const code = readFileSync(join(rootDir, path));
  return { gzip: gzipSync(code, { level: 9 }).byteLength, minified: code.byteLength, lazyGzip: 0 };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

// Not budgets: what every entry below includes before a widget's own code, measured the same way.
const references = [
  { name: 'Lit alone (one minimal element)', module: 'lit-element.js' },
  { name: 'Lit and the core mechanisms every widget uses', module: 'lit-and-core.js' },
];
for (const reference of references) {
  const path = new URL(`size-reference/${reference.module}`, import.meta.url).pathname;
  const { gzip, minified } = await measure(`import ${JSON.stringify(path)};`);
  console.log(`ref  ${reference.name}: ${gzip} B gzip (${kib(gzip)}), ${minified} B minified`);
}

let failed = 0;
for (const budget of budgets) {
  const { minified, gzip, lazyGzip } = budget.file ? measureFile(budget.file) : await measure(budget.entry);
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
