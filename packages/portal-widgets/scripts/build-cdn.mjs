// Builds dist/portal-widgets.js: every widget and Lit in one minified ES module with no bare imports,
// so a site can load it from a CDN or its own server with one script tag. Modules the widgets load on
// demand (feed parsers, the fetch code of links-list) are inlined: one file means one request.
import { writeFileSync } from 'node:fs';
import { rolldown } from 'rolldown';

const packageDir = new URL('..', import.meta.url).pathname;
const bundle = await rolldown({
  input: `${packageDir}dist/index.js`,
  platform: 'browser',
  resolve: { conditionNames: ['production', 'import', 'default'] },
  onLog(level, log, defaultHandler) {
    // An import left unresolved would stay a bare specifier that no browser can load.
    if (log.code === 'UNRESOLVED_IMPORT') throw new Error(log.message);
    defaultHandler(level, log);
  },
});
await bundle.write({
  file: `${packageDir}dist/portal-widgets.js`,
  format: 'esm',
  minify: true,
  codeSplitting: false,
  // None at all: the file is served as it is, and pure annotations only help a bundler that reads it.
  comments: false,
});
await bundle.close();
// The bundle exports what the package entry exports, so it shares its declarations.
writeFileSync(`${packageDir}dist/portal-widgets.d.ts`, "export * from './index.js';\n");
