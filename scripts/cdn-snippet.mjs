// Writes the one-script-tag snippet, pinned to the released version with its Subresource Integrity
// hash, into the READMEs between <!-- cdn:start --> and <!-- cdn:end -->. Run by the release after
// the build, so the hash is that of the file being published. `--check` fails when a README's
// snippet does not match the built file.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const packageDir = new URL('packages/portal-widgets/', root);
const { version } = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8'));
const file = readFileSync(new URL('dist/portal-widgets.js', packageDir));
const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
const url = `https://cdn.jsdelivr.net/npm/portal-widgets@${version}/dist/portal-widgets.js`;

const snippet = `<!-- cdn:start -->
<!-- Written by scripts/cdn-snippet.mjs at release: version ${version}, hash of that build. -->

\`\`\`html
<script
  type="module"
  src="${url}"
  integrity="${integrity}"
  crossorigin="anonymous"
></script>
\`\`\`

<!-- cdn:end -->`;

const check = process.argv.includes('--check');
let stale = 0;
for (const readme of [new URL('README.md', root), new URL('README.md', packageDir)]) {
  const text = readFileSync(readme, 'utf8');
  const updated = text.replace(/<!-- cdn:start -->[\s\S]*?<!-- cdn:end -->/, snippet);
  if (!text.includes('<!-- cdn:start -->')) throw new Error(`${readme.pathname} has no <!-- cdn:start --> marker`);
  if (updated === text) continue;
  if (check) {
    stale += 1;
    console.error(`${readme.pathname}: the CDN snippet is not that of portal-widgets@${version} as built.`);
  } else {
    writeFileSync(readme, updated);
    console.log(`${readme.pathname}: portal-widgets@${version}, ${integrity}`);
  }
}
if (stale > 0) process.exit(1);
