// The moderation page in Debian Chromium against the real app: what a keyboard moderator meets
// after "Duyệt" and "Từ chối". Every wait is on a state of the page, never on a duration.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../../scripts/chromium.mjs';
import { adminToken, storedComments, useTestServer } from './helpers/app.js';
import { sqlite } from './helpers/databases.js';

const thread = 'bai-viet-1';

describe.skipIf(!hasChromium())('moderation page in a browser', () => {
  const server = useTestServer(sqlite);
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Three pending comments by An, Bình and Chi; the page signed in and showing them. */
  async function openQueue(): Promise<Page> {
    const { app, repository } = server();
    await repository.insertMissing(
      ['An', 'Bình', 'Chi'].flatMap((name, index) =>
        storedComments(thread, 1, {
          status: 'pending',
          author: `Bạn đọc ${name}`,
          createdAt: Date.UTC(2026, 10, 1, 8, index),
        }),
      ),
    );
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${url}/admin`);
    await page.fill('#token', adminToken);
    await page.press('#token', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#comments > li').length === 3);
    return page;
  }

  const state = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement;
      return {
        authors: [...document.querySelectorAll('#comments .author')].map((element) => element.textContent),
        summary: document.getElementById('summary')?.textContent,
        message: document.getElementById('message')?.textContent,
        listTop: document.getElementById('comments')?.getBoundingClientRect().top,
        focus: active?.id
          ? `#${active.id}`
          : `${active?.closest('li')?.querySelector('.author')?.textContent} / ${active?.textContent}`,
      };
    });

  /** Presses the button as a keyboard user does, and waits for the list to lose one comment. */
  async function press(page: Page, author: string, label: 'Duyệt' | 'Từ chối') {
    const before = (await state(page)).authors.length;
    await page.locator('#comments > li', { hasText: author }).getByRole('button', { name: label, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((count) => document.querySelectorAll('#comments > li').length === count, before - 1);
    return state(page);
  }

  it('counts each handled comment out and keeps focus on the list, with the list staying in place', async () => {
    const page = await openQueue();
    const start = await state(page);
    expect(start).toMatchObject({ summary: '3 ý kiến chờ duyệt.', message: '' });

    expect(await press(page, 'Bạn đọc An', 'Duyệt')).toEqual({
      authors: ['Bạn đọc Bình', 'Bạn đọc Chi'],
      summary: '2 ý kiến chờ duyệt.',
      message: 'Đã duyệt ý kiến của Bạn đọc An.',
      listTop: start.listTop,
      focus: 'Bạn đọc Bình / Duyệt',
    });
    // The last comment handled: focus goes back to the one before it.
    expect(await press(page, 'Bạn đọc Chi', 'Từ chối')).toEqual({
      authors: ['Bạn đọc Bình'],
      summary: '1 ý kiến chờ duyệt.',
      message: 'Đã từ chối ý kiến của Bạn đọc Chi.',
      listTop: start.listTop,
      focus: 'Bạn đọc Bình / Duyệt',
    });
    // The list emptied: focus lands on the count, which says so.
    expect(await press(page, 'Bạn đọc Bình', 'Từ chối')).toEqual({
      authors: [],
      summary: '0 ý kiến chờ duyệt.',
      message: 'Đã từ chối ý kiến của Bạn đọc Bình.',
      listTop: start.listTop,
      focus: '#summary',
    });
    await page.close();
  });

  it('announces through a polite live region that holds its place before any message', async () => {
    const page = await openQueue();
    const region = await page.evaluate(() => {
      const message = document.getElementById('message');
      return {
        role: message?.getAttribute('role'),
        live: message?.getAttribute('aria-live'),
        rendered: message?.checkVisibility(),
      };
    });
    expect(region).toEqual({ role: 'status', live: 'polite', rendered: true });
    await page.close();
  });
});
