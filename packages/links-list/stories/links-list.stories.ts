import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import '@portal-widgets/links-list';
import { variants, type NavigateDetail, type Variant } from '@portal-widgets/links-list';
import { englishMinistries, ministries, provincialPortals } from './data.js';

interface LinksArgs {
  variant: Variant;
  label?: string;
  'hide-label': boolean;
  filter: boolean;
  target?: string;
  'logo-only': boolean;
}

/**
 * Storybook shows where Go would lead instead of leaving the page: the story cancels `pw-navigate`,
 * as a single-page app would to route the link itself.
 */
function showNavigation(event: CustomEvent<NavigateDetail>): void {
  event.preventDefault();
  const output = (event.currentTarget as HTMLElement).querySelector('output');
  if (output) output.textContent = `pw-navigate → ${event.detail.label} (${event.detail.href})`;
}

const frame = (content: TemplateResult, width = '22rem') =>
  html`<div style="max-width: ${width}" @pw-navigate=${showNavigation}>
    ${content}
    <output style="display: block; margin-top: 1rem; font-size: 0.85rem; color: #4b5563"></output>
  </div>`;

const meta: Meta<LinksArgs> = {
  title: 'Widgets/Links list',
  component: 'pw-links-list',
  args: { variant: 'list', 'hide-label': false, filter: false, 'logo-only': false },
  argTypes: { variant: { control: 'inline-radio', options: variants } },
  render: (args) =>
    frame(
      html`<pw-links-list
        variant=${args.variant}
        label=${args.label ?? nothing}
        ?hide-label=${args['hide-label']}
        ?filter=${args.filter}
        ?logo-only=${args['logo-only']}
        target=${args.target ?? nothing}
        .items=${ministries}
      ></pw-links-list>`,
    ),
};
export default meta;

type Story = StoryObj<LinksArgs>;

/** Ministries and central portals as a grouped list of links. */
export const List: Story = {};

/** The same links as a grid of logos with the agencies' names. */
export const Grid: Story = {
  args: { variant: 'grid' },
  render: (args) =>
    frame(
      html`<pw-links-list variant="grid" ?logo-only=${args['logo-only']} .items=${ministries}></pw-links-list>`,
      '44rem',
    ),
};

/** Logos only: each agency's name is its logo's text alternative. */
export const GridLogosOnly: Story = {
  args: { variant: 'grid', 'logo-only': true },
  render: () => frame(html`<pw-links-list variant="grid" logo-only .items=${ministries}></pw-links-list>`, '36rem'),
};

/** The classic footer dropdown, fixed: choosing does nothing until "Đi" (WCAG 3.2.2). */
export const Select: Story = {
  args: { variant: 'select' },
  render: () => frame(html`<pw-links-list variant="select" .items=${ministries}></pw-links-list>`),
};

/** The 63 provincial portals in a dropdown with a search box: "da nang" finds "Đà Nẵng". */
export const ProvincesSelectWithFilter: Story = {
  args: { variant: 'select', filter: true },
  render: () =>
    frame(
      html`<pw-links-list
        variant="select"
        filter
        label="Cổng thông tin điện tử các tỉnh, thành phố"
        target="_blank"
        .items=${provincialPortals}
      ></pw-links-list>`,
    ),
};

/** The 63 provincial portals as a long list in three columns with a search box, grouped. */
export const ProvincesListWithFilter: Story = {
  args: { filter: true },
  render: () =>
    frame(
      html`<pw-links-list
        filter
        label="Cổng thông tin các tỉnh, thành phố"
        .items=${provincialPortals}
      ></pw-links-list>`,
      '28rem',
    ),
};

/**
 * Links written in the page's HTML, grouped by the headings before them: readable before the
 * script runs, and for crawlers.
 */
export const FromHtml: Story = {
  render: () =>
    frame(
      html`<pw-links-list>
        <a href="https://chinhphu.vn/">Cổng Thông tin điện tử Chính phủ</a>
        <h3>Bộ, ngành</h3>
        <ul>
          <li><a href="https://bocongan.gov.vn/">Bộ Công an</a></li>
          <li><a href="https://moh.gov.vn/" title="Thông tin y tế, phòng chống dịch bệnh">Bộ Y tế</a></li>
        </ul>
        <h3>Địa phương lân cận</h3>
        <ul>
          <li><a href="https://hanoi.gov.vn/" target="_blank">Thành phố Hà Nội</a></li>
          <li><a href="https://hanam.gov.vn/" target="_blank">Tỉnh Hà Nam</a></li>
        </ul>
      </pw-links-list>`,
    ),
};

/** Every link opens in a new tab, and says so to screen readers. */
export const NewTab: Story = {
  args: { target: '_blank' },
};

/** An English page: the built-in strings follow `<html lang>` or the closest `lang`. */
export const English: Story = {
  render: () =>
    html`<div lang="en" style="display: grid; gap: 2rem; max-width: 22rem" @pw-navigate=${showNavigation}>
      <pw-links-list
        variant="select"
        filter
        label="Go to a government website"
        .items=${englishMinistries}
      ></pw-links-list>
      <pw-links-list target="_blank" label="Government websites" .items=${englishMinistries}></pw-links-list>
      <output style="font-size: 0.85rem; color: #4b5563"></output>
    </div>`,
};

/** Branded by a host page with a handful of `--pw-*` tokens. */
export const Themed: Story = {
  render: () =>
    html`<div
      style="max-width: 22rem; padding: 1rem; background: #fffaf0;
        --pw-font-family: Georgia, serif; --pw-color-primary: #0b5d3b; --pw-color-link: #0b5d3b;
        --pw-color-link-hover: #073d27; --pw-color-focus: #0b5d3b; --pw-color-border: #b7c9bd; --pw-radius: 0"
      @pw-navigate=${showNavigation}
    >
      <pw-links-list variant="select" filter .items=${provincialPortals}></pw-links-list>
      <output style="display: block; margin-top: 1rem; font-size: 0.85rem"></output>
    </div>`,
};

/** Links loaded from a JSON file (`src`), answered here by a mock server. */
export const FromSrc: Story = {
  parameters: {
    msw: {
      handlers: [http.get('/api/lien-ket.json', () => HttpResponse.json({ links: ministries.slice(0, 5) }))],
    },
  },
  render: () => frame(html`<pw-links-list src="/api/lien-ket.json"></pw-links-list>`),
};

/** While the JSON file loads. */
export const Loading: Story = {
  parameters: {
    msw: { handlers: [http.get('/api/lien-ket-cham.json', async () => delay('infinite'))] },
  },
  render: () => frame(html`<pw-links-list variant="select" src="/api/lien-ket-cham.json"></pw-links-list>`),
};

/** The JSON file is missing: an error the reader can retry. */
export const LoadFailed: Story = {
  tags: ['logs-errors'],
  parameters: {
    msw: { handlers: [http.get('/api/lien-ket-mat.json', () => new HttpResponse('Not Found', { status: 404 }))] },
  },
  render: () => frame(html`<pw-links-list variant="select" src="/api/lien-ket-mat.json"></pw-links-list>`),
};

/** The JSON file fails, but the links written in the HTML stay, marked as possibly out of date. */
export const ErrorWithHtmlLinks: Story = {
  tags: ['logs-errors'],
  parameters: {
    msw: { handlers: [http.get('/api/lien-ket-mat.json', () => new HttpResponse('Not Found', { status: 404 }))] },
  },
  render: () =>
    frame(
      html`<pw-links-list src="/api/lien-ket-mat.json">
        <a href="https://chinhphu.vn/">Cổng Thông tin điện tử Chính phủ</a>
        <a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a>
      </pw-links-list>`,
    ),
};

/** 320 px wide: the Go button moves under the dropdown. */
export const Narrow: Story = {
  render: () =>
    frame(html`<pw-links-list variant="select" filter .items=${provincialPortals}></pw-links-list>`, '18rem'),
};
