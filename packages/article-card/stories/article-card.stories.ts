import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@portal-widgets/article-card';
import { layouts, type Layout } from '@portal-widgets/article-card';

interface CardArgs {
  headline?: string;
  href?: string;
  summary?: string;
  image?: string;
  'image-alt'?: string;
  published?: string;
  updated?: string;
  author?: string;
  category?: string;
  'category-href'?: string;
  layout: Layout;
  'heading-level': number;
  loading: boolean;
  lang?: string;
}

const reference: CardArgs = {
  headline: 'Hội nghị tổng kết 10 năm phong trào "Toàn dân bảo vệ an ninh Tổ quốc"',
  href: '/tin-tuc/hoi-nghi-tong-ket-10-nam.html',
  summary:
    'Sáng 27/11, UBND tỉnh tổ chức hội nghị tổng kết 10 năm thực hiện phong trào "Toàn dân bảo vệ an ninh Tổ quốc" giai đoạn 2016–2026, biểu dương 120 tập thể và cá nhân có thành tích xuất sắc.',
  image: 'feeds/images/hoi-nghi.jpg',
  'image-alt': 'Quang cảnh hội nghị tổng kết tại Hội trường UBND tỉnh',
  published: '2026-11-27T08:30:00+07:00',
  updated: '2026-11-27T16:05:00+07:00',
  author: 'Minh Anh',
  category: 'An ninh - Quốc phòng',
  'category-href': '/tin-tuc/an-ninh-quoc-phong',
  layout: 'vertical',
  'heading-level': 3,
  loading: false,
};

const card = (args: CardArgs) =>
  html`<pw-article-card
    headline=${args.headline ?? nothing}
    href=${args.href ?? nothing}
    summary=${args.summary ?? nothing}
    image=${args.image ?? nothing}
    image-alt=${args['image-alt'] ?? nothing}
    published=${args.published ?? nothing}
    updated=${args.updated ?? nothing}
    author=${args.author ?? nothing}
    category=${args.category ?? nothing}
    category-href=${args['category-href'] ?? nothing}
    layout=${args.layout}
    heading-level=${args['heading-level']}
    ?loading=${args.loading}
    lang=${args.lang ?? nothing}
  ></pw-article-card>`;

const meta: Meta<CardArgs> = {
  title: 'Widgets/Article card',
  component: 'pw-article-card',
  args: reference,
  argTypes: {
    layout: { control: 'inline-radio', options: layouts },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => html`<div class="story-column">${card(args)}</div>`,
  decorators: [
    (story) =>
      html`<style>
          .story-column {
            max-width: 22rem;
          }
          .story-wide {
            max-width: 48rem;
          }
        </style>
        ${story()}`,
  ],
};
export default meta;

type Story = StoryObj<CardArgs>;

/** The default card in a sidebar-width column. */
export const Vertical: Story = {};

/** Image beside the text once the card's own column is wide enough (container query). */
export const Horizontal: Story = {
  args: { layout: 'horizontal' },
  render: (args) => html`<div class="story-wide">${card(args)}</div>`,
};

/** Text only, for "related news" lists. */
export const Compact: Story = {
  args: { layout: 'compact' },
  render: (args) => html`<div class="story-wide">${card(args)}</div>`,
};

/** The lead story of a home page. */
export const Featured: Story = {
  args: { layout: 'featured', 'heading-level': 2 },
  render: (args) => html`<div class="story-wide">${card(args)}</div>`,
};

/** Skeleton while the host page loads the data. */
export const Loading: Story = { args: { loading: true } };

/** No image: a neutral placeholder keeps the grid even. */
export const NoImage: Story = { args: { image: undefined, 'image-alt': undefined } };

/** The image fails to load: the same placeholder, never the broken-image icon. */
export const BrokenImage: Story = {
  tags: ['logs-errors'],
  args: { image: 'feeds/images/khong-ton-tai.jpg' },
};

/** A very long Vietnamese headline and an unbroken word wrap inside the card. */
export const LongHeadline: Story = {
  args: {
    headline:
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ phát triển kinh tế tập thể, hợp tác xã trên địa bàn tỉnh giai đoạn 2026–2030 Siêudàikhôngcókhoảngtrắngđểkiểmtraviệcngắtdòng',
  },
};

/** Only a headline and a link: nothing else is required. */
export const MissingFields: Story = {
  args: {
    summary: undefined,
    image: undefined,
    'image-alt': undefined,
    published: 'không phải ngày',
    updated: undefined,
    author: undefined,
    category: undefined,
    'category-href': undefined,
  },
};

/** English page: dates in the English format, still in Vietnam's time zone. */
export const English: Story = {
  args: {
    lang: 'en',
    headline: 'Conference reviews ten years of the "All people protect national security" movement',
    summary: 'On 27 November the Provincial People’s Committee honoured 120 groups and individuals.',
    category: 'Security and Defence',
    'image-alt': 'The conference hall',
  },
};

/** Branded by the host page with a few tokens. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .brand-demo {
          --pw-color-primary: #006b3f;
          --pw-color-link: #006b3f;
          --pw-article-card-radius: 0;
          --pw-article-card-border-color: #006b3f;
          --pw-font-family: Georgia, 'Times New Roman', serif;
        }
      </style>
      <div class="story-column brand-demo">${card(args)}</div>`,
};

/** Three cards in a grid, as on a category page. */
export const Grid: Story = {
  render: (args) =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; max-width: 60rem"
    >
      ${card(args)}
      ${card({
        ...args,
        headline: 'Tỉnh đẩy mạnh chuyển đổi số trong cải cách hành chính',
        summary:
          'Năm 2026, hơn 95% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến; tỉnh tiếp tục số hóa kết quả giải quyết và mở rộng thanh toán không dùng tiền mặt.',
        image: 'feeds/images/chuyen-doi-so.jpg',
        'image-alt': '',
        category: 'Chuyển đổi số',
        published: '2026-11-25T15:00:00+07:00',
        updated: undefined,
      })}
      ${card({
        ...args,
        headline: 'Khai mạc Lễ hội Văn hóa – Du lịch biển năm 2026',
        summary:
          'Tối 20/11, Lễ hội Văn hóa – Du lịch biển năm 2026 chính thức khai mạc, diễn ra đến ngày 23/11 với nhiều hoạt động văn hóa, thể thao và ẩm thực đặc sắc.',
        image: 'feeds/images/le-hoi.jpg',
        'image-alt': '',
        category: 'Văn hóa - Xã hội',
        published: '2026-11-20T19:30:00+07:00',
        updated: undefined,
      })}
    </div>`,
};
