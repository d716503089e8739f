// The demo portal end to end in Debian Chromium: the page as an agency serves it (strict CSP with
// Trusted Types, the widgets from the one CDN file), every widget upgraded, no console error and no
// CSP violation, axe-clean in Vietnamese and English, and the readers' paths through the widgets.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { startDemoServer } from '../src/server.mjs';
import { freePort, moderatorToken, startCommentsApi, type CommentsApi } from './comments-api-process.js';
import { startWeatherFixture, type WeatherFixture } from './weather-fixture.js';

const widgetTags = [
  'pw-breadcrumb',
  'pw-article-list',
  'pw-article-card',
  'pw-comment-box',
  'pw-weather-panel',
  'pw-links-list',
];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let api: CommentsApi;
let weather: WeatherFixture;
const dataDir = mkdtempSync(join(tmpdir(), 'pw-demo-e2e-'));

beforeAll(async () => {
  // Open-Meteo's stand-in, then the portal (which names both APIs in its pages and its policy),
  // then the comments API, which must allow the portal's origin.
  weather = await startWeatherFixture();
  const apiPort = await freePort();
  demo = await startDemoServer({ port: 0, commentsApiUrl: `http://127.0.0.1:${apiPort}`, weatherApiUrl: weather.url });
  api = await startCommentsApi({ port: apiPort, databaseFile: join(dataDir, 'comments.db'), allowedOrigin: demo.url });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await weather?.close();
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What the moderator's tools do: the API's moderation routes with the bearer token. */
async function moderate(path: string, method = 'GET'): Promise<unknown> {
  const response = await fetch(`${api.url}${path}`, { method, headers: { authorization: `Bearer ${moderatorToken}` } });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return response.json();
}

async function pendingComments(): Promise<{ id: string; content: string }[]> {
  const page = (await moderate('/admin/comments?status=pending&limit=100')) as {
    items: { id: string; content: string }[];
  };
  return page.items;
}

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
  // The related news arrive from the RSS file, the comments from the API, the weather from its stand-in.
  await page.waitForFunction(
    () => (document.querySelector('pw-article-list')?.shadowRoot?.querySelectorAll('pw-article-card').length ?? 0) > 0,
  );
  await page.locator('pw-comment-box').getByText('Ban biên tập').first().waitFor();
  await page.locator('pw-weather-panel').getByText('°C').first().waitFor();
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
    expect(policy).toContain(`connect-src 'self' ${api.url} ${weather.url}`);
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

  it("takes a reader's comment as pending; once a moderator approves it, it shows after a reload", async () => {
    const { page, context, problems } = await openPage('/');
    try {
      const box = page.locator('pw-comment-box');
      const content = `Ý kiến thử nghiệm ${Date.now()}: đề nghị nhân rộng mô hình "Camera an ninh".`;
      await box.getByLabel('Họ và tên').fill('Trần Văn Bình');
      await box.getByLabel('Ý kiến của bạn').fill(content);
      await box.getByRole('button', { name: 'Gửi ý kiến' }).click();
      await box.getByText('Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.').waitFor();
      expect(await box.getByLabel('Ý kiến của bạn').inputValue(), 'the form is cleared').toBe('');

      const pending = (await pendingComments()).filter((comment) => comment.content === content);
      expect(pending).toHaveLength(1);
      await page.reload();
      await box.getByText('Ban biên tập').first().waitFor();
      expect(await box.getByText(content).count(), 'not shown before moderation').toBe(0);

      await moderate(`/admin/comments/${pending[0]?.id}/approve`, 'POST');
      await page.reload();
      await box.getByText(content).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps a comment through a failed send (server stopped) and sends it once on "Gửi lại"', async () => {
    const { page, context } = await openPage('/');
    try {
      const box = page.locator('pw-comment-box');
      await box.getByText('Ban biên tập').first().waitFor();
      await api.stop();
      const content = `Ý kiến gửi lại ${Date.now()}: mong tỉnh tiếp tục tổ chức tập huấn cho cơ sở.`;
      await box.getByLabel('Họ và tên').fill('Lê Thị Hoa');
      await box.getByLabel('Ý kiến của bạn').fill(content);
      await box.getByRole('button', { name: 'Gửi ý kiến' }).click();
      const retry = box.getByRole('button', { name: 'Gửi lại' });
      await retry.waitFor();
      expect(await box.getByLabel('Ý kiến của bạn').inputValue(), 'what the reader typed stays').toBe(content);

      await api.start();
      await retry.click();
      await box.getByText('Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.').waitFor();
      expect((await pendingComments()).filter((comment) => comment.content === content)).toHaveLength(1);
    } finally {
      await api.start();
      await context.close();
    }
  });

  it('shows the weather from the stand-in server, then marks it stale when that server stops', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The page's clock is the test's: the 30-minute refresh runs without waiting 30 minutes.
    await page.clock.install();
    try {
      await page.goto(`${demo.url}/`);
      const panel = page.locator('pw-weather-panel');
      await panel.getByText('°C').first().waitFor();
      expect(await panel.getByText('Hoa Lư').count()).toBeGreaterThan(0);
      expect(await panel.getByRole('link', { name: 'Open-Meteo.com' }).count()).toBe(1);
      const answered = weather.requests.length;
      expect(answered).toBeGreaterThan(0);
      expect(weather.requests.at(-1)).toContain('latitude=20.2506,20.4388,20.5411,20.1556');

      await weather.close();
      // Past the refresh interval, then through the retries' backoff.
      await page.clock.runFor('31:00');
      const stale = panel.getByText(/chưa cập nhật được/);
      for (let step = 0; step < 30 && (await stale.count()) === 0; step += 1) await page.clock.runFor(2000);
      await stale.first().waitFor();
      expect(await panel.getByText('°C').count(), 'the earlier data stays').toBeGreaterThan(0);
    } finally {
      weather = await startWeatherFixture(Number(new URL(weather.url).port));
      await context.close();
    }
  });
});
