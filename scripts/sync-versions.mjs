// After `changeset version`: writes each package's version into its src/version.ts, which the
// guarded defineElement uses to name both versions when two copies meet on one page.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const packagesDir = new URL('../packages', import.meta.url).pathname;

for (const name of readdirSync(packagesDir)) {
  const versionFile = join(packagesDir, name, 'src', 'version.ts');
  if (!existsSync(versionFile)) continue;
  const { version } = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
  const source = readFileSync(versionFile, 'utf8').replace(/version = '[^']*'/, `version = '${version}'`);
  writeFileSync(versionFile, source);
}
