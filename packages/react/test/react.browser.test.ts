import { expect, waitUntil } from '@open-wc/testing';
import { act, createElement, createRef, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ArticleCard, ArticleList } from '@portal-widgets/article-card';
import type { Breadcrumb } from '@portal-widgets/breadcrumb';
import type { CommentBox, CommentSubmittedDetail } from '@portal-widgets/comment-box';
import type { LinksList, NavigateDetail } from '@portal-widgets/links-list';
import type { PlaceForecast, WeatherPanel, WeatherProvider, WeatherRequest } from '@portal-widgets/weather-panel';
import { PwArticleCard, PwArticleList, PwBreadcrumb, PwCommentBox, PwLinksList, PwWeatherPanel } from '../src/index.js';

// React's act() needs this flag to know it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function render(node: ReturnType<typeof createElement>): Promise<void> {
  await act(async () => root.render(node));
}

const shadowText = (element: Element | null | undefined): string =>
  element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('@portal-widgets/react with React 18', () => {
  it('PwBreadcrumb sets the items property (an array, not an attribute string)', async () => {
    const ref: RefObject<Breadcrumb> = createRef();
    const items = [{ label: 'Trang chủ', href: '/' }, { label: 'Tin tức' }];
    await render(createElement(PwBreadcrumb, { ref, items, label: 'Vị trí' }));
    const element = ref.current;
    expect(element?.localName).to.equal('pw-breadcrumb');
    expect(element?.items).to.equal(items);
    await element?.updateComplete;
    expect(shadowText(element)).to.include('Trang chủ');
    expect(element?.shadowRoot?.querySelector('nav')?.getAttribute('aria-label')).to.equal('Vị trí');
  });

  it('PwArticleCard sets properties, the camelCase ones included', async () => {
    const ref: RefObject<ArticleCard> = createRef();
    await render(
      createElement(PwArticleCard, {
        ref,
        headline: 'Hội nghị tổng kết 10 năm phong trào',
        href: '/tin/1',
        updatedAt: '2026-11-27T09:00:00+07:00',
        layout: 'horizontal',
      }),
    );
    const element = ref.current;
    expect(element?.headline).to.equal('Hội nghị tổng kết 10 năm phong trào');
    expect(element?.updatedAt).to.equal('2026-11-27T09:00:00+07:00');
    await element?.updateComplete;
    expect(shadowText(element)).to.include('Hội nghị tổng kết 10 năm phong trào');
  });

  it('PwArticleList renders cards from items', async () => {
    const ref: RefObject<ArticleList> = createRef();
    const items = [
      { headline: 'Tin một', href: '/1' },
      { headline: 'Tin hai', href: '/2' },
    ];
    await render(createElement(PwArticleList, { ref, items }));
    await ref.current?.updateComplete;
    expect(ref.current?.shadowRoot?.querySelectorAll('pw-article-card')).to.have.length(2);
  });

  it('PwLinksList delivers pw-navigate to onPwNavigate, which can cancel it', async () => {
    const ref: RefObject<LinksList> = createRef();
    const received: NavigateDetail[] = [];
    const onPwNavigate = (event: CustomEvent<NavigateDetail>) => {
      received.push(event.detail);
      event.preventDefault();
    };
    const items = [{ label: 'Bộ Y tế', href: '#bo-y-te' }];
    await render(createElement(PwLinksList, { ref, items, variant: 'select', onPwNavigate }));
    const element = ref.current;
    await element?.updateComplete;
    const select = element?.shadowRoot?.querySelector('select');
    if (!select) throw new Error('no dropdown');
    select.value = '0';
    select.dispatchEvent(new Event('change'));
    await element?.updateComplete;
    element?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="go-button"]')?.click();
    await waitUntil(() => received.length === 1, 'the handler receives the event');
    expect(received[0]).to.deep.equal({ href: '#bo-y-te', label: 'Bộ Y tế', newTab: false });
    expect(location.hash).not.to.equal('#bo-y-te');
  });

  it('PwWeatherPanel sets locations as an array and a custom provider', async () => {
    const ref: RefObject<WeatherPanel> = createRef();
    const locations = [
      { name: 'Hoa Lư', latitude: 20.2506, longitude: 105.9745 },
      { name: 'Phủ Lý', latitude: 20.5411, longitude: 105.9139 },
    ];
    // A site's own source instead of Open-Meteo: no request leaves the test.
    const requests: WeatherRequest[] = [];
    const provider: WeatherProvider = {
      id: 'test-source',
      load: async (request) => {
        requests.push(request);
        return request.places.map((): PlaceForecast => ({
          current: { time: Date.now(), temperature: 24, code: 1, isDay: true },
          daily: [],
        }));
      },
    };
    await render(createElement(PwWeatherPanel, { ref, locations, days: 2, refresh: 60, provider }));
    const element = ref.current;
    expect(element?.localName).to.equal('pw-weather-panel');
    expect(element?.locations).to.equal(locations);
    expect(element?.provider).to.equal(provider);
    await waitUntil(() => requests.length === 1, 'the panel asks the provider');
    expect(requests[0]?.places.map((place) => place.name)).to.deep.equal(['Hoa Lư', 'Phủ Lý']);
    await element?.updateComplete;
    const chooser = element?.shadowRoot?.querySelector('select');
    expect(Array.from(chooser?.options ?? []).map((option) => option.textContent?.trim())).to.deep.equal([
      'Hoa Lư',
      'Phủ Lý',
    ]);
  });

  it('PwCommentBox sends a comment and delivers pw-comment-submitted to onPwCommentSubmitted', async () => {
    const originalFetch = window.fetch;
    const posted: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const json = (body: unknown, status = 200) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (init?.method === 'POST') {
        posted.push(String(init.body));
        return json({ id: 'c1', status: 'pending' }, 201);
      }
      return String(input).includes('/threads/bai-1/comments')
        ? json({ items: [], nextCursor: null, total: 0 })
        : json({}, 404);
    };
    try {
      const ref: RefObject<CommentBox> = createRef();
      const received: CommentSubmittedDetail[] = [];
      await render(
        createElement(PwCommentBox, {
          ref,
          endpoint: 'https://ykien.tinh.gov.vn/api',
          thread: 'bai-1',
          onPwCommentSubmitted: (event: CustomEvent<CommentSubmittedDetail>) => received.push(event.detail),
        }),
      );
      const element = ref.current;
      await element?.updateComplete;
      const fields = Array.from(
        element?.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[part~="input"]') ?? [],
      );
      const [name, , content] = fields;
      if (!name || !content) throw new Error('no name or comment field');
      name.value = 'Nguyễn Văn An';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      content.value = 'Ý kiến thử từ React.';
      content.dispatchEvent(new Event('input', { bubbles: true }));
      await element?.send();
      await waitUntil(() => received.length === 1, 'the handler receives the event');
      expect(received[0]).to.deep.equal({ id: 'c1', status: 'pending' });
      expect(JSON.parse(posted[0] ?? '{}')).to.include({ author: 'Nguyễn Văn An', content: 'Ý kiến thử từ React.' });
    } finally {
      window.fetch = originalFetch;
    }
  });
});
