// Every story in the built Storybook, opened in Debian Chromium: it renders its widgets (a blank
// story means a registration was tree-shaken away), and axe-core finds no WCAG violation in it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { serveDirectory } from './static-server.js';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

const storybookDir = fileURLToPath(new URL('../../storybook-static', import.meta.url));
const index = JSON.parse(readFileSync(`${storybookDir}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  server = await serveDirectory(storybookDir);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Storybook stories', () => {
  it('the build contains stories', () => {
    expect(stories.length).toBeGreaterThan(5);
  });

  it.each(stories.map((story) => [`${story.title} / ${story.name}`, story] as const))('%s', async (_, story) => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    try {
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(
        () =>
          document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
      );
      expect(await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))).toBe(false);

      const widgets = await page.evaluate(async () => {
        const elements = Array.from(document.querySelectorAll('#storybook-root *')).filter((element) =>
          element.localName.startsWith('pw-'),
        );
        await Promise.all(
          elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
        );
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        return elements.map((element) => ({
          tag: element.localName,
          defined: customElements.get(element.localName) !== undefined,
          rendered: (element.shadowRoot?.childElementCount ?? 0) > 0,
        }));
      });
      expect(widgets.length, 'the story shows at least one widget').toBeGreaterThan(0);
      for (const widget of widgets) expect(widget).toMatchObject({ defined: true, rendered: true });

      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> };
          }
        ).axe;
        // Storybook's a11y addon may be running axe on the same page; wait for it to finish.
        for (let attempt = 0; ; attempt += 1) {
          try {
            const result = await axe.run(
              { include: ['#storybook-root'] },
              { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
            );
            return result.violations;
          } catch (error) {
            if (attempt > 100 || !String(error).includes('already running')) throw error;
            await new Promise((done) => setTimeout(done, 100));
          }
        }
      });
      const summary = (violations as AxeViolation[]).map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
      );
      expect(summary).toEqual([]);

      // Stories that show bad input on purpose are tagged; everywhere else a console error is a bug.
      if (!story.tags?.includes('logs-errors')) expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
