import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { defineElement } from '@portal-widgets/core';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { Breadcrumb, type TrailItem } from '../src/element.js';
import { version } from '../src/version.js';
import type { TrustedTypesResult } from './fixtures/trusted-types.js';

// ---------------------------------------------------------------------------------------------
// Helpers (pure functions; nothing here keeps state between tests except the console restorers,
// which afterEach empties).

/** Collapse measures, then re-renders; ResizeObserver callbacks come after layout. */
const waitForLayout = async (el: Breadcrumb): Promise<void> => {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
};

const restoreConsole: (() => void)[] = [];

afterEach(() => {
  for (const restore of restoreConsole.splice(0).reverse()) restore();
});

/** Replaces console.error or console.warn for the current test and returns what it receives. */
function captureConsole(level: 'error' | 'warn'): string[] {
  const original = console[level];
  const messages: string[] = [];
  console[level] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  restoreConsole.push(() => {
    console[level] = original;
  });
  return messages;
}

function shadow(el: Element): ShadowRoot {
  if (el.shadowRoot === null) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

function nav(el: Element): HTMLElement {
  const found = shadow(el).querySelector('nav');
  if (found === null) throw new Error('no <nav> rendered');
  return found;
}

// Selectors use the public part names and roles, not the element's private classes.
const collapseButtonSelector = 'button[part~="collapse-button"]';

/** Every rendered list item, the "…" item included. */
function allRows(el: Element): HTMLLIElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLLIElement>('ol[part~="list"] > li'));
}

/** The rendered trail items (not the "…" item). */
function listItems(el: Element): HTMLLIElement[] {
  return allRows(el).filter((row) => row.querySelector(collapseButtonSelector) === null);
}

/** The link or text of each rendered item. */
function itemContents(el: Element): HTMLElement[] {
  return listItems(el).map((item) => {
    const content = item.querySelector<HTMLElement>(':scope > a, :scope > span');
    if (content === null) throw new Error('an item without link or text');
    return content;
  });
}

function labels(el: Element): string[] {
  return itemContents(el).map((content) => (content.textContent ?? '').trim());
}

/** The "…" button offered to the reader, or null (a hidden copy used only for measuring does not count). */
function ellipsisButton(el: Element): HTMLButtonElement | null {
  return shadow(el).querySelector<HTMLButtonElement>(`${collapseButtonSelector}:not([aria-hidden="true"])`);
}

/** Rows the reader sees (a row laid out invisibly for measuring does not count). */
function visibleRows(el: Element): HTMLLIElement[] {
  return allRows(el).filter((row) => getComputedStyle(row).visibility !== 'hidden');
}

function requireEllipsis(el: Element): HTMLButtonElement {
  const button = ellipsisButton(el);
  if (button === null) throw new Error('no "…" button rendered');
  return button;
}

function breadcrumbIn(container: Element): Breadcrumb {
  const el = container.querySelector('pw-breadcrumb');
  if (el === null) throw new Error('no <pw-breadcrumb> in the fixture');
  return el;
}

/** Text an aria-labelledby reference contributes (aria-hidden parts are not read out). */
function labelledByText(el: Element): string {
  const ids = nav(el).getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => {
      const target = shadow(el).getElementById(id);
      if (target === null) return '';
      const copy = target.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').trim();
    })
    .join(' ');
}

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/** Chromium's accessibility tree of the whole page (shadow roots included). */
async function accessibilityTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

function findAxNodes(node: AxNode, test: (node: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (test(node)) found.push(node);
  for (const child of node.children ?? []) findAxNodes(child, test, found);
  return found;
}

async function navigationNames(): Promise<(string | undefined)[]> {
  return findAxNodes(await accessibilityTree(), (node) => node.role === 'navigation').map((node) => node.name);
}

const sixItems = (): TrailItem[] => [
  { label: 'Trang chủ', href: '/' },
  { label: 'Tin tức', href: '/tin-tuc/' },
  { label: 'Thời sự', href: '/tin-tuc/thoi-su/' },
  { label: 'Trong tỉnh', href: '/tin-tuc/thoi-su/trong-tinh/' },
  { label: 'Kinh tế', href: '/tin-tuc/thoi-su/trong-tinh/kinh-te/' },
  { label: 'Bài viết', href: '/tin-tuc/bai-viet.html' },
];

const sixLinks = (): TemplateResult =>
  html`${sixItems().map((item) => html`<a href=${item.href ?? ''}>${item.label}</a>`)}`;

/** Labels long enough that the trail wraps at 320 px but fits on one line at 1200 px. */
const longTrail = (): TrailItem[] => [
  { label: 'Trang chủ', href: '/' },
  { label: 'Tin tức – Sự kiện', href: '/tin-tuc/' },
  { label: 'Chính trị – Xã hội', href: '/tin-tuc/chinh-tri/' },
  { label: 'Kinh tế', href: '/tin-tuc/chinh-tri/kinh-te/' },
  { label: 'Văn hóa – Thể thao', href: '/tin-tuc/van-hoa/' },
  { label: 'Tỉnh triển khai kế hoạch chuyển đổi số năm 2025' },
];

/**
 * Items sit on one line when they share a horizontal band. Their tops may differ by a pixel: the
 * items are centred and the 24 px "…" button is not exactly as tall as a line of text.
 */
function expectOneLine(items: readonly HTMLElement[]): void {
  const boxes = items.map((item) => item.getBoundingClientRect());
  const described = boxes.map((box) => `${box.top.toFixed(1)}–${box.bottom.toFixed(1)}`).join(', ');
  const lowestTop = Math.max(...boxes.map((box) => box.top));
  const highestBottom = Math.min(...boxes.map((box) => box.bottom));
  const shortest = Math.min(...boxes.map((box) => box.height));
  expect(items.length, 'items to compare').to.be.greaterThan(1);
  expect(lowestTop, `vertical extent of each item: ${described}`).to.be.lessThan(highestBottom);
  expect(lowestTop - Math.min(...boxes.map((box) => box.top)), described).to.be.lessThan(shortest / 2);
}

async function narrowFixture(width: number): Promise<{ container: HTMLDivElement; el: Breadcrumb }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.width = `${width}px`;
  const el = document.createElement('pw-breadcrumb');
  el.items = longTrail();
  container.append(el);
  await waitForLayout(el);
  return { container, el };
}

// ---------------------------------------------------------------------------------------------

describe('<pw-breadcrumb>', () => {
  describe('light-DOM trail', () => {
    it('reads loose text between links as items and ignores separators, as CMS templates write them', async () => {
      const el = await fixture<Breadcrumb>(
        html`<pw-breadcrumb
          ><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> <span class="sep">›</span> » Hội nghị tổng
          kết</pw-breadcrumb
        >`,
      );
      await el.updateComplete;
      const rendered = Array.from(el.shadowRoot?.querySelectorAll('li[data-index]') ?? [], (li) =>
        li.textContent?.trim(),
      );
      expect(rendered).to.deep.equal(['Trang chủ', 'Tin tức', 'Hội nghị tổng kết']);
      const current = el.shadowRoot?.querySelectorAll('[aria-current="page"]');
      expect(current?.length).to.equal(1);
      expect(current?.[0]?.textContent?.trim()).to.equal('Hội nghị tổng kết');
    });

    it('exposes no navigation landmark while the trail is empty', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb></pw-breadcrumb>`);
      const nav = el.shadowRoot?.querySelector('nav');
      expect(nav?.hidden).to.equal(true);
      expect(getComputedStyle(nav as Element).display).to.equal('none');
      el.items = [{ label: 'Trang chủ', href: '/' }, { label: 'Tin tức' }];
      await el.updateComplete;
      expect(nav?.hidden).to.equal(false);
    });

    it('renders <a href> children as an ordered list inside a <nav> named "Bạn đang ở đây"', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb>
          <a href="/">Trang chủ</a>
          <a href="/tin-tuc/">Tin tức</a>
          <a href="/tin-tuc/bai-viet.html">Bài viết</a>
        </pw-breadcrumb>
      `);
      await waitForLayout(el);

      const list = nav(el).querySelector(':scope > ol');
      expect(list, 'ol directly inside nav').to.be.instanceOf(HTMLOListElement);
      expect(list?.querySelectorAll(':scope > li')).to.have.length(3);
      expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức', 'Bài viết']);
      expect(itemContents(el).map((link) => link.getAttribute('href'))).to.deep.equal([
        '/',
        '/tin-tuc/',
        '/tin-tuc/bai-viet.html',
      ]);
      expect(nav(el).getAttribute('aria-label')).to.equal('Bạn đang ở đây');
      expect(await navigationNames()).to.deep.equal(['Bạn đang ở đây']);
    });

    it('marks the last item, and only it, with aria-current="page"', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb
          ><a href="/">Trang chủ</a><a href="/tin-tuc/">Tin tức</a><a href="/bai">Bài viết</a></pw-breadcrumb
        >
      `);
      await waitForLayout(el);

      const current = shadow(el).querySelectorAll('[aria-current]');
      expect(current).to.have.length(1);
      expect(current[0]?.getAttribute('aria-current')).to.equal('page');
      expect(current[0]).to.equal(itemContents(el).at(-1));
      expect(current[0]?.textContent?.trim()).to.equal('Bài viết');
    });

    it('renders a last item without href as text, still the current page', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb><a href="/">Trang chủ</a><a href="/tin-tuc/">Tin tức</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      const last = itemContents(el).at(-1);
      expect(last?.localName).to.equal('span');
      expect(last?.hasAttribute('href')).to.equal(false);
      expect(last?.textContent?.trim()).to.equal('Bài viết');
      expect(last?.getAttribute('aria-current')).to.equal('page');
      expect(shadow(el).querySelectorAll('a')).to.have.length(2);
    });

    it("keeps the author's lang and hreflang on the rendered links", async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb>
          <a href="/">Trang chủ</a>
          <a href="/en/" lang="en" hreflang="en">English</a>
          <a href="/fr/page" hreflang="fr">Page en français</a>
        </pw-breadcrumb>
      `);
      await waitForLayout(el);

      const [home, english, french] = itemContents(el);
      expect(home?.hasAttribute('lang')).to.equal(false);
      expect(home?.hasAttribute('hreflang')).to.equal(false);
      expect(english?.getAttribute('lang')).to.equal('en');
      expect(english?.getAttribute('hreflang')).to.equal('en');
      expect(french?.getAttribute('hreflang')).to.equal('fr');
      expect(french?.hasAttribute('lang')).to.equal(false);
    });

    it('reads an <ol><li><a> light-DOM trail the same way', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb>
          <ol>
            <li><a href="/">Trang chủ</a></li>
            <li><a href="/tin-tuc/">Tin tức</a></li>
            <li>Bài viết</li>
          </ol>
        </pw-breadcrumb>
      `);
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức', 'Bài viết']);
      expect(itemContents(el).map((content) => content.getAttribute('href'))).to.deep.equal(['/', '/tin-tuc/', null]);
      expect(itemContents(el).at(-1)?.getAttribute('aria-current')).to.equal('page');
    });

    it('draws separators as decorative, aria-hidden SVGs between items', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb><a href="/">Trang chủ</a><a href="/tin-tuc/">Tin tức</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      const separators = Array.from(shadow(el).querySelectorAll('[part~="separator"]'));
      expect(separators).to.have.length(2);
      for (const separator of separators) {
        expect(separator.localName).to.equal('svg');
        expect(separator.getAttribute('aria-hidden')).to.equal('true');
        expect(separator.textContent?.trim()).to.equal('');
      }
      expect(listItems(el)[0]?.querySelector('[part~="separator"]'), 'no separator before the first item').to.equal(
        null,
      );
      expect(listItems(el)[1]?.firstElementChild, 'the separator comes before the item').to.equal(separators[0]);
    });

    it('names an icon-only home link by its alt, aria-label, SVG title or title, and warns about an unnamed one', async () => {
      const warnings = captureConsole('warn');
      const icon = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
      const trails = [
        html`<a href="/"><img src=${icon} alt="Trang chủ" /></a>`,
        html`<a href="/" aria-label="Trang chủ"><svg aria-hidden="true"></svg></a>`,
        html`<a href="/"
          ><svg role="img"><title>Trang chủ</title></svg></a
        >`,
        html`<a href="/" title="Trang chủ"><i class="fa fa-home"></i></a>`,
      ];
      for (const home of trails) {
        const el = await fixture<Breadcrumb>(
          html`<pw-breadcrumb>${home}<a href="/tin-tuc">Tin tức</a><span>Bài viết</span></pw-breadcrumb>`,
        );
        expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức', 'Bài viết']);
        expect(shadow(el).querySelector('li a')?.getAttribute('href')).to.equal('/');
      }
      expect(warnings).to.deep.equal([]);

      const el = await fixture<Breadcrumb>(
        html`<pw-breadcrumb
          ><a href="/"><i class="fa fa-home"></i></a><a href="/tin-tuc">Tin tức</a></pw-breadcrumb
        >`,
      );
      expect(labels(el)).to.deep.equal(['Tin tức']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<pw-breadcrumb> light-DOM item: no text or text alternative');
    });

    it('re-renders when a link is appended to the light DOM', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb><a href="/">Trang chủ</a><a href="/tin-tuc/">Tin tức</a></pw-breadcrumb>
      `);
      await waitForLayout(el);
      expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức']);

      const link = document.createElement('a');
      link.href = '/tin-tuc/moi.html';
      link.textContent = 'Tin mới';
      el.append(link);
      await waitUntil(() => listItems(el).length === 3, 'the appended link is rendered');
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức', 'Tin mới']);
      const current = shadow(el).querySelectorAll('[aria-current="page"]');
      expect(current).to.have.length(1);
      expect(current[0]?.textContent?.trim()).to.equal('Tin mới');
    });
  });

  describe('items', () => {
    it('renders the trail from the items JSON attribute', async () => {
      const json = JSON.stringify([
        { label: 'Trang chủ', href: '/' },
        { label: 'Tin tức', href: '/tin-tuc/' },
        { label: 'Bài viết' },
      ]);
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb items=${json}></pw-breadcrumb>`);
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức', 'Bài viết']);
      expect(itemContents(el).map((content) => content.getAttribute('href'))).to.deep.equal(['/', '/tin-tuc/', null]);
    });

    it('renders the trail from the items property and follows later changes', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb .items=${sixItems().slice(0, 2)}></pw-breadcrumb>`);
      await waitForLayout(el);
      expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức']);

      el.items = sixItems().slice(0, 3);
      await waitForLayout(el);
      expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức', 'Thời sự']);
    });

    it('uses items instead of the light-DOM trail when both are given', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb .items=${[{ label: 'Từ items', href: '/items' }, { label: 'Hiện tại' }]}>
          <a href="/">Từ light DOM</a><a>Light</a>
        </pw-breadcrumb>
      `);
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(['Từ items', 'Hiện tại']);
    });

    it('shows the light-DOM trail again when the items attribute is removed', async () => {
      const json = JSON.stringify([{ label: 'Từ items', href: '/items' }, { label: 'Hiện tại' }]);
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb items=${json}><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);
      expect(labels(el)).to.deep.equal(['Từ items', 'Hiện tại']);

      el.removeAttribute('items');
      await waitForLayout(el);
      expect(labels(el)).to.deep.equal(['Trang chủ', 'Bài viết']);
    });

    it('falls back to the light-DOM trail on invalid items JSON, with exactly one console.error and no throw', async () => {
      const errors = captureConsole('error');
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb items="[{"><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(['Trang chủ', 'Bài viết']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<pw-breadcrumb>');
      expect(errors[0]).to.include('items');
    });

    it('falls back to the light-DOM trail when items is not an array, with one console.error', async () => {
      const errors = captureConsole('error');
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb items='{"label":"Trang chủ"}'><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(['Trang chủ', 'Bài viết']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<pw-breadcrumb>');
      expect(errors[0]).to.include('items');
    });
  });

  describe('unsafe URLs', () => {
    const unsafeHrefs = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' data:text/html,x',
      '&#106;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'java\tscript:alert(1)',
      'vbscript:msgbox(1)',
    ];

    /** Every rendered link, as the browser itself resolves it, uses an allowed scheme. */
    function expectOnlySafeHrefs(el: Element): void {
      for (const link of shadow(el).querySelectorAll<HTMLAnchorElement>('[href]')) {
        expect(link.localName).to.equal('a');
        expect(['http:', 'https:', 'mailto:', 'tel:'], link.href).to.include(link.protocol);
        expect(link.getAttribute('href')?.toLowerCase()).not.to.include('script');
      }
    }

    it('drops unsafe light-DOM hrefs but keeps the labels as text, with a named console.warn', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb>
          <a href="/">Trang chủ</a>
          ${unsafeHrefs.map((href, index) => html`<a href=${href}>Mục ${index + 1}</a>`)}
          <a href="&#106;avascript:alert(1)">Mã hóa HTML</a>
          <a href="jav&#9;ascript:alert(1)">Có tab</a>
          <a>Bài viết</a>
        </pw-breadcrumb>
      `);
      el.expanded = true;
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal([
        'Trang chủ',
        ...unsafeHrefs.map((_, index) => `Mục ${index + 1}`),
        'Mã hóa HTML',
        'Có tab',
        'Bài viết',
      ]);
      expect(Array.from(shadow(el).querySelectorAll('[href]'), (link) => link.getAttribute('href'))).to.deep.equal([
        '/',
      ]);
      expectOnlySafeHrefs(el);
      expect(
        itemContents(el)
          .slice(1)
          .every((content) => content.localName === 'span'),
      ).to.equal(true);
      // One warning per unsafe link, each naming the element and the attribute.
      expect(warnings).to.have.length(unsafeHrefs.length + 2);
      for (const warning of warnings) {
        expect(warning).to.include('<pw-breadcrumb>');
        expect(warning).to.include('href');
      }
    });

    it('drops unsafe hrefs given in items but keeps the labels as text, with a named console.warn', async () => {
      const warnings = captureConsole('warn');
      const items = [
        { label: 'Trang chủ', href: '/' },
        ...unsafeHrefs.map((href, index) => ({ label: `Mục ${index + 1}`, href })),
        { label: 'Bài viết' },
      ];
      const el = await fixture<Breadcrumb>(
        html`<pw-breadcrumb expanded items=${JSON.stringify(items)}></pw-breadcrumb>`,
      );
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(items.map((item) => item.label));
      expect(Array.from(shadow(el).querySelectorAll('[href]'), (link) => link.getAttribute('href'))).to.deep.equal([
        '/',
      ]);
      expectOnlySafeHrefs(el);
      expect(warnings).to.have.length(unsafeHrefs.length);
      warnings.forEach((warning, index) => {
        expect(warning).to.include('<pw-breadcrumb>');
        expect(warning).to.include(`items[${index + 1}].href`);
      });
    });
  });

  describe('external links', () => {
    it('gives links to other sites rel="noopener noreferrer" and leaves same-site links alone', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb>
          <a href="https://chinhphu.vn/">Cổng Chính phủ</a>
          <a href="/tin-tuc/">Tin tức</a>
          <a href=${new URL('/bai-viet', document.baseURI).href}>Bài viết</a>
        </pw-breadcrumb>
      `);
      await waitForLayout(el);

      const [external, relative, sameOrigin] = itemContents(el);
      expect(external?.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(relative?.hasAttribute('rel')).to.equal(false);
      expect(sameOrigin?.hasAttribute('rel')).to.equal(false);
    });
  });

  describe('language and label', () => {
    it('switches the nav name to "You are here" when an ancestor\'s lang changes from vi to en', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="vi">
          <pw-breadcrumb><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
        </div>
      `);
      const el = breadcrumbIn(wrapper);
      await waitForLayout(el);
      expect(nav(el).getAttribute('aria-label')).to.equal('Bạn đang ở đây');

      wrapper.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;

      expect(nav(el).getAttribute('aria-label')).to.equal('You are here');
      expect(await navigationNames()).to.deep.equal(['You are here']);
    });

    it('uses English when its own lang is en', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="vi">
          <pw-breadcrumb lang="en"><a href="/">Home</a><a>Article</a></pw-breadcrumb>
        </div>
      `);
      const el = breadcrumbIn(wrapper);
      await waitForLayout(el);

      expect(nav(el).getAttribute('aria-label')).to.equal('You are here');
    });

    it('uses the label attribute as the accessible name', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb label="Đường dẫn trang"><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      expect(nav(el).getAttribute('aria-label')).to.equal('Đường dẫn trang');
      expect(await navigationNames()).to.deep.equal(['Đường dẫn trang']);
    });

    it('uses a strings override for the label', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb strings='{"label":"Vị trí"}'><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      expect(nav(el).getAttribute('aria-label')).to.equal('Vị trí');
    });

    it('keeps the built-in label on invalid strings JSON, with one console.error naming strings', async () => {
      const errors = captureConsole('error');
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb strings='{"label":'><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      expect(nav(el).getAttribute('aria-label')).to.equal('Bạn đang ở đây');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<pw-breadcrumb>');
      expect(errors[0]).to.include('strings');
    });

    it('shows the label as a visible prefix with show-label and names the nav by it', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb show-label><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      const prefix = shadow(el).querySelector<HTMLElement>('[part~="label"]');
      expect(prefix, 'visible prefix').to.be.instanceOf(HTMLElement);
      expect(prefix?.textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Bạn đang ở đây\s*:?$/);
      expect(prefix?.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(nav(el).hasAttribute('aria-label')).to.equal(false);
      expect(nav(el).getAttribute('aria-labelledby')).to.equal(prefix?.id);
      expect(labelledByText(el)).to.equal('Bạn đang ở đây');
      expect(await navigationNames()).to.deep.equal(['Bạn đang ở đây']);
    });
  });

  describe('collapse by max-items', () => {
    it('shows the first item, a "…" button, then the last two when 6 items have max-items=3', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb max-items="3">${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);

      const rows = allRows(el);
      expect(rows).to.have.length(4);
      expect(rows[0]?.textContent?.trim()).to.equal('Trang chủ');
      expect(rows[1]?.querySelector(collapseButtonSelector)).to.equal(requireEllipsis(el));
      expect(rows[1]?.querySelector('button')?.textContent?.trim()).to.equal('…');
      expect(labels(el)).to.deep.equal(['Trang chủ', 'Kinh tế', 'Bài viết']);
    });

    it('names the "…" button "Hiện 3 mục bị ẩn" and makes it type="button"', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb max-items="3">${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);

      const button = requireEllipsis(el);
      expect(button.getAttribute('type')).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.getAttribute('aria-label')).to.equal('Hiện 3 mục bị ẩn');
      const buttons = findAxNodes(await accessibilityTree(), (node) => node.role === 'button');
      expect(buttons.map((node) => node.name)).to.deep.equal(['Hiện 3 mục bị ẩn']);
    });

    it('names the "…" button without an English plural to get wrong', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb lang="en" max-items="5">${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);
      expect(requireEllipsis(el).getAttribute('aria-label')).to.equal('Show hidden items: 1');
    });

    for (const key of ['Enter', 'Space']) {
      it(`reveals every item on ${key} and moves focus to the first revealed item`, async () => {
        const el = await fixture<Breadcrumb>(html`<pw-breadcrumb max-items="3">${sixLinks()}</pw-breadcrumb>`);
        await waitForLayout(el);

        requireEllipsis(el).focus();
        expect(shadow(el).activeElement).to.equal(requireEllipsis(el));
        await sendKeys({ press: key });
        await waitForLayout(el);

        expect(labels(el)).to.deep.equal(sixItems().map((item) => item.label));
        expect(document.activeElement).to.equal(el);
        const focused = shadow(el).activeElement;
        expect(focused?.localName).to.equal('a');
        expect(focused?.textContent?.trim()).to.equal('Tin tức');
        expect(focused).to.equal(itemContents(el)[1]);
        expect(ellipsisButton(el)).to.equal(null);
        expect(shadow(el).querySelector(collapseButtonSelector)).to.equal(null);
        expect(el.expanded).to.equal(true);
      });
    }

    it('ignores an invalid max-items with a named warning', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb max-items="1">${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);

      expect(labels(el)).to.have.length(6);
      expect(ellipsisButton(el)).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<pw-breadcrumb>');
      expect(warnings[0]).to.include('max-items');
    });

    it('names what the author wrote when max-items is not a number, and reads an empty one as unset', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb max-items="ba">${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);

      expect(labels(el)).to.have.length(6);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('max-items: not a whole number in range in ba.');

      el.setAttribute('max-items', '');
      await waitForLayout(el);
      expect(warnings).to.have.length(1);
    });
  });

  describe('automatic collapse', () => {
    it('collapses a long trail onto one line in a 320 px container and shows it all again at 1200 px', async () => {
      const { container, el } = await narrowFixture(320);
      await waitUntil(() => ellipsisButton(el) !== null, 'the trail collapses at 320 px');

      const visible = visibleRows(el);
      expect(visible.length).to.be.lessThan(7);
      expectOneLine(visible);
      expect(labels(el)[0]).to.equal('Trang chủ');
      expect(labels(el).at(-1)).to.equal(longTrail().at(-1)?.label);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);

      container.style.width = '1200px';
      await waitUntil(
        () => ellipsisButton(el) === null && listItems(el).length === 6,
        'the whole trail shows again at 1200 px',
      );
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(longTrail().map((item) => item.label));
      expectOneLine(listItems(el));
    });
  });

  describe('a narrow phone with a visible label', () => {
    it('moves the current page to a line of its own rather than cut it to a few letters', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 304px"></div>`);
      const el = document.createElement('pw-breadcrumb');
      el.showLabel = true;
      el.items = longTrail();
      container.append(el);
      await waitUntil(() => ellipsisButton(el) !== null, 'the trail collapses at 304 px');
      await waitForLayout(el);

      const current = itemContents(el).at(-1);
      const ellipsisRow = requireEllipsis(el).closest('li');
      if (current === undefined || ellipsisRow === null) throw new Error('the current page and "…" are rendered');
      const fontSize = Number.parseFloat(getComputedStyle(current).fontSize);
      expect(current.getBoundingClientRect().width, 'at least 8em of the current page').to.be.at.least(
        8 * fontSize - 1,
      );
      expect(current.getBoundingClientRect().top).to.be.greaterThan(ellipsisRow.getBoundingClientRect().bottom - 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(304);
    });

    it('lets the current page wrap on its own line, so all of it can be read without a tooltip', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 304px"></div>`);
      const el = document.createElement('pw-breadcrumb');
      el.showLabel = true;
      const title = 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân';
      el.items = [...longTrail().slice(0, -1), { label: title }];
      container.append(el);
      await waitUntil(() => ellipsisButton(el) !== null, 'the trail collapses at 304 px');
      await waitForLayout(el);

      const current = itemContents(el).at(-1);
      if (current === undefined) throw new Error('the current page is rendered');
      expect(current.textContent?.trim()).to.equal(title);
      expect(current.scrollWidth, 'nothing cut off').to.be.at.most(current.clientWidth + 1);
      expect(current.getBoundingClientRect().height, 'on more than one line').to.be.greaterThan(30);
      expect(current.hasAttribute('title')).to.equal(false);
      expect(el.scrollWidth).to.be.at.most(304);
    });

    it('keeps a short current page that fits on the line, with less than 8em left', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
      const el = document.createElement('pw-breadcrumb');
      el.items = [
        { label: 'Trang chủ', href: '/' },
        { label: 'Tin tức – Sự kiện', href: '/tin-tuc/' },
        { label: 'Tin' },
      ];
      container.append(el);
      await waitForLayout(el);
      await nextFrame();

      const rows = visibleRows(el);
      expect(rows).to.have.length(3);
      expectOneLine(rows);
      expect(ellipsisButton(el)).to.equal(null);
    });
  });

  describe('automatic collapse after being hidden', () => {
    it('measures again when it was first rendered inside a hidden container', async () => {
      const container = await fixture<HTMLDivElement>(html`<div hidden></div>`);
      container.style.width = '320px';
      const el = document.createElement('pw-breadcrumb');
      el.items = longTrail();
      container.append(el);
      await waitForLayout(el);

      container.hidden = false;
      await waitUntil(() => ellipsisButton(el) !== null, 'the trail collapses once it is shown at 320 px');
      await waitForLayout(el);

      expectOneLine(visibleRows(el));
      expect(labels(el)[0]).to.equal('Trang chủ');
      expect(labels(el).at(-1)).to.equal(longTrail().at(-1)?.label);
    });
  });

  describe('long labels', () => {
    const longLabel = 'Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số, năm 2024.';

    it('truncates an 80-character label visually but keeps the full text, accessible name and a title', async () => {
      expect(longLabel).to.have.length(80);
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb
          .items=${[{ label: 'Trang chủ', href: '/' }, { label: longLabel, href: '/tin-tuc/hoi-nghi' }, { label: 'Ảnh' }]}
        ></pw-breadcrumb>
      `);
      await waitForLayout(el);
      const link = itemContents(el)[1];
      if (link === undefined) throw new Error('the long item is not rendered');
      await waitUntil(() => link.hasAttribute('title'), 'the truncated link gets a title');

      expect(link.scrollWidth).to.be.greaterThan(link.clientWidth);
      expect(link.textContent?.trim()).to.equal(longLabel);
      expect(link.getAttribute('title')).to.equal(longLabel);
      const links = findAxNodes(await accessibilityTree(), (node) => node.role === 'link');
      expect(links.map((node) => node.name)).to.include(longLabel);
    });

    it('wraps a long current page in an expanded trail instead of widening the page at 320 px', async () => {
      const { container, el } = await narrowFixture(320);
      el.items = [...longTrail().slice(0, -1), { label: 'Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân tỉnh' }];
      await waitUntil(() => ellipsisButton(el) !== null, 'the trail collapses at 320 px');
      requireEllipsis(el).click();
      await waitUntil(() => ellipsisButton(el) === null, 'the trail is shown in full');
      await waitForLayout(el);

      expect(labels(el)).to.have.length(longTrail().length);
      expect(el.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
      expect(container.scrollWidth).to.be.at.most(320);
      for (const content of itemContents(el)) {
        expect(content.getBoundingClientRect().right).to.be.at.most(container.getBoundingClientRect().right + 1);
      }
    });

    it('points its separators the way a right-to-left trail reads', async () => {
      const el = await fixture<Breadcrumb>(
        html`<div dir="rtl" lang="ar"><pw-breadcrumb>${sixLinks()}</pw-breadcrumb></div>`,
      );
      const breadcrumb = el.querySelector('pw-breadcrumb') as Breadcrumb;
      await waitForLayout(breadcrumb);
      const separator = shadow(breadcrumb).querySelector('li svg');
      if (separator === null) throw new Error('a separator is drawn');
      expect(getComputedStyle(separator).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');

      const ltr = await fixture<Breadcrumb>(html`<pw-breadcrumb>${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(ltr);
      expect(getComputedStyle(shadow(ltr).querySelector('li svg') as Element).transform).to.equal('none');
    });

    it('gives no title to labels that fit', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb>${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);

      expect(itemContents(el).some((content) => content.hasAttribute('title'))).to.equal(false);
    });
  });

  describe('structured data', () => {
    function jsonLdScripts(el: Element): HTMLScriptElement[] {
      return Array.from(el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'));
    }

    it('writes a schema.org BreadcrumbList with absolute URLs into the light DOM', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb structured-data>
          <a href="/">Trang chủ</a>
          <a href="tin-tuc/">Tin tức</a>
          <a href="https://other.example.vn/x">Liên kết</a>
          <a>Bài viết</a>
        </pw-breadcrumb>
      `);
      await waitForLayout(el);

      const scripts = jsonLdScripts(el);
      expect(scripts).to.have.length(1);
      expect(shadow(el).querySelector('script')).to.equal(null);
      const data = JSON.parse(scripts[0]?.textContent ?? '') as unknown;
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: new URL('/', document.baseURI).href },
          { '@type': 'ListItem', position: 2, name: 'Tin tức', item: new URL('tin-tuc/', document.baseURI).href },
          { '@type': 'ListItem', position: 3, name: 'Liên kết', item: 'https://other.example.vn/x' },
          { '@type': 'ListItem', position: 4, name: 'Bài viết' },
        ],
      });
    });

    it('escapes < so a label containing </script><b> cannot break out of the script', async () => {
      const label = 'Bài </script><b>đậm</b>';
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb structured-data .items=${[{ label: 'Trang chủ', href: '/' }, { label }]}></pw-breadcrumb>
      `);
      await waitForLayout(el);

      const scripts = jsonLdScripts(el);
      expect(scripts).to.have.length(1);
      const raw = scripts[0]?.textContent ?? '';
      expect(raw).to.include('\\u003c');
      expect(raw).not.to.include('<');
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect(el.querySelector('b')).to.equal(null);
      expect(shadow(el).querySelector('b')).to.equal(null);
      expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      const data = JSON.parse(raw) as { itemListElement: { name: string }[] };
      expect(data.itemListElement[1]?.name).to.equal(label);
      expect(labels(el)[1]).to.equal(label);
    });

    it('removes the script when structured-data is removed', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb structured-data><a href="/">Trang chủ</a><a>Bài viết</a></pw-breadcrumb>
      `);
      await waitForLayout(el);
      expect(jsonLdScripts(el)).to.have.length(1);

      el.removeAttribute('structured-data');
      await waitForLayout(el);

      expect(jsonLdScripts(el)).to.have.length(0);
      expect(labels(el)).to.deep.equal(['Trang chủ', 'Bài viết']);
    });

    it('updates the script when the light-DOM trail changes', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb structured-data><a href="/">Trang chủ</a><a href="/tin-tuc/">Tin tức</a></pw-breadcrumb>
      `);
      await waitForLayout(el);

      const link = document.createElement('a');
      link.textContent = 'Ảnh';
      el.append(link);
      await waitUntil(() => listItems(el).length === 3, 'the appended link is rendered');
      await waitForLayout(el);

      const scripts = jsonLdScripts(el);
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]?.textContent ?? '') as { itemListElement: { name: string }[] };
      expect(data.itemListElement.map((entry) => entry.name)).to.deep.equal(['Trang chủ', 'Tin tức', 'Ảnh']);
    });

    it('does not re-read or re-render the trail because of its own script', async () => {
      const errors = captureConsole('error');
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb structured-data
          ><a href="/">Trang chủ</a><a href="/tin-tuc/">Tin tức</a><a>Bài viết</a></pw-breadcrumb
        >
      `);
      await waitForLayout(el);
      await waitForLayout(el);

      // From here on the rendered trail must stay still while the script is removed and written again.
      const rendered: MutationRecord[] = [];
      const watcher = new MutationObserver((records) => rendered.push(...records));
      watcher.observe(shadow(el), { childList: true, subtree: true, attributes: true, characterData: true });
      el.structuredData = false;
      await waitForLayout(el);
      expect(jsonLdScripts(el)).to.have.length(0);
      el.structuredData = true;
      await waitForLayout(el);
      for (let frame = 0; frame < 3; frame += 1) await nextFrame();
      await el.updateComplete;
      watcher.disconnect();

      expect(jsonLdScripts(el)).to.have.length(1);
      expect(rendered.map((record) => `${record.type} ${record.target.nodeName}`)).to.deep.equal([]);
      expect(el.isUpdatePending).to.equal(false);
      expect(labels(el)).to.deep.equal(['Trang chủ', 'Tin tức', 'Bài viết']);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('hostile hosts', () => {
    it('renders a bounded number of items for a 10,000-item trail', async () => {
      const items = Array.from({ length: 10_000 }, (_, index) => ({
        label: `Mục ${index + 1}`,
        href: `/muc/${index + 1}`,
      }));
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb .items=${items}></pw-breadcrumb>`);
      await waitForLayout(el);

      const rendered = shadow(el).querySelectorAll('li');
      expect(rendered.length).to.be.at.most(25);
      expect(labels(el)[0]).to.equal('Mục 1');
      expect(labels(el).at(-1)).to.equal('Mục 10000');
      expect(itemContents(el).at(-1)?.getAttribute('aria-current')).to.equal('page');
      expect(requireEllipsis(el).getAttribute('aria-label')).to.match(/^Hiện \d+ mục bị ẩn$/);
    });

    it('does not submit a host <form> when the "…" button is activated', async () => {
      let submits = 0;
      const onSubmit = (event: Event): void => {
        submits += 1;
        event.preventDefault();
      };
      const form = await fixture<HTMLFormElement>(html`
        <form @submit=${onSubmit}>
          <pw-breadcrumb max-items="3">${sixLinks()}</pw-breadcrumb>
        </form>
      `);
      const el = breadcrumbIn(form);
      await waitForLayout(el);

      requireEllipsis(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitForLayout(el);
      expect(el.expanded).to.equal(true);

      el.expanded = false;
      await waitForLayout(el);
      requireEllipsis(el).click();
      await waitForLayout(el);

      expect(submits).to.equal(0);
      expect(el.expanded).to.equal(true);
    });

    it('honours properties set before the element is defined', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const early = document.createElement('pw-breadcrumb-late') as HTMLElement & Partial<Breadcrumb>;
      early.items = [{ label: 'Trang chủ', href: '/' }, { label: 'Trước khi nâng cấp' }];
      early.label = 'Đặt sớm';
      container.append(early);

      customElements.define('pw-breadcrumb-late', class extends Breadcrumb {});
      const upgraded = container.querySelector('pw-breadcrumb-late');
      expect(upgraded).to.be.instanceOf(Breadcrumb);
      const el = upgraded as Breadcrumb;
      await waitForLayout(el);

      expect(labels(el)).to.deep.equal(['Trang chủ', 'Trước khi nâng cấp']);
      expect(nav(el).getAttribute('aria-label')).to.equal('Đặt sớm');
    });

    it('lets a second copy register quietly, warning once naming both versions', () => {
      const warnings = captureConsole('warn');

      expect(() => defineElement('pw-breadcrumb', class extends Breadcrumb {}, version)).not.to.throw();
      expect(warnings, 'the same version is not a conflict').to.have.length(0);

      expect(() => defineElement('pw-breadcrumb', class extends Breadcrumb {}, '99.0.0')).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('pw-breadcrumb');
      expect(warnings[0]).to.include(version);
      expect(warnings[0]).to.include('99.0.0');

      expect(() => defineElement('pw-breadcrumb', class extends Breadcrumb {}, '99.0.0')).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(customElements.get('pw-breadcrumb')).to.equal(Breadcrumb);
    });

    it('renders the trail and its JSON-LD without CSP violations on a Trusted Types page', async function () {
      this.timeout(30_000);
      const frame = await fixture<HTMLIFrameElement>(html`
        <iframe title="Trusted Types page" src="/packages/breadcrumb/test/fixtures/trusted-types.html"></iframe>
      `);
      await waitUntil(() => frame.contentWindow?.trustedTypesResult !== undefined, 'the Trusted Types page reports', {
        timeout: 25_000,
      });
      const result = frame.contentWindow?.trustedTypesResult as TrustedTypesResult;

      expect(result.error).to.equal(undefined);
      expect(result.plainStringThrows, 'the page enforces Trusted Types').to.equal(true);
      expect(result.listenerSawPlainString, 'the page sees violations when they happen').to.equal(true);
      expect(result.violations).to.deep.equal([]);
      expect(result.items).to.deep.equal(['Trang chủ', 'Tin tức', 'Bài viết']);
      const origin = new URL(frame.src).origin;
      expect(result.jsonLd).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${origin}/` },
          { '@type': 'ListItem', position: 2, name: 'Tin tức', item: `${origin}/tin-tuc/` },
          { '@type': 'ListItem', position: 3, name: 'Bài viết' },
        ],
      });
    });

    it('renders under the allow-list the README documents (lit-html and portal-widgets-json-ld)', async function () {
      this.timeout(30_000);
      const frame = await fixture<HTMLIFrameElement>(html`
        <iframe
          title="Trusted Types allow-list page"
          src="/packages/breadcrumb/test/fixtures/trusted-types-allow-list.html"
        ></iframe>
      `);
      await waitUntil(() => frame.contentWindow?.trustedTypesResult !== undefined, 'the Trusted Types page reports', {
        timeout: 25_000,
      });
      const result = frame.contentWindow?.trustedTypesResult as TrustedTypesResult;

      expect(result.error).to.equal(undefined);
      expect(result.plainStringThrows, 'the page enforces Trusted Types').to.equal(true);
      expect(result.listenerSawPlainString, 'the page sees violations when they happen').to.equal(true);
      expect(result.violations).to.deep.equal([]);
      expect(result.items).to.deep.equal(['Trang chủ', 'Tin tức', 'Bài viết']);
      const origin = new URL(frame.src).origin;
      expect(result.jsonLd).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${origin}/` },
          { '@type': 'ListItem', position: 2, name: 'Tin tức', item: `${origin}/tin-tuc/` },
          { '@type': 'ListItem', position: 3, name: 'Bài viết' },
        ],
      });
    });
  });

  describe('accessibility (axe)', () => {
    it('has no violations by default', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb>${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);
      await expect(el).to.be.accessible();
    });

    it('has no violations with show-label', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb show-label>${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);
      await expect(el).to.be.accessible();
    });

    it('has no violations when collapsed by max-items', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb max-items="3">${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);
      expect(ellipsisButton(el)).to.be.instanceOf(HTMLButtonElement);
      await expect(el).to.be.accessible();
    });

    it('has no violations once expanded', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb max-items="3">${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);
      requireEllipsis(el).click();
      await waitForLayout(el);
      expect(labels(el)).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('has no violations in English', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb lang="en" show-label max-items="3">${sixLinks()}</pw-breadcrumb>
      `);
      await waitForLayout(el);
      await expect(el).to.be.accessible();
    });

    it('has no violations with items and a text-only current page', async () => {
      const el = await fixture<Breadcrumb>(html`
        <pw-breadcrumb
          .items=${[{ label: 'Trang chủ', href: '/' }, { label: 'Tin tức', href: '/tin-tuc/' }, { label: 'Bài viết' }]}
        ></pw-breadcrumb>
      `);
      await waitForLayout(el);
      expect(itemContents(el).at(-1)?.localName).to.equal('span');
      await expect(el).to.be.accessible();
    });

    it('has no violations with structured-data', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb structured-data>${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);
      await expect(el).to.be.accessible();
    });

    it('has no violations when auto-collapsed in a narrow container', async () => {
      const { el } = await narrowFixture(320);
      await waitUntil(() => ellipsisButton(el) !== null, 'the trail collapses at 320 px');
      await expect(el).to.be.accessible();
    });

    it('gives the "…" button a target of at least 24×24 px', async () => {
      const el = await fixture<Breadcrumb>(html`<pw-breadcrumb max-items="3">${sixLinks()}</pw-breadcrumb>`);
      await waitForLayout(el);

      const { width, height } = requireEllipsis(el).getBoundingClientRect();
      expect(width, 'width').to.be.at.least(24);
      expect(height, 'height').to.be.at.least(24);
      await expect(el).to.be.accessible();
    });
  });
});
