// The demo portal end to end in Debian Chromium: the page as an agency serves it (strict CSP with
// Trusted Types, the widgets from the one CDN file), every widget upgraded, no console error and no
// CSP violation, axe-clean in Vietnamese and English, and the readers' paths through the widgets.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { startDemoServer } from '../src/server.mjs';

const widgetTags = ['pw-breadcrumb', 'pw-article-list', 'pw-article-card', 'pw-links-list'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught errors and CSP violations seen so far. */
  problems: string[];
}

/** A fresh page that records every console error, uncaught error and CSP violation. */
async function openPage(path: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  // Links to other sites must never reach the internet from a test: answer them here.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>ngoài</title>' }),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      );
    });
  });
  await page.goto(`${demo.url}${path}`);
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), widgetTags);
  return { page, context, problems };
}

/** Waits until every widget on the page has rendered its shadow content. */
async function widgetsRendered(page: Page): Promise<void> {
  await page.waitForFunction((tags) => {
    const elements = tags.flatMap((tag) => Array.from(document.querySelectorAll(tag)));
    return elements.length > 0 && elements.every((element) => (element.shadowRoot?.childElementCount ?? 0) > 0);
  }, widgetTags);
  // The related news arrive from the RSS file.
  await page.waitForFunction(
    () => (document.querySelector('pw-article-list')?.shadowRoot?.querySelectorAll('pw-article-card').length ?? 0) > 0,
  );
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Injected by the test through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (options: object) => Promise<AxeResult> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.map((node) => node.target))})`,
  );
}

describe('the served page', () => {
  it('sends a strict Content-Security-Policy with Trusted Types', async () => {
    const response = await fetch(`${demo.url}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/connect-src 'self' http:\/\/localhost:8787 https:\/\/api\.open-meteo\.com/);
  });

  it('loads the widgets only through the one CDN file', async () => {
    const html = await (await fetch(`${demo.url}/`)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts).toEqual(['<script type="module" src="/assets/portal-widgets.js">']);
  });
});

describe.each([
  ['Vietnamese', '/', 'vi'],
  ['English', '/en/', 'en'],
])('%s page', (_, path, language) => {
  it('upgrades every widget with no console error and no CSP violation', async () => {
    const { page, context, problems } = await openPage(path);
    try {
      await widgetsRendered(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('has no axe violation', async () => {
    const { page, context } = await openPage(path);
    try {
      await widgetsRendered(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('reader paths', () => {
  it('follows a link from the dropdown only after Go, in a new tab without an opener', async () => {
    const { page, context, problems } = await openPage('/');
    try {
      const select = page.locator('pw-links-list select');
      await select.selectOption({ label: 'Bộ Y tế' });
      expect(context.pages()).toHaveLength(1);
      const popup = context.waitForEvent('page');
      await page.locator('pw-links-list button', { hasText: 'Đi' }).click();
      const opened = await popup;
      await opened.waitForLoadState();
      expect(opened.url()).toBe('https://moh.gov.vn/');
      expect(await opened.evaluate(() => window.opener)).toBeNull();
      expect(page.url()).toBe(`${demo.url}/`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('collapses the breadcrumb on a phone-size screen, and reveals it from the "…" button', async () => {
    const { page, context } = await openPage('/', { width: 360, height: 740 });
    try {
      const trail = page.locator('pw-breadcrumb');
      const more = trail.locator('button[part~="collapse-button"]');
      await expect.poll(() => more.count()).toBe(1);
      await more.click();
      await expect.poll(() => trail.locator('a[part~="link"]').count()).toBe(3);
    } finally {
      await context.close();
    }
  });
});
