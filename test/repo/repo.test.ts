// Checks on the repository itself: things that drift silently when nobody looks.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const packageDirs = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe.each(packageDirs.map((dir) => [dir.split('/').pop(), dir] as const))('packages/%s', (_, dir) => {
  const manifest = readJson(join(dir, 'package.json'));

  it('src/version.ts matches package.json', () => {
    const source = readFileSync(join(dir, 'src/version.ts'), 'utf8');
    expect(source).toContain(`version = '${manifest.version}'`);
  });

  it('exports list "types" first and only files that the build produces', () => {
    for (const [subpath, target] of Object.entries<Record<string, string> | string>(manifest.exports)) {
      if (typeof target === 'string') continue;
      expect(Object.keys(target)[0], subpath).toBe('types');
    }
  });

  it('has a README and the scripts the task graph expects', () => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    for (const script of ['build', 'typecheck', 'lint', 'test:unit', 'test:browser']) {
      expect(manifest.scripts?.[script], script).toBeTypeOf('string');
    }
  });

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

describe('size budgets', () => {
  it('name every widget package entry', () => {
    const budgets = readJson(join(root, 'size-budgets.json')) as { entry: string }[];
    for (const dir of packageDirs) {
      const { name } = readJson(join(dir, 'package.json'));
      expect(
        budgets.some((budget) => budget.entry.includes(`'${name}'`)),
        name,
      ).toBe(true);
    }
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
