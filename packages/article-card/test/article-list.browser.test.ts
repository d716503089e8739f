import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { ArticleList, type Article, type ArticleCard } from '../src/element.js';

// ---------------------------------------------------------------------------------------------
// Helpers. The feed fixtures are read once, before any stub, and never changed; everything else a
// test replaces (console, fetch) is put back by afterEach.

const restorers: (() => void)[] = [];

afterEach(() => {
  for (const restore of restorers.splice(0).reverse()) restore();
});

/** Replaces console.error or console.warn for the current test and returns what it receives. */
function retryButtonOrNull(el: Element): HTMLButtonElement | null {
  return el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry-button"]') ?? null;
}

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
  signal: AbortSignal | undefined;
  accept: string | null;
}

/** Replaces window.fetch for the current test; `respond` is called for every request. */
function stubFetch(respond: (call: FetchCall) => Promise<Response>): FetchCall[] {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call: FetchCall = {
      url,
      signal: init?.signal ?? undefined,
      accept: new Headers(init?.headers).get('accept'),
    };
    calls.push(call);
    return respond(call);
  };
  restorers.push(() => {
    window.fetch = original;
  });
  return calls;
}

/** A fresh response each time: a body can be read only once. */
const answer =
  (body: string, contentType: string, status = 200) =>
  (): Promise<Response> =>
    Promise.resolve(new Response(body, { status, headers: { 'content-type': contentType } }));

const rssType = 'application/rss+xml';
const neverAnswers = (): Promise<Response> => new Promise<Response>(() => undefined);

const fixtures: Record<'rss' | 'atom' | 'json', string> = { rss: '', atom: '', json: '' };

before(async () => {
  const read = async (name: string): Promise<string> => {
    const response = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
    if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
    return response.text();
  };
  fixtures.rss = await read('feed-rss.xml');
  fixtures.atom = await read('feed-atom.xml');
  fixtures.json = await read('feed.json');
});

function rss(items: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin</title>${items}</channel></rss>`;
}

const smallFeed = rss(`
  <item><title>Bài một</title><link>https://tinh.gov.vn/bai-1.html</link></item>
  <item><title>Bài hai</title><link>https://tinh.gov.vn/bai-2.html</link></item>`);

const captivePortal =
  '<!DOCTYPE html><html lang="vi"><head><title>Đăng nhập Wi-Fi</title></head><body><form>…</form></body></html>';

function shadow(el: Element): ShadowRoot {
  if (el.shadowRoot === null) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

function part<T extends Element = HTMLElement>(el: Element, name: string): T {
  const found = shadow(el).querySelector<T>(`[part~="${name}"]`);
  if (found === null) throw new Error(`no [part~="${name}"] rendered in <${el.localName}>`);
  return found;
}

/** The element that carries aria-busy around the list, its messages and its status region. */
function section(el: ArticleList): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>('[aria-busy]');
  if (found === null) throw new Error('no [aria-busy] wrapper rendered');
  return found;
}

const statusText = (el: ArticleList): string => (shadow(el).querySelector('[role="status"]')?.textContent ?? '').trim();

const messageText = (el: ArticleList): string =>
  (shadow(el).querySelector('[part~="message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The cards of the list, in the structure the contract names. */
function cards(el: ArticleList): ArticleCard[] {
  return Array.from(shadow(el).querySelectorAll<ArticleCard>('ul[role="list"] > li > pw-article-card'));
}

async function renderedCards(el: ArticleList): Promise<ArticleCard[]> {
  await el.updateComplete;
  const found = cards(el);
  await Promise.all(found.map((card) => card.updateComplete));
  return found;
}

const cardHeadline = (card: ArticleCard): string => (part(card, 'headline').textContent ?? '').trim();
const cardHref = (card: ArticleCard): string | null =>
  shadow(card).querySelector('a[part~="link"]')?.getAttribute('href') ?? null;

/** Waits until a feed request has settled into the loaded, empty or error state. */
async function settled(el: ArticleList, timeout = 10_000): Promise<void> {
  await waitUntil(() => section(el).getAttribute('aria-busy') === 'false', 'the feed request settles', { timeout });
  await el.updateComplete;
}

function retryButton(el: ArticleList): HTMLButtonElement {
  return part<HTMLButtonElement>(el, 'retry-button');
}

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

function findAxNodes(node: AxNode, test: (node: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (test(node)) found.push(node);
  for (const child of node.children ?? []) findAxNodes(child, test, found);
  return found;
}

/** How many times a text is in the page's accessibility tree, as a screen reader reads through it. */
async function spokenTimes(words: string): Promise<number> {
  const count = (node: AxNode): number =>
    (node.children?.length ? 0 : (node.name ?? '').split(words).length - 1) +
    (node.children ?? []).reduce((sum, child) => sum + count(child), 0);
  return count((await a11ySnapshot({})) as unknown as AxNode);
}

/** The landmarks in the page's accessibility tree (Chromium's snapshot keeps landmarks, not plain lists). */
async function landmarks(): Promise<AxNode[]> {
  const roles = ['region', 'navigation', 'main', 'complementary', 'banner', 'contentinfo', 'form', 'search'];
  return findAxNodes((await a11ySnapshot({})) as unknown as AxNode, (node) => roles.includes(node.role));
}

/** The accessible names of the card lists in these elements (aria-label names a role=list). */
function listNames(...lists: ArticleList[]): (string | null)[] {
  return lists.map((el) => part(el, 'list').getAttribute('aria-label'));
}

const items = (): Article[] => [
  {
    headline: 'Tỉnh triển khai kế hoạch chuyển đổi số năm 2026',
    href: '/tin-tuc/chuyen-doi-so.html',
    summary: 'UBND tỉnh ban hành kế hoạch với 45 nhiệm vụ.',
    published: '2026-11-27T18:30:00Z',
    author: 'Ngọc Anh',
    category: 'Kinh tế',
    categoryHref: '/kinh-te/',
  },
  { headline: 'Khai mạc Lễ hội Văn hóa – Du lịch biển', href: '/van-hoa/le-hoi.html' },
  { headline: 'Thông báo tuyển dụng viên chức', href: '/thong-bao/tuyen-dung.html' },
];

// ---------------------------------------------------------------------------------------------

describe('<pw-article-list>', () => {
  describe('items', () => {
    it('renders the items property as ul[role=list] > li > pw-article-card with the data', async () => {
      const el = await fixture<ArticleList>(html`<pw-article-list .items=${items()}></pw-article-list>`);
      const found = await renderedCards(el);

      expect(shadow(el).querySelectorAll('ul[role="list"]')).to.have.length(1);
      expect(shadow(el).querySelectorAll('ul[role="list"] > li')).to.have.length(3);
      expect(found.map(cardHeadline)).to.deep.equal(items().map((item) => item.headline));
      expect(found.map(cardHref)).to.deep.equal(items().map((item) => item.href));
      const [first] = found;
      if (first === undefined) throw new Error('no card');
      expect(part(first, 'summary').textContent?.trim()).to.equal('UBND tỉnh ban hành kế hoạch với 45 nhiệm vụ.');
      expect(part(first, 'category').getAttribute('href')).to.equal('/kinh-te/');
      expect(part(first, 'published').textContent?.trim()).to.equal('28/11/2026');
      expect(part(first, 'published').getAttribute('datetime')).to.equal('2026-11-27T18:30:00.000Z');
    });

    it('renders the items JSON attribute the same way', async () => {
      const json = JSON.stringify(items());
      const el = await fixture<ArticleList>(html`<pw-article-list items=${json}></pw-article-list>`);
      const found = await renderedCards(el);

      expect(found.map(cardHeadline)).to.deep.equal(items().map((item) => item.headline));
      expect(found.map(cardHref)).to.deep.equal(items().map((item) => item.href));
    });

    it('follows later changes to items', async () => {
      const el = await fixture<ArticleList>(html`<pw-article-list .items=${items().slice(0, 1)}></pw-article-list>`);
      expect((await renderedCards(el)).map(cardHeadline)).to.deep.equal([items()[0]?.headline]);

      el.items = items().slice(1);
      expect((await renderedCards(el)).map(cardHeadline)).to.deep.equal(
        items()
          .slice(1)
          .map((item) => item.headline),
      );
    });

    it('shows at most limit cards', async () => {
      const el = await fixture<ArticleList>(html`<pw-article-list limit="2" .items=${items()}></pw-article-list>`);
      const found = await renderedCards(el);

      expect(found.map(cardHeadline)).to.deep.equal(
        items()
          .slice(0, 2)
          .map((item) => item.headline),
      );
    });

    it('logs exactly one console.error naming <pw-article-list> and items on invalid items JSON, and does not throw', async () => {
      const errors = captureConsole('error');
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent): void => {
        uncaught.push(event.error);
      };
      window.addEventListener('error', onError);
      restorers.push(() => window.removeEventListener('error', onError));

      const el = await fixture<ArticleList>(html`<pw-article-list items='[{"headline": "Bài'></pw-article-list>`);
      await el.updateComplete;

      expect(uncaught).to.have.length(0);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<pw-article-list>');
      expect(errors[0]).to.include('items');
      expect(cards(el)).to.have.length(0);
      expect(messageText(el)).to.equal('Chưa có tin bài.');
    });

    it('passes layout, heading-level and time-zone to every card', async () => {
      const el = await fixture<ArticleList>(html`
        <pw-article-list layout="compact" heading-level="2" time-zone="UTC" .items=${items()}></pw-article-list>
      `);
      const found = await renderedCards(el);

      for (const card of found) {
        expect(card.layout).to.equal('compact');
        expect(part(card, 'headline').localName).to.equal('h2');
      }
      const [first] = found;
      if (first === undefined) throw new Error('no card');
      expect(part(first, 'published').textContent?.trim()).to.equal('27/11/2026');
    });

    it('writes no layout attribute on its cards when it has no layout itself', async () => {
      const el = await fixture<ArticleList>(html`<pw-article-list .items=${items()}></pw-article-list>`);
      const found = await renderedCards(el);

      expect(found.length).to.be.greaterThan(0);
      for (const card of found) {
        expect(card.hasAttribute('layout')).to.equal(false);
        expect(part(card, 'card').classList.contains('vertical')).to.equal(true);
      }
    });

    it('uses items rather than src when both are given, and fetches nothing', async () => {
      const calls = stubFetch(answer(smallFeed, rssType));
      const el = await fixture<ArticleList>(html`
        <pw-article-list .items=${items()} src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>
      `);
      const found = await renderedCards(el);

      expect(found.map(cardHeadline)).to.deep.equal(items().map((item) => item.headline));
      expect(calls).to.have.length(0);
    });

    it('does not fetch src behind valid items, so its failure is not reported either', async () => {
      const warnings = captureConsole('warn');
      const calls = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const el = await fixture<ArticleList>(html`
        <pw-article-list items=${JSON.stringify(items())} src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>
      `);
      await renderedCards(el);
      await aTimeout(50);
      await el.updateComplete;

      expect(calls).to.have.length(0);
      expect(warnings).to.deep.equal([]);
      expect(section(el).getAttribute('aria-busy')).to.equal('false');
      expect(statusText(el), 'nothing was loaded to announce').to.equal('');
    });

    it('fetches src once the items are removed, and stops when valid items come back', async () => {
      const calls = stubFetch(answer(smallFeed, rssType));
      const el = await fixture<ArticleList>(html`
        <pw-article-list .items=${items()} src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>
      `);
      await renderedCards(el);
      expect(calls).to.have.length(0);

      el.items = undefined;
      await el.updateComplete;
      await settled(el);
      expect(calls).to.have.length(1);
      expect((await renderedCards(el)).map(cardHeadline)).to.deep.equal(['Bài một', 'Bài hai']);

      el.items = items().slice(0, 1);
      await el.updateComplete;
      expect(calls, 'no new request').to.have.length(1);
      expect((await renderedCards(el)).map(cardHeadline)).to.deep.equal([items()[0]?.headline]);
    });

    it('fetches src when items are invalid', async () => {
      captureConsole('error');
      const calls = stubFetch(answer(smallFeed, rssType));
      const el = await fixture<ArticleList>(html`
        <pw-article-list items="{}" src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>
      `);
      await settled(el);

      expect(calls.map((call) => call.url)).to.deep.equal(['https://tinh.gov.vn/rss/tin-tuc.rss']);
      expect((await renderedCards(el)).map(cardHeadline)).to.deep.equal(['Bài một', 'Bài hai']);
    });

    it('names what the author wrote in a non-numeric limit or heading-level, not NaN', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<ArticleList>(
        html`<pw-article-list limit="abc" heading-level="ba" .items=${items()}></pw-article-list>`,
      );
      const found = await renderedCards(el);

      expect(found).to.have.length(3);
      expect(part(found[0] as ArticleCard, 'headline').localName).to.equal('h3');
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).not.to.include('NaN');
      expect(warnings.find((warning) => warning.includes(' limit:'))).to.include(' in abc.');
      expect(warnings.find((warning) => warning.includes(' heading-level:'))).to.include(' in ba.');
    });

    it('reads numeric limit and heading-level attributes as numbers, and an empty one as the default', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<ArticleList>(
        html`<pw-article-list limit=" 2 " heading-level="4" .items=${items()}></pw-article-list>`,
      );
      const found = await renderedCards(el);
      expect(el.limit).to.equal(2);
      expect(found).to.have.length(2);
      expect(part(found[0] as ArticleCard, 'headline').localName).to.equal('h4');

      el.setAttribute('limit', '');
      expect(await renderedCards(el)).to.have.length(3);
      expect(warnings).to.deep.equal([]);
    });

    it('honours items set before the element is defined', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const early = document.createElement('pw-article-list-late') as HTMLElement & Partial<ArticleList>;
      early.items = items();
      early.limit = 2;
      container.append(early);

      customElements.define('pw-article-list-late', class extends ArticleList {});
      const upgraded = container.querySelector('pw-article-list-late');
      expect(upgraded instanceof ArticleList, 'upgraded').to.equal(true);
      const found = await renderedCards(upgraded as ArticleList);

      expect(found.map(cardHeadline)).to.deep.equal(
        items()
          .slice(0, 2)
          .map((item) => item.headline),
      );
    });
  });

  describe('feeds (src)', () => {
    it('renders an RSS 2.0 feed as cards, with its links resolved and unsafe links dropped', async () => {
      const warnings = captureConsole('warn');
      const calls = stubFetch(answer(fixtures.rss, rssType));
      const el = await fixture<ArticleList>(html`
        <pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>
      `);
      await settled(el);
      const found = await renderedCards(el);

      expect(calls.map((call) => call.url)).to.deep.equal(['https://tinh.gov.vn/rss/tin-tuc.rss']);
      expect(calls[0]?.accept).to.include('application/rss+xml');
      expect(found.map(cardHeadline)).to.deep.equal([
        'Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025',
        'Thông báo tuyển dụng viên chức năm 2025',
        'Khai mạc Lễ hội Văn hóa – Du lịch biển năm 2025',
        'Lịch tiếp công dân của Chủ tịch UBND tỉnh tháng 6/2025',
        'Liên kết không an toàn bị loại bỏ',
        'Quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến năm 2050',
      ]);
      expect(cardHref(found[0] as ArticleCard)).to.equal(
        'https://tinh.gov.vn/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-6-thang-cuoi-nam-2025-12345.html',
      );
      expect(cardHref(found[4] as ArticleCard), 'the javascript: link is dropped').to.equal(null);
      expect(part(found[0] as ArticleCard, 'published').textContent?.trim()).to.equal('10/06/2025');
      expect(statusText(el)).to.equal('Đã tải 6 tin bài.');
      expect(warnings.length).to.be.greaterThan(0);
      for (const warning of warnings) expect(warning).to.include('<pw-article-list>');
    });

    it('renders an Atom feed as cards, resolving xml:base and relative links', async () => {
      captureConsole('warn');
      stubFetch(answer(fixtures.atom, 'application/atom+xml'));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://soyte.tinh.gov.vn/feed.atom"></pw-article-list>`,
      );
      await settled(el);
      const found = await renderedCards(el);

      expect(found.map(cardHeadline)).to.deep.equal([
        'Tăng cường phòng, chống dịch sốt xuất huyết & tay chân miệng',
        'Khám sàng lọc miễn phí cho người cao tuổi',
        'Lịch tiêm chủng mở rộng tháng 6',
      ]);
      expect(found.map(cardHref)).to.deep.equal([
        'https://soyte.tinh.gov.vn/tin-hoat-dong/phong-chong-sot-xuat-huyet-1001.html',
        'https://soyte.tinh.gov.vn/kham-chua-benh/kham-sang-loc-nguoi-cao-tuoi-1002.html',
        'https://soyte.tinh.gov.vn/tiem-chung/lich-thang-6-1003.html',
      ]);
    });

    it('renders a JSON Feed as cards', async () => {
      captureConsole('warn');
      stubFetch(answer(fixtures.json, 'application/feed+json'));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://sogddt.tinh.gov.vn/feed.json"></pw-article-list>`,
      );
      await settled(el);
      const found = await renderedCards(el);

      expect(found.map(cardHeadline)).to.deep.equal([
        'Hơn 15.000 thí sinh dự Kỳ thi tốt nghiệp THPT năm 2025',
        'Khen thưởng học sinh giỏi quốc gia năm học 2024–2025',
        'Thông báo tuyển sinh lớp 10',
        'Mục có liên kết javascript: bị bỏ liên kết',
      ]);
      expect(found.map(cardHref)).to.deep.equal([
        'https://sogddt.tinh.gov.vn/tin-tuc/ky-thi-tot-nghiep-thpt-2025-2001.html',
        'https://baotinh.vn/giao-duc/khen-thuong-hoc-sinh-gioi-2002.html',
        'https://sogddt.tinh.gov.vn/thong-bao/tuyen-sinh-lop-10-2003.html',
        null,
      ]);
    });

    it('resolves relative links and images against the feed URL, not the page', async () => {
      stubFetch(
        answer(
          rss(`<item>
            <title>Bài tương đối</title>
            <link>bai-viet-1.html</link>
            <enclosure url="anh/bai-1.jpg" type="image/jpeg" />
          </item>`),
          rssType,
        ),
      );
      const src = '/feeds/so-y-te/tin.rss';
      const feedUrl = new URL(src, document.baseURI);
      const expected = new URL('bai-viet-1.html', feedUrl).href;
      expect(expected, 'the premise: the page and the feed resolve differently').not.to.equal(
        new URL('bai-viet-1.html', document.baseURI).href,
      );
      const el = await fixture<ArticleList>(html`<pw-article-list src=${src}></pw-article-list>`);
      await settled(el);
      const [card] = await renderedCards(el);
      if (card === undefined) throw new Error('no card');

      expect(cardHref(card)).to.equal(expected);
      expect(card.image).to.equal(new URL('anh/bai-1.jpg', feedUrl).href);
    });

    it('reduces feed HTML to text: no element from the feed in any card', async () => {
      captureConsole('warn');
      stubFetch(answer(fixtures.rss, rssType));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await settled(el);
      const found = await renderedCards(el);

      expect(found).to.have.length(6);
      expect(shadow(el).querySelectorAll('script, style, img, iframe')).to.have.length(0);
      for (const card of found) {
        const root = shadow(card);
        expect(card.children, 'nothing in the light DOM').to.have.length(0);
        expect(
          root.querySelectorAll('script, style, iframe, b, strong, em, li, h2:not([part]), [onerror]'),
        ).to.have.length(0);
        for (const image of root.querySelectorAll('img')) {
          expect(image.getAttribute('part'), 'the only <img> is the card image').to.equal('image');
        }
        expect(root.textContent).not.to.include('document.write');
        expect(root.textContent).not.to.include('<');
      }
      const summary = part(found[0] as ArticleCard, 'summary').textContent?.trim();
      expect(summary).to.equal(
        'Sáng 10/6, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 và các chỉ tiêu chủ yếu.',
      );
    });

    it('shows at most limit cards from a feed', async () => {
      captureConsole('warn');
      stubFetch(answer(fixtures.rss, rssType));
      const el = await fixture<ArticleList>(html`
        <pw-article-list limit="2" src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>
      `);
      await settled(el);

      expect(await renderedCards(el)).to.have.length(2);
      expect(statusText(el)).to.equal('Đã tải 2 tin bài.');
    });
  });

  describe('states', () => {
    it('tells the site team in the console why the feed could not be shown', async () => {
      const warnings = captureConsole('warn');
      stubFetch(() => Promise.resolve(new Response('không có', { status: 404 })));
      const el = await fixture<ArticleList>(html`<pw-article-list src="/rss/khong-co.rss"></pw-article-list>`);
      await waitUntil(() => retryButtonOrNull(el) !== null, 'the error state appears', { timeout: 10_000 });
      const reports = warnings.filter((message) => message.includes('<pw-article-list> src="/rss/khong-co.rss"'));
      expect(reports).to.have.length(1);
      expect(reports[0]).to.include('404');
    });

    it('passes its strings to the cards', async () => {
      const el = await fixture<ArticleList>(
        html`<pw-article-list
          .items=${[{ headline: 'Tin', updatedAt: '2026-11-27T10:00:00+07:00' }]}
          strings='{"updated": "Sửa lúc"}'
        ></pw-article-list>`,
      );
      const card = el.shadowRoot?.querySelector('pw-article-card');
      await card?.updateComplete;
      expect(card?.shadowRoot?.querySelector('.updated')?.textContent).to.include('Sửa lúc');
    });

    it('shows a busy skeleton and the loading text while the feed loads', async () => {
      const calls = stubFetch(neverAnswers);
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await waitUntil(() => calls.length === 1, 'the request is sent', { timeout: 5_000 });
      await el.updateComplete;

      expect(section(el).getAttribute('aria-busy')).to.equal('true');
      expect(statusText(el)).to.equal('Đang tải tin bài…');
      const skeletons = Array.from(shadow(el).querySelectorAll<ArticleCard>('pw-article-card'));
      expect(skeletons.length).to.be.greaterThan(0);
      await Promise.all(skeletons.map((card) => card.updateComplete));
      for (const card of skeletons) {
        expect(card.loading).to.equal(true);
        expect(part(card, 'card').getAttribute('aria-busy')).to.equal('true');
      }
      expect(part(el, 'list').getAttribute('aria-hidden'), 'the skeleton is not read out').to.equal('true');
      expect(shadow(el).querySelector('[part~="message"]') === null, 'no message while loading').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says "Chưa có tin bài." for an empty feed', async () => {
      stubFetch(answer(rss(''), rssType));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await settled(el);

      expect(messageText(el)).to.equal('Chưa có tin bài.');
      expect(cards(el)).to.have.length(0);
      expect(shadow(el).querySelector('[part~="retry-button"]') === null, 'no retry button').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says "No articles yet." for an empty feed in English', async () => {
      stubFetch(answer(rss(''), rssType));
      const el = await fixture<ArticleList>(html`
        <pw-article-list lang="en" src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>
      `);
      await settled(el);

      expect(messageText(el)).to.equal('No articles yet.');
    });

    it('shows an error and a "Thử lại" button when the feed URL answers with an HTML page (captive portal)', async () => {
      const calls = stubFetch(answer(captivePortal, 'text/html; charset=utf-8'));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await settled(el);

      expect(calls, 'an HTML page is not retried').to.have.length(1);
      expect(cards(el)).to.have.length(0);
      expect(messageText(el)).to.include('Không tải được tin bài.');
      expect(retryButton(el).textContent?.trim()).to.equal('Thử lại');
      expect(statusText(el)).to.equal('Không tải được tin bài.');
      expect(await spokenTimes('Không tải được tin bài.'), 'a screen reader reads it once').to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('loads the feed again and shows the cards when "Thử lại" is pressed', async () => {
      let body = captivePortal;
      let type = 'text/html';
      const calls = stubFetch(() => Promise.resolve(new Response(body, { headers: { 'content-type': type } })));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await settled(el);
      expect(cards(el)).to.have.length(0);

      body = smallFeed;
      type = rssType;
      retryButton(el).click();
      await waitUntil(() => cards(el).length === 2, 'the cards appear after the retry', { timeout: 10_000 });
      const found = await renderedCards(el);

      expect(calls).to.have.length(2);
      expect(found.map(cardHeadline)).to.deep.equal(['Bài một', 'Bài hai']);
      expect(shadow(el).querySelector('[part~="retry-button"]') === null, 'no retry button').to.equal(true);
      expect(statusText(el)).to.equal('Đã tải 2 tin bài.');
    });

    it('keeps the loaded cards and says they may be out of date when a reload fails', async () => {
      let body = smallFeed;
      let type = rssType;
      stubFetch(() => Promise.resolve(new Response(body, { headers: { 'content-type': type } })));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await waitUntil(() => cards(el).length === 2, 'the first load shows the cards', { timeout: 10_000 });

      body = captivePortal;
      type = 'text/html';
      await el.reload();
      await settled(el);

      expect(cards(el), 'the earlier cards stay').to.have.length(2);
      expect(messageText(el)).to.include('Không cập nhật được tin mới');
      expect(retryButton(el).textContent?.trim()).to.equal('Thử lại');
      expect(statusText(el)).to.include('đang hiển thị tin đã tải trước đó');
      expect(await spokenTimes('Không cập nhật được tin mới'), 'a screen reader reads it once').to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('retries a network failure with backoff, then shows the error', async () => {
      // Core's policy: 2 retries, after 1 s and then 2 s. The clock is fake, so no test waits for them.
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const calls = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
        const el = await fixture<ArticleList>(
          html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
        );
        await clock.tickAsync(0);
        expect(calls).to.have.length(1);
        expect(section(el).getAttribute('aria-busy'), 'still loading while it retries').to.equal('true');

        await clock.tickAsync(999);
        expect(calls, 'no retry before 1 s').to.have.length(1);
        await clock.tickAsync(1);
        expect(calls, 'the first retry after 1 s').to.have.length(2);
        await clock.tickAsync(1_999);
        expect(calls, 'the second retry waits 2 s').to.have.length(2);
        await clock.tickAsync(1);
        expect(calls).to.have.length(3);
        await clock.tickAsync(60_000);
        await el.updateComplete;

        expect(calls, 'no third retry').to.have.length(3);
        expect(new Set(calls.map((call) => call.url)).size).to.equal(1);
        expect(section(el).getAttribute('aria-busy')).to.equal('false');
        expect(messageText(el)).to.include('Không tải được tin bài.');
        expect(retryButton(el).type).to.equal('button');
      } finally {
        clock.restore();
      }
    });

    it('does not retry a 404: one request, then the error', async () => {
      const calls = stubFetch(answer('Not Found', 'text/plain', 404));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/khong-co.rss"></pw-article-list>`,
      );
      await settled(el);

      expect(calls).to.have.length(1);
      expect(messageText(el)).to.include('Không tải được tin bài.');
      expect(retryButton(el).textContent?.trim()).to.equal('Thử lại');
    });

    it('shows the error for a body that is not a feed', async () => {
      stubFetch(answer('{"data": [1, 2, 3]}', 'application/json'));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/api/tin"></pw-article-list>`,
      );
      await settled(el);

      expect(messageText(el)).to.include('Không tải được tin bài.');
    });

    it('aborts the request when the element is removed while loading, and starts again when put back', async () => {
      const calls = stubFetch(neverAnswers);
      const container = await fixture<HTMLDivElement>(html`
        <div><pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list></div>
      `);
      const el = container.querySelector('pw-article-list') as ArticleList;
      await waitUntil(() => calls.length === 1, 'the request is sent', { timeout: 5_000 });
      const signal = calls[0]?.signal;
      expect(signal instanceof AbortSignal, 'fetch received a signal').to.equal(true);
      expect(signal?.aborted).to.equal(false);

      el.remove();

      expect(signal?.aborted, 'the request is aborted').to.equal(true);
      container.append(el);
      await waitUntil(() => calls.length === 2, 'the request starts again', { timeout: 5_000 });
      expect(calls[1]?.signal?.aborted).to.equal(false);
    });

    it('never lets a late answer for an old src overwrite the new feed', async () => {
      let answerOld: (response: Response) => void = () => undefined;
      const calls = stubFetch((call) =>
        call.url.endsWith('/cu.rss')
          ? new Promise<Response>((resolve) => (answerOld = resolve))
          : answer(smallFeed, rssType)(),
      );
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/cu.rss"></pw-article-list>`,
      );
      await waitUntil(() => calls.length === 1, 'the first request is sent', { timeout: 5_000 });

      el.src = 'https://tinh.gov.vn/rss/moi.rss';
      await settled(el);
      answerOld(new Response(rss('<item><title>Tin cũ</title></item>'), { headers: { 'content-type': rssType } }));
      await aTimeout(50); // room for a wrong update to land; the abort above is the guarantee
      await el.updateComplete;

      expect(calls[0]?.signal?.aborted, 'the old request is aborted').to.equal(true);
      expect((await renderedCards(el)).map(cardHeadline)).to.deep.equal(['Bài một', 'Bài hai']);
    });

    it('aborts the request when src is removed', async () => {
      const calls = stubFetch(neverAnswers);
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await waitUntil(() => calls.length === 1, 'the request is sent', { timeout: 5_000 });

      el.removeAttribute('src');
      await el.updateComplete;

      expect(calls[0]?.signal?.aborted).to.equal(true);
      expect(section(el).getAttribute('aria-busy')).to.equal('false');
    });

    it('never fetches an unsafe src, and warns naming <pw-article-list> and src', async () => {
      const warnings = captureConsole('warn');
      const calls = stubFetch(answer(smallFeed, rssType));
      const el = await fixture<ArticleList>(html`<pw-article-list src="javascript:alert(1)"></pw-article-list>`);
      await el.updateComplete;

      expect(calls).to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<pw-article-list>');
      expect(warnings[0]).to.include('src');
    });

    it('does not submit a host <form> when "Thử lại" is pressed', async () => {
      let submits = 0;
      const onSubmit = (event: Event): void => {
        submits += 1;
        event.preventDefault();
      };
      stubFetch(answer(captivePortal, 'text/html'));
      const form = await fixture<HTMLFormElement>(html`
        <form @submit=${onSubmit}><pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list></form>
      `);
      const el = form.querySelector('pw-article-list') as ArticleList;
      await settled(el);

      retryButton(el).click();
      await settled(el);

      expect(submits).to.equal(0);
    });
  });

  describe('columns', () => {
    /** The list at a width, with --pw-article-list-columns set on its container as a page would. */
    async function listAt(width: number, columns: number): Promise<ArticleList> {
      const container = await fixture<HTMLDivElement>(
        html`<div><pw-article-list .items=${items()}></pw-article-list></div>`,
      );
      container.style.width = `${width}px`;
      container.style.setProperty('--pw-article-list-columns', String(columns));
      const el = container.querySelector('pw-article-list') as ArticleList;
      await renderedCards(el);
      await nextFrame();
      return el;
    }

    /** The columns the cards sit in: their distinct left edges. */
    const columnsOf = (el: ArticleList): number =>
      new Set(Array.from(shadow(el).querySelectorAll('li'), (item) => Math.round(item.getBoundingClientRect().left)))
        .size;

    it('takes --pw-article-list-columns as the most columns, and one column at 320 px (WCAG 1.4.10)', async () => {
      for (const [width, columns, expected] of [
        [320, 3, 1],
        [600, 3, 2],
        [1000, 3, 3],
        [999, 3, 3],
        [1400, 3, 3],
        [1000, 2, 2],
        [1000, 1, 1],
      ] as const) {
        const el = await listAt(width, columns);
        expect(columnsOf(el), `${width} px, at most ${columns}`).to.equal(expected);
        const list = part(el, 'list').getBoundingClientRect();
        for (const item of shadow(el).querySelectorAll('li')) {
          const box = item.getBoundingClientRect();
          expect(box.width, `${width} px: no column is narrower than 16rem or the list`).to.be.at.least(
            Math.min(256, list.width) - 0.5,
          );
          expect(box.right, `${width} px: no card sticks out`).to.be.at.most(list.right + 0.5);
        }
      }
    });

    it('never makes a column wider than the list, however large the minimum', async () => {
      const el = await listAt(200, 3);
      el.style.setProperty('--pw-article-list-min-column-width', '40rem');
      await nextFrame();

      expect(columnsOf(el)).to.equal(1);
      const list = part(el, 'list').getBoundingClientRect();
      const card = shadow(el).querySelector('li')?.getBoundingClientRect();
      expect(card?.width).to.be.closeTo(list.width, 0.5);
      expect(part(el, 'list').scrollWidth).to.be.at.most(part(el, 'list').clientWidth);
    });

    it('lets a page lower the minimum column width', async () => {
      const el = await listAt(600, 3);
      el.style.setProperty('--pw-article-list-min-column-width', '10rem');
      await nextFrame();

      expect(columnsOf(el)).to.equal(3);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations when loaded', async () => {
      captureConsole('warn');
      stubFetch(answer(fixtures.rss, rssType));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await settled(el);
      await renderedCards(el);

      await expect(el).to.be.accessible();
    });

    it('names the list "Tin bài", makes no landmark, and announces results in a status region', async () => {
      stubFetch(answer(smallFeed, rssType));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await settled(el);

      expect(part(el, 'list').getAttribute('role')).to.equal('list');
      expect(listNames(el)).to.deep.equal(['Tin bài']);
      expect(await landmarks(), 'no landmark').to.deep.equal([]);
      expect(statusText(el)).to.equal('Đã tải 2 tin bài.');
    });

    it('names the list "Articles" in English', async () => {
      const el = await fixture<ArticleList>(html`<pw-article-list lang="en" .items=${items()}></pw-article-list>`);
      await renderedCards(el);

      expect(listNames(el)).to.deep.equal(['Articles']);
    });

    it('takes its name from label, and follows a change of it', async () => {
      const el = await fixture<ArticleList>(
        html`<pw-article-list label="Tin liên quan" .items=${items()}></pw-article-list>`,
      );
      await renderedCards(el);
      expect(listNames(el)).to.deep.equal(['Tin liên quan']);

      el.label = '  ';
      await el.updateComplete;
      expect(listNames(el), 'a blank label keeps the default').to.deep.equal(['Tin bài']);
    });

    it('passes axe with two lists on one page, with or without their own labels', async () => {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <pw-article-list .items=${items()}></pw-article-list>
          <pw-article-list .items=${items()}></pw-article-list>
          <pw-article-list label="Tin mới" .items=${items()}></pw-article-list>
          <pw-article-list label="Thông báo" .items=${items()}></pw-article-list>
        </div>
      `);
      const lists = Array.from(page.querySelectorAll<ArticleList>('pw-article-list'));
      await Promise.all(lists.map(renderedCards));

      expect(listNames(...lists)).to.deep.equal(['Tin bài', 'Tin bài', 'Tin mới', 'Thông báo']);
      expect(await landmarks(), 'no landmark to tell apart').to.deep.equal([]);
      await expect(page).to.be.accessible();
    });

    it('makes the retry button a button type="button" named "Thử lại"', async () => {
      stubFetch(answer(captivePortal, 'text/html'));
      const el = await fixture<ArticleList>(
        html`<pw-article-list src="https://tinh.gov.vn/rss/tin-tuc.rss"></pw-article-list>`,
      );
      await settled(el);

      const button = retryButton(el);
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      const buttons = findAxNodes(tree, (node) => node.role === 'button').map((node) => node.name);
      expect(buttons).to.deep.equal(['Thử lại']);
      const size = button.getBoundingClientRect();
      expect(size.width).to.be.at.least(24);
      expect(size.height).to.be.at.least(24);
    });
  });
});
