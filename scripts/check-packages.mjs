// Every published package, as npm would pack it, checked by publint (package.json and files) and
// @arethetypeswrong/cli (its types resolve for ESM consumers: bundlers and Node 16+). Needs a build.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packageDirs = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);

const checks = [
  ['publint', (dir) => ['publint', '--strict', dir]],
  // ESM only on purpose: CommonJS consumers load the packages with import().
  ['attw', (dir) => ['attw', '--pack', dir, '--profile', 'esm-only', '--format', 'ascii']],
];

let failed = 0;
for (const dir of packageDirs) {
  for (const [name, args] of checks) {
    const result = spawnSync('npx', args(dir), { cwd: root, encoding: 'utf8' });
    const ok = result.status === 0;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${dir.slice(root.length)}`);
    if (!ok) {
      failed += 1;
      console.log(result.stdout, result.stderr);
    }
  }
}
if (failed > 0) {
  console.error(`${failed} package check(s) failed.`);
  process.exit(1);
}
