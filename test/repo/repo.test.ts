// Checks on the repository itself: things that drift silently when nobody looks.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const packageDirs = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
// A widget package registers its elements in src/define.ts; core, the umbrella and the React
// wrappers are the other kinds.
const isWidgetPackage = (dir: string) => existsSync(join(dir, 'src/define.ts'));
const umbrellaDir = join(root, 'packages/portal-widgets');

describe.each(packageDirs.map((dir) => [dir.split('/').pop(), dir] as const))('packages/%s', (_, dir) => {
  const manifest = readJson(join(dir, 'package.json'));

  it('src/version.ts matches package.json', () => {
    const source = readFileSync(join(dir, 'src/version.ts'), 'utf8');
    expect(source).toContain(`version = '${manifest.version}'`);
  });

  it('is ESM with types', () => {
    expect(manifest.type).toBe('module');
    expect(manifest.types).toMatch(/^\.\/dist\/.*\.d\.ts$/);
  });

  it('exports list "types" first and only files that the build produces', () => {
    for (const [subpath, target] of Object.entries<Record<string, string> | string>(manifest.exports)) {
      if (typeof target === 'string') continue;
      expect(Object.keys(target)[0], subpath).toBe('types');
    }
  });

  it('has a README and the scripts the task graph expects', () => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    const scripts = isWidgetPackage(dir)
      ? ['build', 'typecheck', 'lint', 'test:unit', 'test:browser']
      : ['build', 'typecheck', 'lint'];
    for (const script of scripts) expect(manifest.scripts?.[script], script).toBeTypeOf('string');
    expect(manifest.scripts?.['test:unit'] ?? manifest.scripts?.['test:browser'], 'some tests').toBeTypeOf('string');
  });

  if (dir === umbrellaDir) {
    it('lists in sideEffects its entry and the CDN file, which register every element', () => {
      expect([...manifest.sideEffects].sort()).toEqual(['./dist/index.js', './dist/portal-widgets.js']);
    });
    return;
  }

  it('lists in sideEffects exactly the modules that register elements', () => {
    // A registering module calls defineElement at top level or imports one that does.
    const registers = /^(defineElement\(|customElements\.define\(|import '\.\/define\.js';)/m;
    const registering = readdirSync(join(dir, 'src'))
      .filter((file) => registers.test(readFileSync(join(dir, 'src', file), 'utf8')))
      .map((file) => `./dist/${file.replace(/\.ts$/, '.js')}`);
    if (manifest.sideEffects === false) expect(registering).toEqual([]);
    else expect([...manifest.sideEffects].sort()).toEqual(registering.sort());
  });
});

/** Every file path an `exports` map can lead to. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (typeof exports !== 'object' || exports === null) return [];
  return Object.values(exports).flatMap(exportTargets);
}

describe.each(
  packageDirs
    .filter((dir) => !readJson(join(dir, 'package.json')).private)
    .map((dir) => [dir.split('/').pop(), dir] as const),
)('npm pack of packages/%s', (_, dir) => {
  const manifest = readJson(join(dir, 'package.json'));
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  const files: string[] =
    packed.status === 0 ? JSON.parse(packed.stdout)[0].files.map((file: { path: string }) => file.path) : [];

  it('packs', () => {
    expect(packed.status, packed.stderr).toBe(0);
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
  });

  it('holds no tests, stories, sources, source maps or reports', () => {
    const unwanted = files.filter((path) =>
      /^(test|stories|src|reports|\.test-build)\/|\.map$|\.tsbuildinfo$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('holds every file its exports, types and customElements name', () => {
    const named = [...exportTargets(manifest.exports), manifest.types, manifest.main, manifest.customElements]
      .filter((path): path is string => typeof path === 'string')
      .map((path) => path.replace(/^\.\//, ''));
    for (const path of named) expect(files, path).toContain(path);
  });

  it('ships a declaration beside every module', () => {
    for (const path of files.filter((file) => file.endsWith('.js'))) {
      expect(files, path).toContain(path.replace(/\.js$/, '.d.ts'));
    }
  });
});

describe('size budgets', () => {
  const budgets = readJson(join(root, 'size-budgets.json')) as { entry?: string; file?: string }[];

  it('name every widget package entry', () => {
    for (const dir of packageDirs.filter(isWidgetPackage)) {
      const { name } = readJson(join(dir, 'package.json'));
      expect(
        budgets.some((budget) => budget.entry?.includes(`'${name}'`)),
        name,
      ).toBe(true);
    }
  });

  it('hold the CDN file to a budget', () => {
    expect(budgets.some((budget) => budget.file === 'packages/portal-widgets/dist/portal-widgets.js')).toBe(true);
  });
});

describe('npm test without Chromium', () => {
  it('says how to install it instead of failing with a stack trace', () => {
    const result = spawnSync('node', [join(root, 'scripts/test.mjs')], {
      cwd: root,
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('apt-get install -y chromium');
    expect(result.stderr).toContain('CHROME_PATH');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
