// The same page built three ways — plain HTML with the CDN file, a Vite app importing the packages,
// a Vite + React app using @portal-widgets/react — each built here and opened in Debian Chromium:
// every element upgrades and renders, the links list's Go button reaches the page's own handler,
// and nothing is logged as an error.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { serveDirectory } from '../stories/static-server.js';

const fixtures = fileURLToPath(new URL('.', import.meta.url));
const cdnFile = fileURLToPath(new URL('../../packages/portal-widgets/dist/portal-widgets.js', import.meta.url));
const tags = ['pw-breadcrumb', 'pw-article-card', 'pw-links-list'];
const outDir = mkdtempSync(join(tmpdir(), 'pw-frameworks-'));
// The React app runs on React 18, the copy @portal-widgets/react is developed against (Storybook
// brings React 19 to the repository root); one copy for the app and the wrappers alike.
const requireFromReactPackage = createRequire(new URL('../../packages/react/package.json', import.meta.url));
const react18 = (name: string) => dirname(requireFromReactPackage.resolve(`${name}/package.json`));
const react18Aliases = [
  { find: /^react(\/.*)?$/, replacement: `${react18('react')}$1` },
  { find: /^react-dom(\/.*)?$/, replacement: `${react18('react-dom')}$1` },
];

/** Builds a fixture into its own directory under outDir and returns that directory. */
async function buildFixture(name: string): Promise<string> {
  const target = join(outDir, name);
  if (name === 'cdn-html') {
    // No build step: the page and the CDN file, as a site would upload them.
    cpSync(join(fixtures, name), target, { recursive: true });
    copyFileSync(cdnFile, join(target, 'portal-widgets.js'));
    return target;
  }
  // Vite picks Lit's production build from NODE_ENV, which Vitest sets to "test".
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: join(fixtures, name),
      base: './',
      logLevel: 'error',
      configFile: false,
      build: { outDir: target, emptyOutDir: true },
      resolve: { alias: name === 'vite-react' ? react18Aliases : [] },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return target;
}

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('browser support', () => {
  it('runs in a Chromium at least as new as the README promises', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const promised = /<!-- browsers -->Chromium-based browsers \([^)]*\) (\d+) or newer/.exec(readme)?.[1];
    expect(promised, 'the README names a minimum Chromium').toBeDefined();
    expect(Number(browser.version().split('.')[0])).toBeGreaterThanOrEqual(Number(promised));
  });
});

describe.each(['cdn-html', 'vite-packages', 'vite-react'])('%s', (name) => {
  it('builds, upgrades every element and delivers pw-navigate to the page, without errors', async () => {
    const directory = await buildFixture(name);
    const server = await serveDirectory(directory);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
    try {
      await page.goto(`${server.url}/index.html`);
      await page
        .waitForFunction((names) => names.every((tag) => customElements.get(tag) && document.querySelector(tag)), tags)
        .catch((error: unknown) => {
          throw new Error(`the elements never upgraded: ${problems.join('; ') || String(error)}`);
        });
      for (const tag of tags) {
        const text = await page.locator(tag).evaluate((element) => element.shadowRoot?.textContent?.trim() ?? '');
        expect(text, tag).not.toBe('');
      }
      await page.locator('pw-links-list select').selectOption({ label: 'Cổng Thông tin điện tử Chính phủ' });
      await page.locator('pw-links-list button').click();
      await expect.poll(() => page.locator('#navigated').textContent()).toBe('https://chinhphu.vn/');
      expect(page.url()).toBe(`${server.url}/index.html`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
