// `npm run release`: version the packages from the pending changesets (CHANGELOGs included), build
// them, pin the CDN snippet to the new version and its integrity hash, then publish.
// `--dry-run` does all of it in a throwaway copy of the working tree and publishes nothing
// (`npm publish --dry-run` per package), so CI proves the release works without changing the repo.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dryRun = process.argv.includes('--dry-run');
const repo = new URL('..', import.meta.url).pathname;

function run(command, args, cwd) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
}

/** A copy of the working tree (tracked and new files, as git sees them) sharing node_modules. */
function throwawayCopy() {
  const copy = mkdtempSync(join(tmpdir(), 'pw-release-'));
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error('git ls-files failed: the dry run needs a git checkout');
  for (const path of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(repo, path))) continue;
    cpSync(join(repo, path), join(copy, path), { recursive: true });
  }
  // Installed dependencies are shared, not copied: the root's and any a workspace keeps for itself.
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
  for (const parent of ['packages', 'apps']) {
    if (!existsSync(join(repo, parent))) continue;
    for (const name of readdirSync(join(repo, parent))) {
      const modules = join(repo, parent, name, 'node_modules');
      if (existsSync(modules) && existsSync(join(copy, parent, name)))
        symlinkSync(modules, join(copy, parent, name, 'node_modules'));
    }
  }
  return copy;
}

function publicPackages(root) {
  return readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);
}

const root = dryRun ? throwawayCopy() : repo;
try {
  run('npx', ['changeset', 'version'], root);
  run('node', ['scripts/sync-versions.mjs'], root);
  if (!dryRun) run('npm', ['install', '--package-lock-only', '--ignore-scripts'], root);
  run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], root);
  run('node', ['scripts/cdn-snippet.mjs'], root);
  for (const dir of publicPackages(root)) {
    const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const hasChangelog = existsSync(join(dir, 'CHANGELOG.md'));
    console.log(`\n${name}@${version}${hasChangelog ? '' : ' (no CHANGELOG.md)'}`);
    if (!hasChangelog) throw new Error(`${name} has no CHANGELOG.md after versioning`);
  }
  if (dryRun) {
    for (const dir of publicPackages(root))
      run('npm', ['publish', '--dry-run', '--access', 'public', '--ignore-scripts'], dir);
  } else {
    run('npx', ['changeset', 'publish'], root);
  }
} finally {
  if (dryRun) rmSync(root, { recursive: true, force: true });
}
console.log(dryRun ? '\nRelease dry run complete: nothing was published.' : '\nReleased.');
