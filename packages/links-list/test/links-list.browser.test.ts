import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { LinksList, type LinkItem, type NavigateDetail } from '../src/element.js';
import { maxOptions, pageSize } from '../src/links-list.js';
import type { TrustedTypesResult } from './fixtures/trusted-types.js';

// Everything a test replaces (console, fetch, window.open, location.hash) is put back by afterEach.
const restorers: (() => void)[] = [];

afterEach(() => {
  for (const restore of restorers.splice(0).reverse()) restore();
});

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

interface FetchCall {
  url: string;
  signal?: AbortSignal | null;
}

function stubFetch(respond: (call: FetchCall) => Promise<Response>): FetchCall[] {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call = { url: String(input instanceof Request ? input.url : input), signal: init?.signal };
    calls.push(call);
    return respond(call);
  };
  restorers.push(() => {
    window.fetch = original;
  });
  return calls;
}

const json =
  (body: unknown, status = 200) =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

function stubWindowOpen(): unknown[][] {
  const original = window.open;
  const calls: unknown[][] = [];
  window.open = (...args: unknown[]) => {
    calls.push(args);
    return null;
  };
  restorers.push(() => {
    window.open = original;
  });
  return calls;
}

/** Navigation in these tests goes to fragments of this page; the hash is put back afterwards. */
function keepHash(): void {
  const hash = location.hash;
  restorers.push(() => history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash));
}

function shadow(el: Element): ShadowRoot {
  if (el.shadowRoot === null) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

function part<T extends Element = HTMLElement>(el: Element, name: string): T {
  const found = shadow(el).querySelector<T>(`[part~="${name}"]`);
  if (found === null) throw new Error(`no part "${name}" rendered`);
  return found;
}

function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return Array.from(shadow(el).querySelectorAll<T>(`[part~="${name}"]`));
}

interface AccessibleNode {
  role: string;
  name: string;
  children?: AccessibleNode[];
}

/** Whether Chromium's accessibility tree of the page has a node with this role and name. */
async function hasAccessible(role: string, name: string): Promise<boolean> {
  const visit = (node: AccessibleNode): boolean =>
    (node.role === role && node.name === name) || (node.children ?? []).some(visit);
  return visit((await a11ySnapshot({})) as unknown as AccessibleNode);
}

/** The sRGB channels of a computed `rgb()`/`rgba()` colour. */
function channels(color: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** WCAG 2 contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string): number => {
    const [r, g, b] = channels(color).map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const linkTexts = (el: Element): string[] =>
  parts<HTMLAnchorElement>(el, 'link').map((link) => link.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const statusText = (el: Element): string => part(el, 'status').textContent?.trim() ?? '';
const select = (el: Element): HTMLSelectElement => part<HTMLSelectElement>(el, 'select');
const optionTexts = (el: Element): string[] =>
  Array.from(select(el).options).map((option) => option.textContent?.trim() ?? '');

/** Chooses an option the way a reader does: the value changes and `change` fires. */
async function choose(el: LinksList, label: string): Promise<void> {
  const box = select(el);
  const option = Array.from(box.options).find((candidate) => candidate.textContent?.trim() === label);
  if (option === undefined) throw new Error(`no option "${label}"`);
  box.value = option.value;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Types into the search box with real key presses, as a reader would. */
async function search(el: LinksList, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, 'filter-input');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text !== '') await sendKeys({ type: text });
  await el.updateComplete;
}

const ministries: LinkItem[] = [
  { label: 'Cổng Thông tin điện tử Chính phủ', href: '#chinh-phu' },
  { label: 'Bộ Công an', href: '#bo-cong-an', group: 'Bộ, ngành' },
  { label: 'Bộ Y tế', href: '#bo-y-te', group: 'Bộ, ngành', description: 'Cổng thông tin điện tử Bộ Y tế' },
  { label: 'Thành phố Hà Nội', href: '#ha-noi', group: 'Tỉnh, thành phố' },
  { label: 'Thành phố Đà Nẵng', href: '#da-nang', group: 'Tỉnh, thành phố' },
  { label: 'Tỉnh Hà Nam', href: '#ha-nam', group: 'Tỉnh, thành phố' },
];

const lightDom = html`
  <a href="#chinh-phu">Cổng Thông tin điện tử Chính phủ</a>
  <h3>Bộ, ngành</h3>
  <ul>
    <li><a href="#bo-cong-an">Bộ Công an</a></li>
    <li><a href="#bo-y-te" title="Cổng thông tin điện tử Bộ Y tế">Bộ Y tế</a></li>
  </ul>
  <h3>Tỉnh, thành phố</h3>
  <ul>
    <li><a href="#ha-noi">Thành phố Hà Nội</a></li>
    <li><a href="#da-nang">Thành phố Đà Nẵng</a></li>
    <li><a href="#ha-nam">Tỉnh Hà Nam</a></li>
  </ul>
`;

describe('<pw-links-list>', () => {
  it('is registered and upgrades', () => {
    expect(customElements.get('pw-links-list')).to.equal(LinksList);
  });

  describe('variant="list" (default)', () => {
    it('renders the light-DOM links as a titled navigation with headed groups', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list>${lightDom}</pw-links-list>`);

      const nav = part(el, 'base');
      expect(nav.localName).to.equal('nav');
      expect(part(el, 'title').textContent?.trim()).to.equal('Liên kết website');
      expect(part(el, 'title').getAttribute('role')).to.equal('heading');
      expect(part(el, 'title').getAttribute('aria-level')).to.equal('2');
      expect(linkTexts(el)).to.deep.equal(ministries.map((link) => link.label));
      const headings = parts(el, 'group-heading');
      expect(headings.map((heading) => heading.textContent?.trim())).to.deep.equal(['Bộ, ngành', 'Tỉnh, thành phố']);
      expect(headings.map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
      expect(part(el, 'description').textContent).to.equal('Cổng thông tin điện tử Bộ Y tế');

      expect(await hasAccessible('navigation', 'Liên kết website')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('takes links from items over the light DOM, and heading-level moves the headings', async () => {
      const el = await fixture<LinksList>(
        html`<pw-links-list heading-level="4" .items=${ministries}><a href="#khac">Khác</a></pw-links-list>`,
      );
      expect(linkTexts(el)).to.deep.equal(ministries.map((link) => link.label));
      expect(part(el, 'title').getAttribute('aria-level')).to.equal('4');
      expect(part(el, 'group-heading').getAttribute('aria-level')).to.equal('5');
    });

    it('follows changes to the light DOM', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list><a href="#mot">Một</a></pw-links-list>`);
      const added = document.createElement('a');
      added.href = '#hai';
      added.textContent = 'Hai';
      el.append(added);
      await waitUntil(() => linkTexts(el).length === 2, 'the new link is rendered');
      expect(linkTexts(el)).to.deep.equal(['Một', 'Hai']);
    });

    it('opens links in a new tab with target="_blank", with rel and a notice for screen readers', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list target="_blank" .items=${ministries}></pw-links-list>`);
      for (const link of parts<HTMLAnchorElement>(el, 'link')) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
        expect(link.querySelector('.visually-hidden')?.textContent?.trim()).to.equal('(mở trong tab mới)');
      }
      expect(await hasAccessible('link', 'Bộ Y tế (mở trong tab mới)')).to.equal(true);
    });

    it('shows sighted readers a small new-tab icon that screen readers skip', async () => {
      const el = await fixture<LinksList>(html`
        <pw-links-list>
          <a href="#moi" target="_blank">Bộ Y tế</a>
          <a href="#cung">Bộ Tài chính</a>
        </pw-links-list>
      `);
      const [newTab, sameTab] = parts<HTMLAnchorElement>(el, 'link');
      if (newTab === undefined || sameTab === undefined) throw new Error('two links expected');
      const icon = newTab.querySelector('svg');
      if (icon === null) throw new Error('no icon on the new-tab link');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const box = icon.getBoundingClientRect();
      const fontSize = Number.parseFloat(getComputedStyle(newTab).fontSize);
      expect(box.width, 'visible').to.be.greaterThan(0);
      expect(box.height, 'sized with the text').to.be.closeTo(0.75 * fontSize, 1);
      const name = newTab.querySelector('.name');
      const text = document.createRange();
      text.selectNodeContents(name?.firstChild ?? newTab);
      expect(box.left, 'after the name, not touching it').to.be.greaterThan(text.getBoundingClientRect().right);
      expect(getComputedStyle(icon).stroke).to.equal(getComputedStyle(newTab).color);
      expect(sameTab.querySelector('svg')).to.equal(null);
      expect(await hasAccessible('link', 'Bộ Y tế (mở trong tab mới)')).to.equal(true);
      expect(await hasAccessible('link', 'Bộ Tài chính')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('marks only the links whose own target is _blank, and gives external links rel', async () => {
      const el = await fixture<LinksList>(html`
        <pw-links-list>
          <a href="https://moh.gov.vn/" target="_blank">Bộ Y tế</a>
          <a href="https://mof.gov.vn/">Bộ Tài chính</a>
          <a href="/gioi-thieu">Giới thiệu</a>
        </pw-links-list>
      `);
      const [newTab, external, local] = parts<HTMLAnchorElement>(el, 'link');
      expect(newTab?.target).to.equal('_blank');
      expect(newTab?.textContent).to.include('(mở trong tab mới)');
      expect(external?.target).to.equal('');
      expect(external?.rel).to.equal('noopener noreferrer');
      expect(external?.textContent).not.to.include('tab');
      expect(local?.rel).to.equal('');
    });

    it('fires a cancelable pw-navigate on a plain click; cancelling it keeps the page', async () => {
      keepHash();
      const el = await fixture<LinksList>(html`<pw-links-list .items=${ministries}></pw-links-list>`);
      const link = parts<HTMLAnchorElement>(el, 'link')[2];
      if (link === undefined) throw new Error('no third link');
      el.addEventListener('pw-navigate', (event) => event.preventDefault(), { once: true });
      const cancelled = oneEvent(el, 'pw-navigate');
      link.click();
      const event = (await cancelled) as CustomEvent<NavigateDetail>;
      expect(event.detail).to.deep.equal({ href: '#bo-y-te', label: 'Bộ Y tế', newTab: false });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(location.hash).not.to.equal('#bo-y-te');

      const followed = oneEvent(document, 'pw-navigate');
      link.click();
      await followed;
      await waitUntil(() => location.hash === '#bo-y-te', 'the link is followed when nobody cancels');
    });

    it('shows 100 links of 10,000 and reveals more with a button that moves focus to the first new link', async () => {
      const many = Array.from({ length: 10_000 }, (_, index) => ({
        label: `Đơn vị ${index + 1}`,
        href: `#don-vi-${index + 1}`,
      }));
      const el = await fixture<LinksList>(html`<pw-links-list .items=${many}></pw-links-list>`);
      expect(parts(el, 'link')).to.have.length(pageSize);
      const more = part<HTMLButtonElement>(el, 'more-button');
      expect(more.type).to.equal('button');
      expect(more.textContent?.trim()).to.equal('Xem thêm (còn 9900 liên kết)');

      more.click();
      await el.updateComplete;
      expect(parts(el, 'link')).to.have.length(pageSize * 2);
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Đơn vị 101');
    });
  });

  describe('variant="grid"', () => {
    const withLogos: LinkItem[] = [
      { label: 'Bộ Y tế', href: '#bo-y-te', logo: new URL('./fixtures/logo.svg', import.meta.url).href },
      { label: 'Bộ Tài chính', href: '#bo-tai-chinh', logo: new URL('./fixtures/missing.png', import.meta.url).href },
      { label: 'Bộ Nội vụ', href: '#bo-noi-vu' },
    ];

    it('shows logos beside the visible names (decorative logos), in groups, with no axe violations', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list variant="grid" .items=${withLogos}></pw-links-list>`);
      const logo = part<HTMLImageElement>(el, 'logo');
      expect(logo.alt).to.equal('');
      expect(logo.loading).to.equal('lazy');
      expect(linkTexts(el)).to.deep.equal(['Bộ Y tế', 'Bộ Tài chính', 'Bộ Nội vụ']);
      await expect(el).to.be.accessible();
    });

    it('with logo-only, names the logo by its alt and falls back to the name when a logo fails', async () => {
      const el = await fixture<LinksList>(
        html`<pw-links-list variant="grid" logo-only .items=${withLogos}></pw-links-list>`,
      );
      const first = parts<HTMLAnchorElement>(el, 'link')[0];
      expect(first?.querySelector('img')?.alt).to.equal('Bộ Y tế');
      expect(first?.querySelector('.name')).to.equal(null);
      await waitUntil(() => parts(el, 'logo').length === 1, 'the missing logo is replaced by the name');
      expect(parts<HTMLAnchorElement>(el, 'link')[1]?.textContent?.trim()).to.equal('Bộ Tài chính');
      expect(await hasAccessible('link', 'Bộ Y tế')).to.equal(true);
      expect(await hasAccessible('link', 'Bộ Tài chính')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('centres the logo and the name in a wide card', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div style="width: 30rem"><pw-links-list variant="grid" .items=${withLogos.slice(0, 1)}></pw-links-list></div>
      `);
      const el = container.querySelector('pw-links-list') as LinksList;
      await el.updateComplete;
      const link = part(el, 'link').getBoundingClientRect();
      const logo = part(el, 'logo').getBoundingClientRect();
      const name = shadow(el).querySelector('.name')?.getBoundingClientRect();
      expect(link.width, 'the premise: a card much wider than its logo').to.be.greaterThan(2 * logo.width);
      const middle = link.left + link.width / 2;
      expect(logo.left + logo.width / 2).to.be.closeTo(middle, 1);
      expect(name && name.left + name.width / 2).to.be.closeTo(middle, 1);
    });

    it('places the cards in columns by its own width', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div style="width: 40rem"><pw-links-list variant="grid" .items=${withLogos}></pw-links-list></div>
      `);
      const el = container.querySelector('pw-links-list') as LinksList;
      await el.updateComplete;
      const [a, b] = parts(el, 'item').map((item) => item.getBoundingClientRect());
      expect(a && b && Math.abs(a.top - b.top)).to.be.below(1);
    });
  });

  describe('variant="select"', () => {
    it('renders a labelled dropdown with a placeholder, optgroups and a Go button, with no axe violations', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list variant="select">${lightDom}</pw-links-list>`);
      const title = part(el, 'title');
      expect(title.getAttribute('role')).to.equal('heading');
      expect(select(el).getAttribute('aria-labelledby')).to.equal(title.id);
      expect(optionTexts(el)[0]).to.equal('— Chọn liên kết —');
      expect(select(el).value).to.equal('');
      const groups = Array.from(select(el).querySelectorAll('optgroup')).map((group) => group.label);
      expect(groups).to.deep.equal(['Bộ, ngành', 'Tỉnh, thành phố']);
      const go = part<HTMLButtonElement>(el, 'go-button');
      expect(go.textContent?.trim()).to.equal('Đi');
      expect(go.type).to.equal('button');
      expect(await hasAccessible('combobox', 'Liên kết website')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('never navigates on a choice alone', async () => {
      keepHash();
      const before = location.href;
      const el = await fixture<LinksList>(html`<pw-links-list variant="select" .items=${ministries}></pw-links-list>`);
      let fired = 0;
      el.addEventListener('pw-navigate', () => (fired += 1));
      await choose(el, 'Bộ Y tế');
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await nextFrame();
      expect(fired).to.equal(0);
      expect(location.href).to.equal(before);
    });

    it('Go fires pw-navigate; cancelled, nothing happens; otherwise it navigates', async () => {
      keepHash();
      const el = await fixture<LinksList>(html`<pw-links-list variant="select" .items=${ministries}></pw-links-list>`);
      await choose(el, 'Thành phố Đà Nẵng');
      el.addEventListener('pw-navigate', (event) => event.preventDefault(), { once: true });
      const cancelled = oneEvent(el, 'pw-navigate');
      part(el, 'go-button').click();
      const event = (await cancelled) as CustomEvent<NavigateDetail>;
      expect(event.detail).to.deep.equal({ href: '#da-nang', label: 'Thành phố Đà Nẵng', newTab: false });
      expect(event.cancelable).to.equal(true);
      await nextFrame();
      expect(location.hash).not.to.equal('#da-nang');

      part(el, 'go-button').click();
      await waitUntil(() => location.hash === '#da-nang', 'Go follows the chosen link');
    });

    it('Enter on the dropdown does what Go does', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list variant="select" .items=${ministries}></pw-links-list>`);
      await choose(el, 'Bộ Công an');
      el.addEventListener('pw-navigate', (event) => event.preventDefault());
      select(el).focus();
      const navigate = oneEvent(el, 'pw-navigate');
      await sendKeys({ press: 'Enter' });
      expect(((await navigate) as CustomEvent<NavigateDetail>).detail.href).to.equal('#bo-cong-an');
    });

    it('says on the Go button when the chosen link opens a new tab', async () => {
      const el = await fixture<LinksList>(
        html`<pw-links-list variant="select" target="_blank" .items=${ministries}></pw-links-list>`,
      );
      expect(await hasAccessible('button', 'Đi')).to.equal(true);
      expect(part(el, 'go-button').querySelector('svg')).to.equal(null);
      await choose(el, 'Bộ Y tế');
      expect(await hasAccessible('button', 'Đi (mở trong tab mới)')).to.equal(true);
      const icon = part(el, 'go-button').querySelector('svg');
      expect(icon?.getAttribute('aria-hidden'), 'a visible cue too, not read out').to.equal('true');
      expect(icon?.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('a search after "choose first" reports the matches instead', async () => {
      const el = await fixture<LinksList>(
        html`<pw-links-list variant="select" filter .items=${ministries}></pw-links-list>`,
      );
      part(el, 'go-button').click();
      await el.updateComplete;
      expect(statusText(el)).to.equal('Hãy chọn một liên kết trong danh sách.');
      await search(el, 'ha noi');
      expect(statusText(el)).to.equal('Có 1 liên kết phù hợp');
    });

    it('opens a new tab with noopener when target="_blank"', async () => {
      const opened = stubWindowOpen();
      const el = await fixture<LinksList>(
        html`<pw-links-list variant="select" target="_blank" .items=${ministries}></pw-links-list>`,
      );
      await choose(el, 'Bộ Y tế');
      const navigate = oneEvent(el, 'pw-navigate');
      part(el, 'go-button').click();
      expect(((await navigate) as CustomEvent<NavigateDetail>).detail.newTab).to.equal(true);
      expect(opened).to.deep.equal([['#bo-y-te', '_blank', 'noopener']]);
    });

    it('Go without a choice asks for one, described on the dropdown, and focuses it', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list variant="select" .items=${ministries}></pw-links-list>`);
      let fired = 0;
      el.addEventListener('pw-navigate', () => (fired += 1));
      part(el, 'go-button').click();
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(statusText(el)).to.equal('Hãy chọn một liên kết trong danh sách.');
      expect(part(el, 'status').getAttribute('role')).to.equal('status');
      expect(select(el).getAttribute('aria-describedby')).to.equal('status');
      expect(shadow(el).activeElement).to.equal(select(el));

      await choose(el, 'Bộ Y tế');
      expect(statusText(el)).to.equal('');
      expect(select(el).hasAttribute('aria-describedby')).to.equal(false);
    });

    it('hide-label keeps the label for screen readers only', async () => {
      const el = await fixture<LinksList>(
        html`<pw-links-list
          variant="select"
          hide-label
          label="Cổng thông tin các tỉnh"
          .items=${ministries}
        ></pw-links-list>`,
      );
      expect(part(el, 'title').classList.contains('visually-hidden')).to.equal(true);
      expect(part(el, 'title').getBoundingClientRect().width).to.be.at.most(1);
      expect(await hasAccessible('combobox', 'Cổng thông tin các tỉnh')).to.equal(true);
    });

    it('never submits a form of the host page', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><pw-links-list variant="select" .items=${ministries}></pw-links-list></form>
      `);
      let submitted = 0;
      form.addEventListener('submit', (event) => {
        submitted += 1;
        event.preventDefault();
      });
      const el = form.querySelector('pw-links-list') as LinksList;
      await el.updateComplete;
      el.addEventListener('pw-navigate', (event) => event.preventDefault());
      await choose(el, 'Bộ Y tế');
      part(el, 'go-button').click();
      select(el).focus();
      await sendKeys({ press: 'Enter' });
      expect(submitted).to.equal(0);
    });

    it('lists at most 300 options of 10,000 and then offers the search box', async () => {
      const many = Array.from({ length: 10_000 }, (_, index) => ({
        label: `Đơn vị ${index + 1}`,
        href: `#d${index + 1}`,
      }));
      const el = await fixture<LinksList>(html`<pw-links-list variant="select" .items=${many}></pw-links-list>`);
      expect(select(el).options).to.have.length(maxOptions + 2);
      expect(optionTexts(el).at(-1)).to.equal('… còn 9700 liên kết: hãy gõ vào ô tìm kiếm');
      expect(select(el).options[maxOptions + 1]?.disabled).to.equal(true);
      await search(el, 'don vi 9999');
      expect(optionTexts(el)).to.deep.equal(['— Chọn liên kết —', 'Đơn vị 9999']);
    });
  });

  describe('filter', () => {
    it('finds links without regard to diacritics or case, and says how many match', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list filter>${lightDom}</pw-links-list>`);
      const input = part<HTMLInputElement>(el, 'filter-input');
      expect(input.type).to.equal('search');
      expect(input.labels?.[0]?.textContent?.trim()).to.equal('Tìm liên kết');
      expect(statusText(el)).to.equal('');

      await search(el, 'ha noi');
      expect(linkTexts(el)).to.deep.equal(['Thành phố Hà Nội']);
      expect(statusText(el)).to.equal('Có 1 liên kết phù hợp');

      await search(el, 'HA NOI');
      expect(linkTexts(el)).to.deep.equal(['Thành phố Hà Nội']);

      await search(el, 'Hà Nội');
      expect(linkTexts(el)).to.deep.equal(['Thành phố Hà Nội']);

      await search(el, 'da nang');
      expect(linkTexts(el)).to.deep.equal(['Thành phố Đà Nẵng']);

      await search(el, 'ha');
      expect(linkTexts(el)).to.deep.equal(['Thành phố Hà Nội', 'Tỉnh Hà Nam']);
      expect(statusText(el)).to.equal('Có 2 liên kết phù hợp');
      expect(parts(el, 'group-heading').map((heading) => heading.textContent?.trim())).to.deep.equal([
        'Tỉnh, thành phố',
      ]);

      await search(el, 'sai gon');
      expect(linkTexts(el)).to.deep.equal([]);
      expect(statusText(el)).to.equal('Không có liên kết nào phù hợp');

      await search(el, '');
      expect(linkTexts(el)).to.have.length(ministries.length);
      await expect(el).to.be.accessible();
    });

    it('filters the dropdown and drops a choice the search hides', async () => {
      const el = await fixture<LinksList>(
        html`<pw-links-list variant="select" filter .items=${ministries}></pw-links-list>`,
      );
      await choose(el, 'Bộ Y tế');
      await search(el, 'thanh pho');
      expect(optionTexts(el)).to.deep.equal(['— Chọn liên kết —', 'Thành phố Hà Nội', 'Thành phố Đà Nẵng']);
      expect(select(el).value).to.equal('');

      await choose(el, 'Thành phố Đà Nẵng');
      await search(el, 'da');
      expect(select(el).selectedOptions[0]?.textContent?.trim(), 'a choice still shown stays').to.equal(
        'Thành phố Đà Nẵng',
      );
      await expect(el).to.be.accessible();
    });

    it('works in the grid', async () => {
      const el = await fixture<LinksList>(
        html`<pw-links-list variant="grid" filter .items=${ministries}></pw-links-list>`,
      );
      await search(el, 'bo y te');
      expect(linkTexts(el)).to.deep.equal(['Bộ Y tế']);
      expect(statusText(el)).to.equal('Có 1 liên kết phù hợp');
    });

    it('is reachable and operable by keyboard alone, with a visible focus ring', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list filter .items=${ministries}></pw-links-list>`);
      const input = part<HTMLInputElement>(el, 'filter-input');
      const before = document.createElement('button');
      before.textContent = 'trước';
      el.before(before);
      restorers.push(() => before.remove());
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(input);
      await sendKeys({ type: 'cong an' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement as HTMLElement;
      expect(focused.textContent?.trim()).to.equal('Bộ Công an');
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    });
  });

  describe('contrast', () => {
    it('draws field and button borders at 3:1 or more against their background and the page (WCAG 1.4.11)', async () => {
      captureConsole('warn');
      stubFetch(json({ error: 'x' }, 404));
      const many = Array.from({ length: pageSize + 1 }, (_, index) => ({
        label: `Đơn vị ${index}`,
        href: `#${index}`,
      }));
      const container = await fixture<HTMLDivElement>(html`
        <div style="background: #fff">
          <pw-links-list variant="select" filter .items=${ministries}></pw-links-list>
          <pw-links-list .items=${many}></pw-links-list>
          <pw-links-list src="/lien-ket.json"></pw-links-list>
        </div>
      `);
      const [dropdown, long, failing] = Array.from(container.querySelectorAll<LinksList>('pw-links-list'));
      if (!dropdown || !long || !failing) throw new Error('three lists expected');
      await waitUntil(() => shadow(failing).querySelector('[part~="retry-button"]') !== null, 'the load fails');
      const page = getComputedStyle(container).backgroundColor;

      const bordered = [
        part(dropdown, 'filter-input'),
        part(dropdown, 'select'),
        part(long, 'more-button'),
        part(failing, 'retry-button'),
      ];
      for (const control of bordered) {
        const style = getComputedStyle(control);
        const name = control.getAttribute('part') ?? control.localName;
        expect(contrast(style.borderTopColor, style.backgroundColor), `${name} border on its fill`).to.be.at.least(3);
        expect(contrast(style.borderTopColor, page), `${name} border on the page`).to.be.at.least(3);
      }
      // The Go button is told by its fill, which its border matches.
      const go = getComputedStyle(part(dropdown, 'go-button'));
      expect(contrast(go.backgroundColor, page), 'go-button fill on the page').to.be.at.least(3);
    });
  });

  describe('sizes', () => {
    it('gives every link, button and field a target of at least 24×24 px', async () => {
      for (const variant of ['list', 'grid', 'select']) {
        const el = await fixture<LinksList>(
          html`<pw-links-list variant=${variant} filter .items=${ministries}></pw-links-list>`,
        );
        const targets = shadow(el).querySelectorAll('a, button, select, input');
        expect(targets.length).to.be.greaterThan(0);
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(box.height, `${variant} ${target.localName} height`).to.be.at.least(24);
          expect(box.width, `${variant} ${target.localName} width`).to.be.at.least(24);
        }
      }
    });
  });

  describe('language and strings', () => {
    it('speaks English in an English page', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div lang="en">
          <pw-links-list variant="select" target="_blank" filter .items=${ministries}></pw-links-list>
          <pw-links-list target="_blank" .items=${ministries}></pw-links-list>
        </div>
      `);
      const [dropdown, list] = Array.from(container.querySelectorAll<LinksList>('pw-links-list'));
      if (!dropdown || !list) throw new Error('two lists expected');
      await dropdown.updateComplete;
      await list.updateComplete;
      expect(part(dropdown, 'title').textContent?.trim()).to.equal('Website links');
      expect(optionTexts(dropdown)[0]).to.equal('— Choose a link —');
      expect(part(dropdown, 'go-button').textContent?.trim()).to.equal('Go');
      expect(part<HTMLInputElement>(dropdown, 'filter-input').labels?.[0]?.textContent?.trim()).to.equal('Find a link');
      await search(dropdown, 'ha noi');
      expect(statusText(dropdown)).to.equal('Matching links: 1');
      expect(part(list, 'link').textContent).to.include('(opens in a new tab)');
      await expect(dropdown).to.be.accessible();
    });

    it('takes per-instance strings', async () => {
      const el = await fixture<LinksList>(
        html`<pw-links-list
          variant="select"
          strings='{"go": "Truy cập", "label": "Liên kết"}'
          .items=${ministries}
        ></pw-links-list>`,
      );
      expect(part(el, 'go-button').textContent?.trim()).to.equal('Truy cập');
      expect(part(el, 'title').textContent?.trim()).to.equal('Liên kết');
    });
  });

  describe('bad input', () => {
    it('drops unsafe URLs with a warning naming the element', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<LinksList>(html`
        <pw-links-list>
          <a href="javascript:alert(1)">Lừa đảo</a>
          <a href=" JaVaScRiPt:alert(1)">Lừa đảo 2</a>
          <a href="#an-toan">An toàn</a>
        </pw-links-list>
      `);
      expect(linkTexts(el)).to.deep.equal(['An toàn']);
      expect(shadow(el).innerHTML).not.to.match(/javascript/i);
      expect(warnings.length).to.be.at.least(2);
      expect(warnings.every((warning) => warning.startsWith('<pw-links-list>'))).to.equal(true);
    });

    it('reports bad items JSON once and falls back to the light-DOM links', async () => {
      const errors = captureConsole('error');
      const el = await fixture<LinksList>(
        html`<pw-links-list items='[{"label": "Bộ Y tế", "href": '><a href="#du-phong">Dự phòng</a></pw-links-list>`,
      );
      expect(linkTexts(el)).to.deep.equal(['Dự phòng']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<pw-links-list> items: invalid JSON');
    });

    it('warns about an unknown variant and shows the list', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<LinksList>(
        html`<pw-links-list variant="dropdown" .items=${ministries}></pw-links-list>`,
      );
      expect(parts(el, 'link')).to.have.length(ministries.length);
      expect(warnings).to.deep.equal([
        '<pw-links-list> variant: not one of the allowed values in dropdown. Allowed: list, grid, select. Using list.',
      ]);
    });

    it('names what the author wrote in heading-level="ba", not NaN', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<LinksList>(
        html`<pw-links-list heading-level="ba" .items=${ministries}></pw-links-list>`,
      );
      expect(part(el, 'title').getAttribute('aria-level')).to.equal('2');
      expect(warnings).to.deep.equal([
        '<pw-links-list> heading-level: not one of the allowed values in ba. Allowed: 2, 3, 4, 5, 6. Using 2.',
      ]);
    });

    it('says there are no links when there are none', async () => {
      const el = await fixture<LinksList>(html`<pw-links-list variant="select"></pw-links-list>`);
      expect(statusText(el)).to.equal('Chưa có liên kết nào.');
      expect(shadow(el).querySelector('select')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('src', () => {
    it('loads links from a JSON file, resolving its relative URLs against the file', async () => {
      let answer: (response: Response) => void = () => undefined;
      const calls = stubFetch(() => new Promise((resolve) => (answer = resolve)));
      const el = await fixture<LinksList>(
        html`<pw-links-list src="https://tinh.gov.vn/data/lien-ket.json"></pw-links-list>`,
      );
      await waitUntil(() => calls.length === 1, 'the request is sent');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Đang tải danh sách liên kết…');
      expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');

      answer(
        new Response(JSON.stringify({ links: [{ label: 'Sở Y tế', href: '../so-y-te/', logo: 'logo.png' }] }), {
          headers: { 'content-type': 'application/json' },
        }),
      );
      await waitUntil(() => linkTexts(el).length === 1, 'the links are shown');
      expect(part<HTMLAnchorElement>(el, 'link').href).to.equal('https://tinh.gov.vn/so-y-te/');
      expect(part(el, 'base').getAttribute('aria-busy')).to.equal('false');
      expect(statusText(el)).to.equal('');
      expect(calls[0]?.signal).to.be.instanceOf(AbortSignal);
    });

    it('shows an error with a retry button when src fails, and the retry loads the links', async () => {
      const warnings = captureConsole('warn');
      let status = 404;
      const calls = stubFetch(() =>
        Promise.resolve(
          status === 404
            ? new Response('Not Found', { status: 404 })
            : new Response(JSON.stringify(ministries), { headers: { 'content-type': 'application/json' } }),
        ),
      );
      const el = await fixture<LinksList>(html`<pw-links-list variant="select" src="/lien-ket.json"></pw-links-list>`);
      await waitUntil(() => statusText(el) !== '' && statusText(el) !== 'Đang tải danh sách liên kết…', 'it fails');
      expect(calls).to.have.length(1);
      expect(statusText(el)).to.equal('Không tải được danh sách liên kết.');
      expect(warnings.join('\n')).to.include('<pw-links-list> src="/lien-ket.json" could not be loaded');
      const retry = part<HTMLButtonElement>(el, 'retry-button');
      expect(retry.textContent?.trim()).to.equal('Thử lại');
      await expect(el).to.be.accessible();

      status = 200;
      retry.click();
      await waitUntil(() => shadow(el).querySelector('select') !== null, 'the retry loads the links');
      expect(optionTexts(el)).to.have.length(ministries.length + 1);
      expect(shadow(el).querySelector('[part~="retry-button"]')).to.equal(null);
    });

    it('keeps showing the light-DOM links when src fails, marked as not updated', async () => {
      captureConsole('warn');
      stubFetch(json({ error: 'x' }, 404));
      const el = await fixture<LinksList>(
        html`<pw-links-list src="/lien-ket.json"><a href="#cu">Liên kết cũ</a></pw-links-list>`,
      );
      await waitUntil(() => shadow(el).querySelector('[part~="retry-button"]') !== null, 'it fails');
      expect(linkTexts(el)).to.deep.equal(['Liên kết cũ']);
      expect(statusText(el)).to.equal('Không cập nhật được danh sách liên kết; đang hiển thị danh sách cũ.');
    });

    it('treats a JSON body that holds no links as a failure', async () => {
      captureConsole('warn');
      captureConsole('error');
      stubFetch(json({ data: 'none' }));
      const el = await fixture<LinksList>(html`<pw-links-list src="/lien-ket.json"></pw-links-list>`);
      await waitUntil(() => statusText(el) === 'Không tải được danh sách liên kết.', 'it fails');
    });

    it('does not fetch src behind valid items, so its failure is not reported either', async () => {
      const warnings = captureConsole('warn');
      const calls = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const el = await fixture<LinksList>(html`
        <pw-links-list items=${JSON.stringify(ministries)} src="https://tinh.gov.vn/data/lien-ket.json"></pw-links-list>
      `);
      await nextFrame();
      await el.updateComplete;

      expect(calls).to.have.length(0);
      expect(warnings).to.deep.equal([]);
      expect(linkTexts(el)).to.deep.equal(ministries.map((link) => link.label));
      expect(part(el, 'base').getAttribute('aria-busy')).to.equal('false');
      expect(shadow(el).querySelector('[part~="retry-button"]')).to.equal(null);
    });

    it('fetches src when items are invalid or removed, and stops when valid items come back', async () => {
      captureConsole('error');
      const calls = stubFetch(json([{ label: 'Sở Y tế', href: '/so-y-te/' }]));
      const el = await fixture<LinksList>(html`<pw-links-list items="{}" src="/lien-ket.json"></pw-links-list>`);
      await waitUntil(() => linkTexts(el).length === 1, 'src is loaded behind invalid items');
      expect(calls).to.have.length(1);

      el.items = ministries;
      await el.updateComplete;
      expect(linkTexts(el)).to.deep.equal(ministries.map((link) => link.label));
      el.items = undefined;
      await el.updateComplete;
      await waitUntil(() => calls.length === 2, 'src is fetched again once the items are gone');
      await waitUntil(() => part(el, 'base').getAttribute('aria-busy') === 'false', 'the load ends');
      expect(linkTexts(el)).to.deep.equal(['Sở Y tế']);
    });

    it('never fetches an unsafe src', async () => {
      const warnings = captureConsole('warn');
      const calls = stubFetch(json([]));
      const el = await fixture<LinksList>(
        html`<pw-links-list src="javascript:alert(1)"><a href="#a">A</a></pw-links-list>`,
      );
      await nextFrame();
      expect(calls).to.have.length(0);
      expect(linkTexts(el)).to.deep.equal(['A']);
      expect(warnings.join('\n')).to.include('<pw-links-list> src: unsafe or malformed URL');
    });

    it('aborts the request when removed', async () => {
      const calls = stubFetch(() => new Promise(() => undefined));
      const el = await fixture<LinksList>(html`<pw-links-list src="/lien-ket.json"></pw-links-list>`);
      await waitUntil(() => calls.length === 1, 'the request is sent');
      await nextFrame();
      el.remove();
      expect(calls[0]?.signal?.aborted).to.equal(true);
    });
  });

  describe('strict CSP with Trusted Types', () => {
    it('renders, searches and loads src (its lazy fetch module included) with no violation', async function () {
      this.timeout(30_000);
      const frame = await fixture<HTMLIFrameElement>(html`
        <iframe title="Trusted Types page" src="/packages/links-list/test/fixtures/trusted-types.html"></iframe>
      `);
      await waitUntil(() => frame.contentWindow?.trustedTypesResult !== undefined, 'the Trusted Types page reports', {
        timeout: 25_000,
      });
      const result = frame.contentWindow?.trustedTypesResult as TrustedTypesResult;

      expect(result.error).to.equal(undefined);
      expect(result.plainStringThrows, 'the page enforces Trusted Types').to.equal(true);
      expect(result.listenerSawPlainString, 'the page sees violations when they happen').to.equal(true);
      expect(result.violations).to.deep.equal([]);
      expect(result.filtered).to.deep.equal(['Bộ Công an']);
      expect(result.options).to.deep.equal(['— Chọn liên kết —', 'Bộ Y tế', 'Thành phố Đà Nẵng']);
    });
  });
});
