import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@portal-widgets/article-card';
import { layouts, type Article, type Layout } from '@portal-widgets/article-card';

interface ListArgs {
  src?: string;
  limit: number;
  layout: Layout;
  lang?: string;
}

const related: Article[] = [
  {
    headline: 'Công bố Quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến năm 2050',
    href: '/tin-tuc/cong-bo-quy-hoach.html',
    published: '2026-11-22T09:00:00+07:00',
    category: 'Kinh tế',
  },
  {
    headline: 'Tập huấn kỹ năng phòng, chống lừa đảo trên không gian mạng cho cán bộ cơ sở',
    href: '/tin-tuc/tap-huan-phong-chong-lua-dao.html',
    published: '2026-11-21T14:00:00+07:00',
    category: 'An ninh - Quốc phòng',
  },
  {
    headline: 'Trao 500 suất học bổng cho học sinh vượt khó học tốt',
    href: '/tin-tuc/trao-hoc-bong.html',
    published: '2026-11-19T08:00:00+07:00',
    category: 'Giáo dục',
  },
];

const meta: Meta<ListArgs> = {
  title: 'Widgets/Article list',
  component: 'pw-article-list',
  args: { src: 'feeds/tin-moi.rss.xml', limit: 10, layout: 'vertical' },
  argTypes: { layout: { control: 'inline-radio', options: layouts } },
  render: (args) =>
    html`<div style="max-width: 60rem; --pw-article-list-columns: 3">
      <pw-article-list
        src=${args.src ?? nothing}
        limit=${args.limit}
        layout=${args.layout}
        lang=${args.lang ?? nothing}
      ></pw-article-list>
    </div>`,
};
export default meta;

type Story = StoryObj<ListArgs>;

/** "Tin mới" from an RSS 2.0 feed (CDATA, entities, relative links, a script that is dropped). */
export const FromRss: Story = {};

/** An Atom feed, as a compact list of notices. */
export const FromAtom: Story = {
  args: { src: 'feeds/thong-bao.atom.xml', layout: 'compact' },
  render: (args) =>
    html`<div style="max-width: 40rem">
      <pw-article-list src=${args.src ?? nothing} layout=${args.layout}></pw-article-list>
    </div>`,
};

/** A JSON Feed, horizontal cards. */
export const FromJsonFeed: Story = {
  args: { src: 'feeds/van-ban.feed.json', layout: 'horizontal' },
  render: (args) =>
    html`<div style="max-width: 48rem">
      <pw-article-list src=${args.src ?? nothing} layout=${args.layout}></pw-article-list>
    </div>`,
};

/** "Tin liên quan" given as data through the `items` property, named by `label`. */
export const FromItems: Story = {
  render: () =>
    html`<div style="max-width: 40rem">
      <pw-article-list .items=${related} label="Tin liên quan" layout="compact" heading-level="4"></pw-article-list>
    </div>`,
};

/** While the feed loads (this story's fetch never answers). */
export const Loading: Story = {
  args: { src: 'feeds/dang-tai.xml' },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    return () => {
      window.fetch = original;
    };
  },
};

/** The feed has no items. */
export const Empty: Story = { args: { src: 'feeds/empty.xml' } };

/** The server answered with a web page instead of a feed (a captive portal): error with retry. */
export const LoadError: Story = { args: { src: 'feeds/not-a-feed.html' } };

/** English page: the provincial portal's English news feed, showing its two latest items. */
export const English: Story = { args: { src: 'feeds/news.en.rss.xml', lang: 'en', limit: 2 } };

/**
 * On a phone (a 320 px column): one column although the page asks for 3 (the most, not a fixed
 * number), and horizontal cards stack, because they follow their own width.
 */
export const Phone: Story = {
  args: { layout: 'horizontal', limit: 2 },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: (args) =>
    html`<div style="max-width: 320px; --pw-article-list-columns: 3">
      <pw-article-list src=${args.src ?? nothing} limit=${args.limit} layout=${args.layout}></pw-article-list>
    </div>`,
};
