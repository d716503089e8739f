import { expect, waitUntil } from '@open-wc/testing';
import { act, createElement, createRef, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ArticleCard, ArticleList } from '@portal-widgets/article-card';
import type { Breadcrumb } from '@portal-widgets/breadcrumb';
import type { LinksList, NavigateDetail } from '@portal-widgets/links-list';
import { PwArticleCard, PwArticleList, PwBreadcrumb, PwLinksList } from '../src/index.js';

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
});
