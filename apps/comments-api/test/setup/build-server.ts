// The crash and scale-out tests run the real server as child processes. Node 20 cannot run the
// TypeScript sources, so compile them once per test run, next to (not into) dist/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serverBuildDir } from '../helpers/server-process.js';

export default function buildServer(): void {
  rmSync(serverBuildDir, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', serverBuildDir], {
    cwd: new URL('../..', import.meta.url).pathname,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Compiling the server for the child-process tests failed');
}
