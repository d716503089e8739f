import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import { ArticleCard, headingLevels, layouts } from '../src/element.js';

// ---------------------------------------------------------------------------------------------
// Helpers (pure functions; the only state kept between tests is the list of restorers, which
// afterEach empties).

const restorers: (() => void)[] = [];

afterEach(async () => {
  for (const restore of restorers.splice(0).reverse()) restore();
  globalThis.getSelection()?.removeAllRanges();
  await resetMouse();
});

/** Replaces console.error or console.warn for the current test and returns what it receives. */
function captureConsole(level: 'error' | 'warn'): string[] {
  const original = console[level];
  const messages: string[] = [];
  console[level] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  restorers.push(() => {
    console[level] = original;
  });
  return messages;
}

// A safety net: a broken test must fail, not navigate the test page away. It cancels any click that
// reaches a link, before the link's own listeners see it (they still do, with defaultPrevented set).
beforeEach(() => {
  const cancelLinkClicks = (event: MouseEvent): void => {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
  };
  window.addEventListener('click', cancelLinkClicks, true);
  restorers.push(() => window.removeEventListener('click', cancelLinkClicks, true));
});

/**
 * How a test names a node in an assertion. Chai is never handed a DOM node or an event: when such an
 * assertion fails, serialising it for the report stalls the test runner instead of failing the test.
 */
function describeNode(node: EventTarget | null | undefined): string {
  if (node === null || node === undefined) return String(node);
  if (!(node instanceof Element)) return Object.prototype.toString.call(node);
  const parts = node.getAttribute('part');
  const text = (node.textContent ?? '').trim().slice(0, 40);
  return `<${node.localName}${parts ? ` part="${parts}"` : ''}>${text}`;
}

function expectSameNode(
  actual: EventTarget | null | undefined,
  expected: EventTarget | null | undefined,
  what?: string,
) {
  expect(describeNode(actual), what).to.equal(describeNode(expected));
  expect(actual === expected, what ?? 'the very same node').to.equal(true);
}

function shadow(el: Element): ShadowRoot {
  if (el.shadowRoot === null) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

// Selectors use the public part names, not the element's private classes. The card may keep an
// optional part in its template and hide it, so "rendered" means shown to the reader.
function part<T extends Element = HTMLElement>(el: Element, name: string): T {
  const found = shadow(el).querySelector<T>(`[part~="${name}"]`);
  if (found === null) throw new Error(`no [part~="${name}"] rendered in <${el.localName}>`);
  return found;
}

/** Whether the reader sees the element (present, not hidden, not inside something hidden). */
function isShown(element: Element | null): boolean {
  return element !== null && element.checkVisibility();
}

function shownPart(el: Element, name: string): Element | null {
  const found = shadow(el).querySelector(`[part~="${name}"]`);
  return isShown(found) ? found : null;
}

function shown(el: Element, selector: string): Element[] {
  return Array.from(shadow(el).querySelectorAll(selector)).filter(isShown);
}

/** Links are anchors with an href; an `<a>` without one is plain text to browsers and screen readers. */
const links = (el: Element): HTMLAnchorElement[] =>
  Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('a[href]'));

function headlineLink(el: Element): HTMLAnchorElement {
  const found = shadow(el).querySelector<HTMLAnchorElement>('a[part~="link"][href]');
  if (found === null) throw new Error('no headline link rendered');
  return found;
}

interface SeenClick {
  /** Read during dispatch: once it ends, a shadow-tree event's target is cleared to null. */
  target: EventTarget | null;
  isTrusted: boolean;
  ctrlKey: boolean;
}

/** Records the clicks that reach the headline link and cancels their navigation. */
function interceptHeadlineClicks(el: Element): SeenClick[] {
  const clicks: SeenClick[] = [];
  headlineLink(el).addEventListener('click', (event) => {
    clicks.push({ target: event.target, isTrusted: event.isTrusted, ctrlKey: event.ctrlKey });
    event.preventDefault();
  });
  return clicks;
}

function centre(target: Element): [number, number] {
  const box = target.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** A real mouse click (trusted events, as a reader's) in the middle of an element. */
async function clickWithMouse(target: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(target) });
}

function cardIn(container: Element): ArticleCard {
  const el = container.querySelector('pw-article-card');
  if (el === null) throw new Error('no <pw-article-card> in the fixture');
  return el;
}

/** Every attribute value the card rendered, in its shadow root and light DOM. */
function renderedAttributeValues(el: Element): string[] {
  const elements = [...el.querySelectorAll('*'), ...shadow(el).querySelectorAll('*')];
  return elements.flatMap((element) => Array.from(element.attributes, (attribute) => attribute.value));
}

function jsonLdScripts(el: Element): HTMLScriptElement[] {
  return Array.from(el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'));
}

const headline = 'Tỉnh triển khai kế hoạch chuyển đổi số năm 2026';
const summary = 'UBND tỉnh ban hành kế hoạch chuyển đổi số với 45 nhiệm vụ trọng tâm trong năm.';
const articleHref = '/tin-tuc/chuyen-doi-so-2026.html';
// 18:30 UTC on 27 November is 01:30 on 28 November in Vietnam (UTC+7).
const lateEvening = '2026-11-27T18:30:00Z';
// Never requested by a card far below the fold; answered 404 by the dev server when it is.
const missingImage = new URL('./fixtures/khong-co-anh.jpg', import.meta.url).href;

// ---------------------------------------------------------------------------------------------

describe('<pw-article-card>', () => {
  describe('links and tab stops', () => {
    it('has the headline link as its only tab stop (a category without link is text)', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div>
          <button type="button">Trước</button>
          <pw-article-card
            headline=${headline}
            href=${articleHref}
            summary=${summary}
            category="Kinh tế"
            author="Ngọc Anh"
            published=${lateEvening}
          ></pw-article-card>
          <button type="button">Sau</button>
        </div>
      `);
      const el = cardIn(container);
      await el.updateComplete;
      const [before, after] = Array.from(container.querySelectorAll('button'));

      before?.focus();
      await sendKeys({ press: 'Tab' });
      expectSameNode(document.activeElement, el);
      expectSameNode(shadow(el).activeElement, headlineLink(el));

      await sendKeys({ press: 'Tab' });
      expectSameNode(document.activeElement, after, 'the next Tab leaves the card');
    });

    it('has two tab stops with a category link: the category, then the headline', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div>
          <button type="button">Trước</button>
          <pw-article-card
            headline=${headline}
            href=${articleHref}
            summary=${summary}
            category="Kinh tế"
            category-href="/kinh-te/"
          ></pw-article-card>
          <button type="button">Sau</button>
        </div>
      `);
      const el = cardIn(container);
      await el.updateComplete;
      const [before, after] = Array.from(container.querySelectorAll('button'));

      before?.focus();
      await sendKeys({ press: 'Tab' });
      expectSameNode(document.activeElement, el);
      expectSameNode(shadow(el).activeElement, part(el, 'category'));
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('/kinh-te/');

      await sendKeys({ press: 'Tab' });
      expectSameNode(document.activeElement, el);
      expectSameNode(shadow(el).activeElement, headlineLink(el));

      await sendKeys({ press: 'Tab' });
      expectSameNode(document.activeElement, after);
    });

    it('rings the whole card, unclipped, when the headline link has keyboard focus, and not for the category', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div style="width: 20rem">
          <button type="button">Trước</button>
          <pw-article-card
            headline=${headline}
            href=${articleHref}
            category="Kinh tế"
            category-href="/kinh-te/"
          ></pw-article-card>
        </div>
      `);
      const el = cardIn(container);
      await el.updateComplete;
      const ring = (): CSSStyleDeclaration => getComputedStyle(headlineLink(el), '::after');
      container.querySelector('button')?.focus();

      await sendKeys({ press: 'Tab' });
      expectSameNode(shadow(el).activeElement, part(el, 'category'));
      expect(ring().content, 'no ring while the category has focus').to.equal('none');

      await sendKeys({ press: 'Tab' });
      expectSameNode(shadow(el).activeElement, headlineLink(el));
      expect(ring().outlineStyle).to.equal('solid');
      expect(ring().outlineWidth).to.equal('3px');
      expect(ring().pointerEvents, 'clicks and text selection pass through').to.equal('none');
      expect(ring().borderTopLeftRadius, 'the ring follows the card corners').to.equal(
        getComputedStyle(part(el, 'card')).borderTopLeftRadius,
      );
      // Positioned against the host, outside the card's overflow clip, so the ring is drawn in full.
      expect(ring().position).to.equal('absolute');
      expect(getComputedStyle(el).position).to.equal('relative');
      expect(getComputedStyle(part(el, 'card')).position).to.equal('static');
    });

    it('never nests links: exactly two links, the category link outside the headline link', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card
          headline=${headline}
          href=${articleHref}
          summary=${summary}
          category="Kinh tế"
          category-href="/kinh-te/"
        ></pw-article-card>
      `);
      await el.updateComplete;

      expect(shadow(el).querySelectorAll('a a')).to.have.length(0);
      expect(links(el)).to.have.length(2);
      const category = part(el, 'category');
      expect(category.localName).to.equal('a');
      expect(category.getAttribute('href')).to.equal('/kinh-te/');
      expectSameNode(category.parentElement?.closest('a'), null, 'no link around the category');
      expect(headlineLink(el).contains(category)).to.equal(false);
      expect(headlineLink(el).textContent?.trim()).to.equal(headline);
      expect(part(el, 'headline').contains(headlineLink(el))).to.equal(true);
    });

    it('renders a category without category-href as text, leaving one link', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} href=${articleHref} category="Kinh tế"></pw-article-card>
      `);
      await el.updateComplete;

      const category = part(el, 'category');
      expect(isShown(category)).to.equal(true);
      expect(category.textContent?.trim()).to.equal('Kinh tế');
      expect(category.hasAttribute('href')).to.equal(false);
      expect(links(el).map(describeNode)).to.deep.equal([describeNode(headlineLink(el))]);
    });

    it('adds rel="noopener noreferrer" to an external headline link only', async () => {
      const external = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} href="https://baochinhphu.vn/bai-viet.htm"></pw-article-card>
      `);
      const internal = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} href=${articleHref}></pw-article-card>
      `);
      await Promise.all([external.updateComplete, internal.updateComplete]);

      expect(headlineLink(external).getAttribute('rel')).to.equal('noopener noreferrer');
      expect(headlineLink(internal).hasAttribute('rel')).to.equal(false);
    });
  });

  describe('whole-card click', () => {
    const linkedCard = () => html`
      <pw-article-card
        headline=${headline}
        href=${articleHref}
        summary=${summary}
        image=${missingImage}
        category="Kinh tế"
        category-href="/kinh-te/"
      ></pw-article-card>
    `;

    it('follows the headline link when the reader clicks the summary text', async () => {
      const el = await fixture<ArticleCard>(linkedCard());
      await el.updateComplete;
      const clicks = interceptHeadlineClicks(el);

      await clickWithMouse(part(el, 'summary'));

      expect(clicks).to.have.length(1);
      expectSameNode(clicks[0]?.target, headlineLink(el), 'the click targets the headline link');
    });

    it('follows the headline link when the reader clicks the image area', async () => {
      const el = await fixture<ArticleCard>(linkedCard());
      await el.updateComplete;
      const clicks = interceptHeadlineClicks(el);

      await clickWithMouse(part(el, 'media'));

      expect(clicks).to.have.length(1);
      expectSameNode(clicks[0]?.target, headlineLink(el), 'the click targets the headline link');
    });

    it('follows the headline link once when the headline link itself is clicked', async () => {
      const el = await fixture<ArticleCard>(linkedCard());
      await el.updateComplete;
      const clicks = interceptHeadlineClicks(el);

      await clickWithMouse(headlineLink(el));

      expect(clicks).to.have.length(1);
      expect(clicks[0]?.isTrusted, 'the reader’s own click, not a copy').to.equal(true);
    });

    it('does not trigger the headline link when the category link is clicked', async () => {
      const el = await fixture<ArticleCard>(linkedCard());
      await el.updateComplete;
      const clicks = interceptHeadlineClicks(el);
      let categoryClicks = 0;
      part(el, 'category').addEventListener('click', (event) => {
        categoryClicks += 1;
        event.preventDefault();
      });

      await clickWithMouse(part(el, 'category'));

      expect(categoryClicks).to.equal(1);
      expect(clicks).to.have.length(0);
    });

    it('does not navigate when the click ends a text selection in the summary', async () => {
      const container = await fixture<HTMLDivElement>(html`<div>${linkedCard()}</div>`);
      container.style.width = '600px';
      const el = cardIn(container);
      await el.updateComplete;
      const clicks = interceptHeadlineClicks(el);
      let cardClicks = 0;
      el.addEventListener('click', () => (cardClicks += 1));
      const box = part(el, 'summary').getBoundingClientRect();
      const y = Math.round(box.top + 8);

      // Drag across the first line of the summary, as a reader selecting text to copy.
      await sendMouse({ type: 'move', position: [Math.round(box.left + 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), y] });
      await sendMouse({ type: 'up' });

      expect(globalThis.getSelection()?.toString() ?? '', 'the drag selected text').not.to.equal('');
      expect(cardClicks, 'the drag ended in a click on the card').to.equal(1);
      expect(clicks).to.have.length(0);
    });

    it('passes modifier keys on, so Ctrl+click can open the article in a new tab', async () => {
      const el = await fixture<ArticleCard>(linkedCard());
      await el.updateComplete;
      const clicks = interceptHeadlineClicks(el);

      part(el, 'summary').dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
      );

      expect(clicks).to.have.length(1);
      expect(clicks[0]?.ctrlKey).to.equal(true);
    });

    it('opens the article in a new tab on a middle click anywhere on the card, as on its link', async () => {
      const el = await fixture<ArticleCard>(linkedCard());
      await el.updateComplete;
      const buttons: number[] = [];
      headlineLink(el).addEventListener('click', (event) => {
        buttons.push(event.button);
        event.preventDefault();
      });

      part(el, 'summary').dispatchEvent(
        new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 1 }),
      );
      // A right click opens the context menu; it follows nothing.
      part(el, 'summary').dispatchEvent(
        new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 2 }),
      );

      expect(buttons).to.deep.equal([1]);
    });

    it('is not clickable as a whole when it has no link', async () => {
      const el = await fixture<ArticleCard>(
        html`<pw-article-card headline=${headline} summary=${summary}></pw-article-card>`,
      );
      await el.updateComplete;

      expect(links(el)).to.have.length(0);
      expect(() => part(el, 'summary').click()).not.to.throw();
      expect(getComputedStyle(part(el, 'card')).cursor).not.to.equal('pointer');
    });

    it('does not submit a host <form> when the card is clicked', async () => {
      let submits = 0;
      const onSubmit = (event: Event): void => {
        submits += 1;
        event.preventDefault();
      };
      const form = await fixture<HTMLFormElement>(html`<form @submit=${onSubmit}>${linkedCard()}</form>`);
      const el = cardIn(form);
      await el.updateComplete;
      const clicks = interceptHeadlineClicks(el);

      await clickWithMouse(part(el, 'summary'));
      await clickWithMouse(part(el, 'media'));
      headlineLink(el).focus();
      await sendKeys({ press: 'Enter' });

      expect(clicks.length, 'the clicks reached the headline link').to.equal(3);
      expect(submits).to.equal(0);
    });
  });

  describe('headline', () => {
    it('shows nothing and warns once, naming headline, when a template misspells it', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<ArticleCard>(
        html`<pw-article-card title="Tin mới" url="/tin/1" summary="Tóm tắt"></pw-article-card>`,
      );
      expect(el.shadowRoot?.querySelector('article')).to.equal(null);
      expect(warnings.filter((message) => message.includes('<pw-article-card> headline'))).to.have.length(1);
    });

    it('stays silent while a script has not set the headline yet', async () => {
      const warnings = captureConsole('warn');
      const el = document.createElement('pw-article-card');
      document.body.append(el);
      await el.updateComplete;
      el.headline = 'Tin mới';
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('.headline')?.textContent?.trim()).to.equal('Tin mới');
      expect(warnings).to.have.length(0);
      el.remove();
    });

    for (const level of headingLevels) {
      it(`renders heading-level="${level}" as <h${level}> holding the link`, async () => {
        const el = await fixture<ArticleCard>(html`
          <pw-article-card headline=${headline} href=${articleHref} heading-level=${level}></pw-article-card>
        `);
        await el.updateComplete;

        const heading = part(el, 'headline');
        expect(heading.localName).to.equal(`h${level}`);
        expectSameNode(heading.querySelector('a'), headlineLink(el));
        expect(shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
      });
    }

    it('defaults to <h3>', async () => {
      const el = await fixture<ArticleCard>(html`<pw-article-card headline=${headline}></pw-article-card>`);
      await el.updateComplete;

      expect(part(el, 'headline').localName).to.equal('h3');
    });

    it('falls back to <h3> on heading-level="9" with exactly one named console.warn', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} href=${articleHref} heading-level="9"></pw-article-card>
      `);
      await el.updateComplete;
      el.summary = 'Một thay đổi khác không báo lại.';
      await el.updateComplete;

      expect(part(el, 'headline').localName).to.equal('h3');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<pw-article-card>');
      expect(warnings[0]).to.include('heading-level');
      expect(warnings[0]).to.include('9');
    });

    it('names what the author wrote in heading-level="ba", not NaN', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} href=${articleHref} heading-level="ba"></pw-article-card>
      `);
      await el.updateComplete;

      expect(part(el, 'headline').localName).to.equal('h3');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<pw-article-card> heading-level:');
      expect(warnings[0]).to.include(' in ba.');
      expect(warnings[0]).not.to.include('NaN');
    });

    it('breaks no ordinary word, even where the card is only as wide as its content allows', async () => {
      // A host that sizes the card by its content (a float, an auto table cell, width: min-content).
      const container = await fixture<HTMLDivElement>(html`
        <div><pw-article-card headline=${headline} href=${articleHref}></pw-article-card></div>
      `);
      container.style.width = 'min-content';
      const el = cardIn(container);
      await el.updateComplete;

      const text = part(el, 'link').firstChild;
      if (text === null) throw new Error('no headline text');
      const range = document.createRange();
      let start = 0;
      for (const word of headline.split(' ')) {
        range.setStart(text, start);
        range.setEnd(text, start + word.length);
        expect(range.getClientRects().length, `"${word}" stays on one line`).to.equal(1);
        start += word.length + 1;
      }
    });

    it('still wraps a headline word too long for the card', async () => {
      const long = 'Nghị-định-số-123/2026/NĐ-CP-quy-định-chi-tiết-một-số-điều-của-Luật-Giao-dịch-điện-tử';
      const container = await fixture<HTMLDivElement>(html`
        <div><pw-article-card headline=${long} href=${articleHref}></pw-article-card></div>
      `);
      container.style.width = '200px';
      const el = cardIn(container);
      await el.updateComplete;

      const heading = part(el, 'headline');
      expect(heading.scrollWidth).to.be.at.most(heading.clientWidth);
      expect(heading.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    });

    it('shows markup in headline and summary as text, creating no element', async () => {
      const hostileHeadline = '<img src=x onerror=alert(1)> Tin <b>nóng</b>';
      const hostileSummary = '<b>đậm</b> <script>alert(2)</script>';
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${hostileHeadline} href=${articleHref} summary=${hostileSummary}></pw-article-card>
      `);
      await el.updateComplete;

      expect(shadow(el).querySelectorAll('b, script, img[src], [onerror]')).to.have.length(0);
      expect(shown(el, 'img')).to.have.length(0);
      expect(el.querySelectorAll('*')).to.have.length(0);
      expect(headlineLink(el).textContent?.trim()).to.equal(hostileHeadline);
      expect(part(el, 'summary').textContent?.trim()).to.equal(hostileSummary);
    });

    it('normalises the headline to NFC', async () => {
      const decomposed = 'Hà Nội'.normalize('NFD');
      const el = await fixture<ArticleCard>(html`<pw-article-card headline=${decomposed} href="/"></pw-article-card>`);
      await el.updateComplete;

      expect(headlineLink(el).textContent?.trim()).to.equal('Hà Nội'.normalize('NFC'));
    });
  });

  describe('dates', () => {
    it('reads day/month/year as Vietnamese write it, and a date without a zone in Vietnam time', async () => {
      const el = await fixture<ArticleCard>(
        html`<pw-article-card
          headline="Tin"
          href="/tin"
          published="05/11/2026 08:30"
          updated="2026-11-27T23:30:00"
        ></pw-article-card>`,
      );
      const published = el.shadowRoot?.querySelector('time[part="published"]');
      const updated = el.shadowRoot?.querySelector('time[part="updated"]');
      expect(published?.textContent?.trim(), '5 November, not 11 May').to.equal('05/11/2026');
      expect(published?.getAttribute('datetime')).to.equal('2026-11-05T01:30:00.000Z');
      // 23:30 in Vietnam is 16:30 UTC: still the 27th, even though this browser runs in UTC.
      expect(updated?.getAttribute('datetime')).to.equal('2026-11-27T16:30:00.000Z');
      expect(updated?.textContent?.trim()).to.equal('27/11/2026');
    });

    it('warns once, naming published, about a value that is not a date', async () => {
      const warnings = captureConsole('warn');
      await fixture<ArticleCard>(html`<pw-article-card headline="Tin" published="hôm qua"></pw-article-card>`);
      expect(warnings.filter((message) => message.includes('<pw-article-card> published: not a date'))).to.have.length(
        1,
      );
    });

    it('runs in a browser whose own time zone is UTC (the premise of these tests)', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('UTC');
    });

    it('shows the calendar day in Asia/Ho_Chi_Minh, not the browser zone, with the ISO instant in datetime', async () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('UTC');
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} href=${articleHref} published=${lateEvening}></pw-article-card>
      `);
      await el.updateComplete;

      const time = part<HTMLTimeElement>(el, 'published');
      expect(time.localName).to.equal('time');
      expect(time.textContent?.trim()).to.equal('28/11/2026');
      expect(time.dateTime).to.equal('2026-11-27T18:30:00.000Z');
      expect(new Date(time.dateTime).getTime()).to.equal(Date.parse(lateEvening));
    });

    it('shows the calendar day in the zone given by time-zone', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} published=${lateEvening} time-zone="UTC"></pw-article-card>
      `);
      await el.updateComplete;

      expect(part(el, 'published').textContent?.trim()).to.equal('27/11/2026');
    });

    it('renders the update date in its own <time> after "Cập nhật"', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card
          headline=${headline}
          published=${lateEvening}
          updated="2026-11-28T03:00:00+07:00"
        ></pw-article-card>
      `);
      await el.updateComplete;

      const updated = part<HTMLTimeElement>(el, 'updated');
      expect(updated.dateTime).to.equal('2026-11-27T20:00:00.000Z');
      expect(updated.parentElement?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Cập nhật 28/11/2026');
      expect(el.updatedAt).to.equal('2026-11-28T03:00:00+07:00');
    });

    it('renders no <time> and never "Invalid Date" for an unparseable date', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card
          headline=${headline}
          author="Ngọc Anh"
          published="ngày 8 tháng 6"
          updated="not a date"
        ></pw-article-card>
      `);
      await el.updateComplete;

      expect(shown(el, 'time'), 'no date shown').to.have.length(0);
      expect(shadow(el).querySelectorAll('time[datetime]'), 'no machine-readable date').to.have.length(0);
      expect(shadow(el).textContent).not.to.include('Invalid Date');
      expect(shadow(el).textContent).not.to.include('NaN');
      expect(part(el, 'meta').innerText.trim()).to.equal('Ngọc Anh');
    });

    it('warns once about an invalid time-zone and uses Asia/Ho_Chi_Minh', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} published=${lateEvening} time-zone="Sao Hỏa/Olympus"></pw-article-card>
      `);
      await el.updateComplete;
      el.author = 'Ngọc Anh';
      await el.updateComplete;

      expect(part(el, 'published').textContent?.trim()).to.equal('28/11/2026');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<pw-article-card>');
      expect(warnings[0]).to.include('time-zone');
      expect(warnings[0]).to.include('Sao Hỏa/Olympus');
      expect(warnings[0]).to.include('Asia/Ho_Chi_Minh');
    });

    it('returns to Asia/Ho_Chi_Minh without a warning when time-zone is removed', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} published=${lateEvening} time-zone="UTC"></pw-article-card>
      `);
      await el.updateComplete;
      expect(part(el, 'published').textContent?.trim()).to.equal('27/11/2026');

      el.removeAttribute('time-zone');
      await el.updateComplete;

      expect(part(el, 'published').textContent?.trim()).to.equal('28/11/2026');
      expect(warnings).to.deep.equal([]);
    });

    it('formats dates and labels in English under lang="en", and follows a lang change', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div lang="en">
          <pw-article-card
            headline=${headline}
            published=${lateEvening}
            updated="2026-11-28T03:00:00+07:00"
          ></pw-article-card>
        </div>
      `);
      const el = cardIn(container);
      await el.updateComplete;
      const english = new Intl.DateTimeFormat('en-GB', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'Asia/Ho_Chi_Minh',
      }).format(new Date(lateEvening));

      expect(part(el, 'published').textContent?.trim()).to.equal(english);
      expect(part(el, 'updated').parentElement?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        `Updated ${english}`,
      );

      container.lang = 'vi';
      await waitUntil(
        () => part(el, 'updated').parentElement?.textContent?.includes('Cập nhật') === true,
        'the card re-renders in Vietnamese',
        { timeout: 5_000 },
      );
    });
  });

  describe('image', () => {
    /** A card far below the fold: its lazy image is not requested, so the test sees it before it loads. */
    async function belowTheFold(alt?: string): Promise<ArticleCard> {
      const container = await fixture<HTMLDivElement>(html`
        <div>
          <div class="spacer"></div>
          <pw-article-card headline=${headline} href=${articleHref} image=${missingImage}></pw-article-card>
        </div>
      `);
      const spacer = container.querySelector<HTMLElement>('.spacer');
      if (spacer) spacer.style.height = '20000px';
      container.style.width = '320px';
      const el = cardIn(container);
      if (alt !== undefined) el.imageAlt = alt;
      await el.updateComplete;
      return el;
    }

    it('loads the image lazily and asynchronously, with alt from image-alt', async () => {
      const el = await belowTheFold('Quang cảnh hội nghị');

      const image = part<HTMLImageElement>(el, 'image');
      expect(image.localName).to.equal('img');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.getAttribute('alt')).to.equal('Quang cảnh hội nghị');
      expect(image.getAttribute('src')).to.equal(missingImage);
    });

    it('gives the image an empty alt when image-alt is absent (decorative)', async () => {
      const el = await belowTheFold();

      const image = part<HTMLImageElement>(el, 'image');
      expect(image.hasAttribute('alt')).to.equal(true);
      expect(image.getAttribute('alt')).to.equal('');
    });

    it('reserves the media box height before the image loads (no layout shift)', async () => {
      const el = await belowTheFold();
      await nextFrame();

      const image = part<HTMLImageElement>(el, 'image');
      const media = part(el, 'media').getBoundingClientRect();
      expect(image.naturalWidth, 'the image has not loaded').to.equal(0);
      expect(media.width).to.be.greaterThan(0);
      expect(media.height).to.be.greaterThan(0);
      expect(media.height).to.be.closeTo((media.width * 9) / 16, 1);
    });

    it('replaces a failing image by the placeholder, leaving no <img>', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} href=${articleHref} image=${missingImage}></pw-article-card>
      `);
      await el.updateComplete;

      // The dev server answers 404; the image's error event swaps in the placeholder.
      await waitUntil(() => shownPart(el, 'placeholder') !== null, 'the failed image is replaced', {
        timeout: 10_000,
      });
      await el.updateComplete;

      expect(shown(el, 'img'), 'no image shown').to.have.length(0);
      expect(shadow(el).querySelectorAll('img[src]'), 'no image left loading').to.have.length(0);
      expect(part(el, 'placeholder').getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'media').getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('tries again when the image changes after a failure', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} href=${articleHref} image=${missingImage}></pw-article-card>
      `);
      await waitUntil(() => shownPart(el, 'placeholder') !== null, 'the failed image is replaced', {
        timeout: 10_000,
      });

      el.image = `${missingImage}?lan-2`;
      await el.updateComplete;

      expect(part(el, 'image').getAttribute('src')).to.equal(`${missingImage}?lan-2`);
    });

    it('shows the placeholder when there is no image', async () => {
      const el = await fixture<ArticleCard>(
        html`<pw-article-card headline=${headline} href=${articleHref}></pw-article-card>`,
      );
      await el.updateComplete;

      expect(shown(el, 'img')).to.have.length(0);
      expect(shadow(el).querySelectorAll('img[src]')).to.have.length(0);
      expect(isShown(part(el, 'placeholder'))).to.equal(true);
      expect(part(el, 'placeholder').getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'media').getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('layouts and states', () => {
    for (const layout of layouts) {
      it(`renders layout="${layout}" with no axe violations`, async () => {
        const el = await fixture<ArticleCard>(html`
          <pw-article-card
            layout=${layout}
            headline=${headline}
            href=${articleHref}
            summary=${summary}
            category="Kinh tế"
            category-href="/kinh-te/"
            author="Ngọc Anh"
            published=${lateEvening}
            updated="2026-11-28T09:00:00+07:00"
          ></pw-article-card>
        `);
        await el.updateComplete;

        expect(headlineLink(el).textContent?.trim()).to.equal(headline);
        expect(isShown(shownPart(el, 'media')), 'only compact has no media').to.equal(layout !== 'compact');
        await expect(el).to.be.accessible();
      });
    }

    it('writes no layout attribute on a default card, which lays out vertically', async () => {
      const el = await fixture<ArticleCard>(
        html`<pw-article-card headline=${headline} href=${articleHref}></pw-article-card>`,
      );
      await el.updateComplete;
      expect(el.hasAttribute('layout')).to.equal(false);
      expect(el.layout).to.equal(undefined);
      expect(part(el, 'card').classList.contains('vertical')).to.equal(true);
      el.layout = 'compact';
      await el.updateComplete;
      expect(el.getAttribute('layout'), 'a layout set as a property is reflected').to.equal('compact');
    });

    it('separates the meta items by a dot, and the dot that would start a line is cut off', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card headline=${headline} author="Ngọc Anh" published=${lateEvening}></pw-article-card>
      `);
      await el.updateComplete;
      const meta = part(el, 'meta');
      const [author, time] = Array.from(meta.querySelectorAll<HTMLElement>('.author, time'));
      if (author === undefined || time === undefined) throw new Error('author and date are rendered');
      for (const item of [author, time]) expect(getComputedStyle(item).backgroundImage).to.contain('radial-gradient');
      // Each item's dot sits in its first 1.25em; the first item's lies left of the clipping line.
      const line = meta.getBoundingClientRect();
      expect(author.getBoundingClientRect().left).to.be.below(line.left);
      expect(time.getBoundingClientRect().left).to.be.above(line.left);
      expect(meta.innerText.split(/\s*\n\s*/), 'no dot is read or copied').to.deep.equal(['Ngọc Anh', '28/11/2026']);
    });

    it('wraps the dates of a narrow card rather than clipping them', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div>
          <pw-article-card
            headline=${headline}
            author="Ngọc Anh"
            published=${lateEvening}
            updated="2026-11-28T10:00:00+07:00"
          ></pw-article-card>
        </div>
      `);
      container.style.width = '90px';
      const el = cardIn(container);
      await el.updateComplete;

      const meta = part(el, 'meta');
      const line = meta.getBoundingClientRect();
      const items = Array.from(meta.querySelectorAll<HTMLElement>('.meta-items > *'));
      expect(items).to.have.length(3);
      for (const item of items) {
        const box = item.getBoundingClientRect();
        expect(box.right, `${item.className || item.localName} ends inside the line`).to.be.at.most(line.right + 0.5);
        expect(item.scrollWidth, `${item.className || item.localName} has no hidden overflow`).to.be.at.most(
          item.clientWidth,
        );
      }
      expect(meta.innerText.replace(/\s+/g, ''), 'every character is shown').to.equal(
        'NgọcAnh28/11/2026Cậpnhật28/11/2026',
      );
    });

    it('puts each dot on the side of its padding in a right-to-left page', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div dir="rtl">
          <pw-article-card headline=${headline} author="Ngọc Anh" published=${lateEvening}></pw-article-card>
        </div>
      `);
      const el = cardIn(container);
      await el.updateComplete;
      for (const item of part(el, 'meta').querySelectorAll<HTMLElement>('.author, time')) {
        const style = getComputedStyle(item);
        expect(style.paddingLeft).to.equal('0px');
        expect(Number.parseFloat(style.paddingRight)).to.be.greaterThan(0);
        expect(style.backgroundPositionX).to.equal('100%');
      }
    });

    it('lays a horizontal card out side by side when it is wide enough', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div><pw-article-card layout="horizontal" headline=${headline} href=${articleHref}></pw-article-card></div>
      `);
      container.style.width = '720px';
      const el = cardIn(container);
      await el.updateComplete;
      await nextFrame();

      const media = part(el, 'media').getBoundingClientRect();
      const body = part(el, 'body').getBoundingClientRect();
      expect(media.right).to.be.at.most(body.left + 1);
      expect(media.height).to.be.greaterThan(0);
    });

    it('falls back to vertical on layout="bogus" with one named console.warn', async () => {
      const warnings = captureConsole('warn');
      const container = await fixture<HTMLDivElement>(html`
        <div><pw-article-card layout="bogus" headline=${headline} href=${articleHref}></pw-article-card></div>
      `);
      container.style.width = '720px';
      const el = cardIn(container);
      await el.updateComplete;
      await nextFrame();

      expect(part(el, 'card').classList.contains('vertical')).to.equal(true);
      expect(part(el, 'media').getBoundingClientRect().bottom, 'image above the text').to.be.at.most(
        part(el, 'body').getBoundingClientRect().top + 1,
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<pw-article-card>');
      expect(warnings[0]).to.include('layout');
      expect(warnings[0]).to.include('bogus');
    });

    it('shows a busy skeleton with visually hidden loading text, and no axe violations', async () => {
      const el = await fixture<ArticleCard>(html`<pw-article-card loading headline=${headline}></pw-article-card>`);
      await el.updateComplete;

      const card = part(el, 'card');
      expect(card.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(el).querySelectorAll('a[href], h1, h2, h3, h4, h5, h6')).to.have.length(0);
      expect(card.textContent?.trim()).to.equal('Đang tải tin bài…');
      const text = Array.from(card.querySelectorAll('span')).find((span) => span.textContent === 'Đang tải tin bài…');
      expect(text !== undefined, 'the loading text').to.equal(true);
      const box = text?.getBoundingClientRect();
      expect(box?.width ?? 0, 'visually hidden').to.be.at.most(1);
      expect(box?.height ?? 0, 'visually hidden').to.be.at.most(1);
      await expect(el).to.be.accessible();
    });

    it('says "Loading articles…" in English and shows the article once loading ends', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card lang="en" loading headline=${headline} href=${articleHref}></pw-article-card>
      `);
      await el.updateComplete;
      expect(part(el, 'card').textContent?.trim()).to.equal('Loading articles…');

      el.loading = false;
      await el.updateComplete;

      expect(part(el, 'card').hasAttribute('aria-busy')).to.equal(false);
      expect(headlineLink(el).textContent?.trim()).to.equal(headline);
    });
  });

  describe('unsafe URLs', () => {
    it('drops javascript: from href, image and category-href with one named warning each', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<ArticleCard>(html`
        <pw-article-card
          headline=${headline}
          href="javascript:alert(1)"
          image="JaVaScRiPt:alert(2)"
          category="Kinh tế"
          category-href=${' java\tscript:alert(3)'}
          structured-data
        ></pw-article-card>
      `);
      await el.updateComplete;

      const values = renderedAttributeValues(el);
      expect(
        values.filter((value) => /java\s*script:/i.test(value)),
        'rendered attributes with javascript:',
      ).to.deep.equal([]);
      expect(shadow(el).querySelectorAll('a[href], img[src]')).to.have.length(0);
      expect(part(el, 'category').hasAttribute('href')).to.equal(false);
      expect(part(el, 'headline').textContent?.trim()).to.equal(headline);
      expect(jsonLdScripts(el)[0]?.textContent).not.to.match(/script:/i);
      expect(warnings).to.have.length(3);
      for (const [index, attribute] of ['href', 'image', 'category-href'].entries()) {
        expect(warnings[index]).to.include('<pw-article-card>');
        expect(warnings[index]).to.include(` ${attribute}:`);
      }
      expect(warnings[0]).to.match(/Using no link\.$/);
      expect(warnings[1], 'a dropped image leaves the placeholder').to.match(/Using the placeholder\.$/);
      expect(isShown(part(el, 'placeholder'))).to.equal(true);
    });
  });

  describe('structured data', () => {
    it('adds schema.org NewsArticle JSON-LD to the light DOM with absolute URLs, ISO date and author', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card
          structured-data
          headline=${headline}
          href=${articleHref}
          image="/uploads/chuyen-doi-so.jpg"
          summary=${summary}
          author="Ngọc Anh"
          category="Kinh tế"
          published=${lateEvening}
        ></pw-article-card>
      `);
      await el.updateComplete;

      const scripts = jsonLdScripts(el);
      expect(scripts).to.have.length(1);
      expect(shadow(el).querySelectorAll('script')).to.have.length(0);
      const data = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
      const url = new URL(articleHref, document.baseURI).href;
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline,
        url,
        mainEntityOfPage: url,
        image: [new URL('/uploads/chuyen-doi-so.jpg', document.baseURI).href],
        datePublished: '2026-11-27T18:30:00.000Z',
        author: [{ '@type': 'Person', name: 'Ngọc Anh' }],
        description: summary,
        articleSection: 'Kinh tế',
      });
    });

    it('escapes "<" so the JSON-LD cannot close its script', async () => {
      const sneaky = 'Tin </script><script>alert(1)</script> nóng';
      const el = await fixture<ArticleCard>(html`
        <pw-article-card structured-data headline=${sneaky} href=${articleHref}></pw-article-card>
      `);
      await el.updateComplete;

      const text = jsonLdScripts(el)[0]?.textContent ?? '';
      expect(text).not.to.include('<');
      expect(text).to.include('\\u003c/script>');
      expect((JSON.parse(text) as { headline: string }).headline).to.equal(sneaky);
      expect(el.querySelectorAll('script')).to.have.length(1);
    });

    it('keeps the JSON-LD in step with the card and removes it when structured-data is removed', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card structured-data headline=${headline} href=${articleHref}></pw-article-card>
      `);
      await el.updateComplete;

      el.headline = 'Tiêu đề mới';
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(1);
      expect((JSON.parse(jsonLdScripts(el)[0]?.textContent ?? '') as { headline: string }).headline).to.equal(
        'Tiêu đề mới',
      );

      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(0);
    });

    it('adds no JSON-LD without structured-data', async () => {
      const el = await fixture<ArticleCard>(
        html`<pw-article-card headline=${headline} href=${articleHref}></pw-article-card>`,
      );
      await el.updateComplete;

      expect(el.querySelectorAll('script')).to.have.length(0);
    });
  });

  describe('hostile hosts', () => {
    it('honours properties set before the element is defined', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const early = document.createElement('pw-article-card-late') as HTMLElement & Partial<ArticleCard>;
      early.headline = 'Đặt trước khi nâng cấp';
      early.href = articleHref;
      early.summary = summary;
      early.layout = 'compact';
      early.headingLevel = 2;
      early.published = lateEvening;
      container.append(early);

      customElements.define('pw-article-card-late', class extends ArticleCard {});
      const upgraded = container.querySelector('pw-article-card-late');
      expect(upgraded instanceof ArticleCard, 'upgraded').to.equal(true);
      const el = upgraded as ArticleCard;
      await el.updateComplete;

      expect(headlineLink(el).textContent?.trim()).to.equal('Đặt trước khi nâng cấp');
      expect(headlineLink(el).getAttribute('href')).to.equal(articleHref);
      expect(part(el, 'headline').localName).to.equal('h2');
      expect(isShown(shownPart(el, 'media')), 'compact has no media').to.equal(false);
      expect(el.getAttribute('layout')).to.equal('compact');
      expect(part(el, 'published').textContent?.trim()).to.equal('28/11/2026');
    });

    it('shows the default strings overridden per instance through strings', async () => {
      const el = await fixture<ArticleCard>(html`
        <pw-article-card
          headline=${headline}
          published=${lateEvening}
          updated=${lateEvening}
          strings='{"updated": "Sửa lúc"}'
        ></pw-article-card>
      `);
      await el.updateComplete;

      expect(part(el, 'updated').parentElement?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'Sửa lúc 28/11/2026',
      );
    });
  });
});
