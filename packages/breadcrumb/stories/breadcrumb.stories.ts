import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@portal-widgets/breadcrumb';
import type { TrailItem } from '@portal-widgets/breadcrumb';

interface BreadcrumbArgs {
  label?: string;
  'show-label': boolean;
  'max-items'?: number;
  'structured-data': boolean;
  expanded: boolean;
  lang?: string;
}

/** The trail of the reference page: a provincial news article. */
const articleTrail: TrailItem[] = [
  { label: 'Trang chủ', href: '/' },
  { label: 'Tin tức - Sự kiện', href: '/tin-tuc' },
  { label: 'An ninh - Quốc phòng', href: '/tin-tuc/an-ninh-quoc-phong' },
  { label: 'Hội nghị tổng kết 10 năm phong trào "Toàn dân bảo vệ an ninh Tổ quốc"' },
];

const deepTrail: TrailItem[] = [
  { label: 'Trang chủ', href: '/' },
  { label: 'Giới thiệu', href: '/gioi-thieu' },
  { label: 'Cơ cấu tổ chức', href: '/gioi-thieu/co-cau-to-chuc' },
  { label: 'Sở, ban, ngành', href: '/gioi-thieu/co-cau-to-chuc/so-ban-nganh' },
  { label: 'Sở Thông tin và Truyền thông', href: '/so-thong-tin-va-truyen-thong' },
  { label: 'Văn bản chỉ đạo, điều hành', href: '/so-thong-tin-va-truyen-thong/van-ban' },
  { label: 'Kế hoạch chuyển đổi số năm 2026' },
];

const englishTrail: TrailItem[] = [
  { label: 'Home', href: '/en' },
  { label: 'News', href: '/en/news' },
  { label: 'Security and Defence', href: '/en/news/security' },
  { label: 'Conference reviews ten years of the "All people protect national security" movement' },
];

function lightDom(items: readonly TrailItem[]) {
  return items.map((item) =>
    item.href ? html`<a href=${item.href}>${item.label}</a>` : html`<span>${item.label}</span>`,
  );
}

const meta: Meta<BreadcrumbArgs> = {
  title: 'Widgets/Breadcrumb',
  component: 'pw-breadcrumb',
  args: { 'show-label': false, 'structured-data': false, expanded: false },
  argTypes: {
    lang: { control: 'inline-radio', options: [undefined, 'vi', 'en'] },
  },
  render: (args) =>
    html`<pw-breadcrumb
      label=${args.label ?? nothing}
      ?show-label=${args['show-label']}
      max-items=${args['max-items'] ?? nothing}
      ?structured-data=${args['structured-data']}
      ?expanded=${args.expanded}
      lang=${args.lang ?? nothing}
      >${lightDom(articleTrail)}</pw-breadcrumb
    >`,
  parameters: {
    docs: {
      description: {
        component:
          'The "Bạn đang ở đây" trail. Write the trail as links in the element (it reads without JavaScript) or pass `items`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<BreadcrumbArgs>;

/** The trail written as links inside the element, as an agency's CMS template would. */
export const Short: Story = {};

/** With the visible "Bạn đang ở đây:" prefix, as on the reference portal page. */
export const WithVisibleLabel: Story = { args: { 'show-label': true } };

/** A deep trail with `max-items="4"`: the middle collapses behind "…", which reveals it and moves focus. */
export const LongCollapsed: Story = {
  args: { 'max-items': 4, 'show-label': true },
  render: (args) =>
    html`<pw-breadcrumb ?show-label=${args['show-label']} max-items=${args['max-items'] ?? nothing}
      >${lightDom(deepTrail)}</pw-breadcrumb
    >`,
};

/** The same deep trail after the reader activated "…" (or with the `expanded` attribute): it wraps. */
export const Expanded: Story = {
  args: { expanded: true, 'show-label': true },
  render: (args) =>
    html`<pw-breadcrumb ?show-label=${args['show-label']} max-items="4" ?expanded=${args.expanded}
      >${lightDom(deepTrail)}</pw-breadcrumb
    >`,
};

/** English page: the accessible name becomes "You are here" from the page language. */
export const English: Story = {
  args: { lang: 'en', 'show-label': true },
  render: (args) =>
    html`<pw-breadcrumb lang=${args.lang ?? nothing} ?show-label=${args['show-label']}
      >${lightDom(englishTrail)}</pw-breadcrumb
    >`,
};

/** From the `items` property (JSON attribute for HTML users) instead of light-DOM links. */
export const FromItems: Story = {
  render: () => html`<pw-breadcrumb .items=${articleTrail}></pw-breadcrumb>`,
};

/** Branded by a handful of `--pw-*` tokens set by the host page, and parts styled from outside. */
export const Themed: Story = {
  args: { 'show-label': true },
  render: (args) => html`
    <style>
      .brand-demo {
        --pw-color-link: #8a1015;
        --pw-color-link-hover: #5c0a0e;
        --pw-color-text: #222;
        --pw-color-text-muted: #5b4a2e;
        --pw-font-size-small: 0.95rem;
        --pw-breadcrumb-separator-color: #b8860b;
        padding: 0.5rem 1rem;
        background: #fdf6e3;
        border-block-end: 3px solid #8a1015;
      }
      .brand-demo pw-breadcrumb::part(current) {
        color: #8a1015;
      }
    </style>
    <div class="brand-demo">
      <pw-breadcrumb ?show-label=${args['show-label']}>${lightDom(articleTrail)}</pw-breadcrumb>
    </div>
  `,
};

/** In a 320 px column (a phone): the trail collapses by itself instead of wrapping. */
export const NarrowViewport: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: () =>
    html`<div style="max-width: 320px; border: 1px dashed #c9d0d8; padding: 4px">
      <pw-breadcrumb>${lightDom(deepTrail)}</pw-breadcrumb>
    </div>`,
};

/** Long labels are cut with an ellipsis; the full text stays the accessible name and the tooltip. */
export const LongLabels: Story = {
  render: () =>
    html`<pw-breadcrumb
      .items=${[
        { label: 'Trang chủ', href: '/' },
        {
          label: 'Thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện và cấp xã',
          href: '/thu-tuc',
        },
        { label: 'Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu' },
      ]}
    ></pw-breadcrumb>`,
};

/** `structured-data` adds a schema.org BreadcrumbList (JSON-LD) to the light DOM, shown below. */
export const StructuredData: Story = {
  args: { 'structured-data': true },
  render: (args) =>
    html`<pw-breadcrumb id="with-json-ld" ?structured-data=${args['structured-data']}
        >${lightDom(articleTrail)}</pw-breadcrumb
      >
      <style>
        /* Wraps at 320 px instead of scrolling sideways. Monospace fonts that draw Vietnamese come first;
           DejaVu Sans Mono is left out because it sets the two marks of "ố", "ổ"… side by side; and
           DejaVu Sans draws what Liberation Mono lacks. */
        #json-ld-output {
          white-space: pre-wrap;
          overflow-wrap: anywhere;
          font-family:
            ui-monospace, 'Cascadia Mono', 'SF Mono', Menlo, Consolas, 'Noto Sans Mono', 'Liberation Mono',
            'DejaVu Sans', monospace;
        }
      </style>
      <p>JSON-LD written by the element:</p>
      <pre id="json-ld-output" tabindex="0" aria-label="JSON-LD"></pre>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('pw-breadcrumb');
    await element?.updateComplete;
    const output = canvasElement.querySelector('#json-ld-output');
    const script = element?.querySelector('script[type="application/ld+json"]');
    if (output && script?.textContent) output.textContent = JSON.stringify(JSON.parse(script.textContent), null, 2);
  },
};

/**
 * Bad input does not break the page: invalid JSON in `items` falls back to the light-DOM trail and
 * a `javascript:` link is shown as plain text; both are named in the console.
 */
export const BadInput: Story = {
  tags: ['logs-errors'],
  render: () =>
    html`<pw-breadcrumb items="[{label: 'not JSON'">
      <a href="/">Trang chủ</a>
      <a href="javascript:alert('xss')">Liên kết không an toàn</a>
      <span>Trang hiện tại</span>
    </pw-breadcrumb>`,
};

/** Strings overridden per instance: a site that says "Vị trí" instead of "Bạn đang ở đây". */
export const CustomStrings: Story = {
  render: () => html`<pw-breadcrumb show-label strings='{"label": "Vị trí"}'>${lightDom(articleTrail)}</pw-breadcrumb>`,
};
