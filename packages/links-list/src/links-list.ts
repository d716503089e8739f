import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  LanguageController,
  ResourceController,
  checkedUrl,
  choice,
  focusStyles,
  formatMessage,
  hostStyles,
  isExternalUrl,
  jsonAttribute,
  numberAttribute,
  resolveMessages,
  visuallyHiddenStyles,
  type Catalogue,
  type StringOverrides,
} from '@portal-widgets/core';
import { linksListStyles } from './links-list.styles.js';
import {
  groupLinks,
  normalizeLinks,
  readLightDomLinks,
  tagName,
  variants,
  type LinkItem,
  type Variant,
} from './links.js';
import { linksListMessages, type LinksListMessageKey } from './messages.js';
import { matchLinks, searchText } from './search.js';

/** What `pw-navigate` carries: the link about to be followed. */
export interface NavigateDetail {
  href: string;
  label: string;
  /** Whether it opens in a new tab. */
  newTab: boolean;
}

/** Links shown in the `list` and `grid` variants before "Xem thêm": 10,000 links stay cheap. */
export const pageSize = 100;
/** Options a dropdown holds at most; beyond it the search box appears even without `filter`. */
export const maxOptions = 300;

const headingLevels = [2, 3, 4, 5, 6] as const;
type HeadingLevel = (typeof headingLevels)[number];

/**
 * The visible "opens in a new tab" cue, after a space in the text; hidden from screen readers, which
 * hear the words instead.
 */
const newTabIcon = html`<svg viewBox="0 0 8 8" aria-hidden="true"><path d="M3 1H1v6h6V5M5 1h2v2M7 1 4 4" /></svg>`;

const itemsConverter = jsonAttribute<LinkItem[]>({
  element: tagName,
  attribute: 'items',
  allowed: 'a JSON array of {"label", "href", "group"?, "logo"?, "description"?}',
  fallback: 'src or the light-DOM links',
});

const stringsConverter = jsonAttribute<StringOverrides<LinksListMessageKey>>({
  element: tagName,
  attribute: 'strings',
  allowed: 'a JSON object of strings',
  fallback: 'the built-in strings',
});

/**
 * "Liên kết website": links to ministries, provinces and agencies as a list, a grid of logos, or
 * a dropdown with a Go button that never navigates on choice alone (WCAG 3.2.2).
 *
 * @tagname pw-links-list
 * @summary Links to other agencies' websites: list, logo grid or accessible dropdown, with search.
 *
 * @slot - The links as `<a href>` elements, readable before the script runs; a link's group is the
 *   `data-group` of the link or an ancestor, or the heading (`<h1>`–`<h6>`) before it.
 *
 * @event {CustomEvent<NavigateDetail>} pw-navigate - Before a link is followed (Go, or a plain click
 *   in the list or grid); `detail: {href, label, newTab}`. Cancel it to handle navigation yourself.
 *
 * @csspart base - The `<nav>` around everything.
 * @csspart title - The title (a heading), which also names the dropdown.
 * @csspart filter - The search box's wrapper; `filter-input` is the box itself.
 * @csspart filter-input - The search box.
 * @csspart select - The dropdown.
 * @csspart go-button - The "Đi" button.
 * @csspart status - The status line: matches, loading, errors.
 * @csspart retry-button - The "Thử lại" button after a failed load.
 * @csspart group - Each group's section; `group-heading` is its heading.
 * @csspart group-heading - Each group's heading.
 * @csspart list - Each list of links.
 * @csspart item - Each list item.
 * @csspart link - Each link.
 * @csspart logo - Each logo in the grid.
 * @csspart description - The text under a link.
 * @csspart more-button - The "Xem thêm" button of long lists.
 *
 * @cssprop [--pw-links-list-columns=1] - Columns of the list variant (long lists read well in 2–3).
 * @cssprop [--pw-links-list-columns-min=10rem] - Narrowest column of the grid.
 * @cssprop [--pw-links-list-logo-height=3rem] - Height of the logos in the grid.
 * @cssprop [--pw-links-list-link-color=var(--pw-color-link)] - Link colour.
 * @cssprop [--pw-links-list-button-color=var(--pw-color-primary)] - Background of the Go button.
 */
export class LinksList extends LitElement {
  static override styles = [hostStyles, focusStyles, visuallyHiddenStyles, linksListStyles];

  static override properties = {
    items: { converter: itemsConverter },
    src: {},
    variant: { reflect: true },
    label: {},
    hideLabel: { type: Boolean, attribute: 'hide-label' },
    filter: { type: Boolean },
    target: {},
    headingLevel: { converter: numberAttribute, attribute: 'heading-level' },
    logoOnly: { type: Boolean, attribute: 'logo-only' },
    strings: { converter: stringsConverter },
    lightLinks: { state: true },
    query: { state: true },
    shown: { state: true },
    chosen: { state: true },
    askToChoose: { state: true },
    failedLogos: { state: true },
  };

  /** Links as `[{label, href, group?, logo?, description?}]`; wins over `src` (then not fetched) and the light DOM. */
  declare items?: LinkItem[];
  /** URL of a JSON file with the links (an array, or `{"links": [...]}`), same origin or with CORS. */
  declare src?: string;
  /** `list` (default), `grid` (logos) or `select` (dropdown with a Go button). */
  declare variant?: Variant;
  /** Title and accessible name (default "Liên kết website" / "Website links"). */
  declare label?: string;
  /** Keeps the title for screen readers only. */
  declare hideLabel: boolean;
  /** Adds a search box that finds links without regard to case or diacritics. */
  declare filter: boolean;
  /** `_blank` opens every link in a new tab (and says so to screen readers). */
  declare target?: string;
  /** Level of the title, 2–6 (default 2); group headings are one level below. */
  declare headingLevel?: number;
  /** In the grid, shows logos without the names beside them (the name becomes the logo's `alt`). */
  declare logoOnly: boolean;
  /** Overrides of the built-in strings, flat or per language. */
  declare strings?: StringOverrides<LinksListMessageKey>;

  declare private lightLinks: LinkItem[];
  declare private query: string;
  /** How many links the list and grid show (grows with "Xem thêm"). */
  declare private shown: number;
  /** The link chosen in the dropdown, kept by identity so filtering does not change it. */
  declare private chosen?: LinkItem;
  /** Go was pressed before a link was chosen. */
  declare private askToChoose: boolean;
  declare private failedLogos: ReadonlySet<string>;

  private readonly language = new LanguageController(this);
  private readonly lightDomObserver = new MutationObserver(() => {
    this.lightLinks = readLightDomLinks(this);
  });
  private validItems?: LinkItem[];
  private sourceUrl?: string;
  // The URL the controller was last asked for: undefined while valid items win, so src is not fetched.
  private requestedUrl?: string;
  private resolvedVariant: Variant = 'list';
  private level: HeadingLevel = 2;
  private reportedError?: unknown;
  // Folded search text of the links, recomputed only when the list itself changes.
  private foldedFor?: readonly LinkItem[];
  private folded: string[] = [];
  // The matching links in display order, for one list and query: willUpdate, render and updated all
  // ask for them, and with 10,000 links they are worth computing once.
  private visible?: { links: readonly LinkItem[]; query: string; result: LinkItem[] };
  private focusIndex?: number;
  private readonly remote = new ResourceController<LinkItem[]>(this, async (signal) => {
    if (this.sourceUrl === undefined) return [];
    // Loaded on demand: lists written in the HTML never download the fetch code.
    const { loadLinks } = await import('./remote.js');
    return loadLinks(new URL(this.sourceUrl, document.baseURI).href, signal);
  });

  constructor() {
    super();
    this.hideLabel = false;
    this.filter = false;
    this.logoOnly = false;
    this.lightLinks = [];
    this.query = '';
    this.shown = pageSize;
    this.askToChoose = false;
    this.failedLogos = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.lightLinks = readLightDomLinks(this);
    this.lightDomObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'target', 'title', 'data-group', 'src', 'alt'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightDomObserver.disconnect();
  }

  /** The links in use: `items` when valid, else those loaded from `src`, else the light DOM's. */
  get links(): readonly LinkItem[] {
    return this.validItems ?? this.remote.value ?? this.lightLinks;
  }

  /** Loads `src` again (what the retry button does). */
  reload(): Promise<void> {
    return this.remote.run();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items')) this.validItems = normalizeLinks(this.items, 'items');
    if (changed.has('variant')) {
      this.resolvedVariant = choice(this.variant, {
        element: tagName,
        attribute: 'variant',
        allowed: variants,
        fallback: 'list',
      });
    }
    if (changed.has('headingLevel')) {
      this.level = choice(this.headingLevel, {
        element: tagName,
        attribute: 'heading-level',
        allowed: headingLevels,
        fallback: 2,
      });
    }
    if (changed.has('src')) this.sourceUrl = checkedUrl(this.src, tagName, 'src', 'the light-DOM links');
    // Valid items win over src, so src is fetched only when they are absent or invalid.
    const wanted = this.validItems ? undefined : this.sourceUrl;
    if (wanted !== this.requestedUrl) {
      this.requestedUrl = wanted;
      if (wanted) void this.remote.run();
      else this.remote.abort();
    }
    if (changed.has('query') || changed.has('variant')) this.shown = pageSize;
    // A choice the search no longer shows is dropped, so Go never follows a link the reader cannot see.
    if (this.chosen !== undefined && !this.visibleLinks().includes(this.chosen)) this.chosen = undefined;
  }

  protected override updated(): void {
    const select = this.renderRoot.querySelector('select');
    // The dropdown's value is set here, not by `selected` attributes, which lose to the reader's choice.
    if (select) select.value = this.chosen ? String(this.visibleLinks().indexOf(this.chosen)) : '';
    if (select && select.selectedIndex < 0) select.value = '';
    if (this.focusIndex !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(`a[data-index="${this.focusIndex}"]`)?.focus();
      this.focusIndex = undefined;
    }
    const { status, error } = this.remote;
    if (status === 'error' && error !== this.reportedError) {
      this.reportedError = error;
      console.warn(
        `<${tagName}> src="${this.src ?? ''}" could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Matching links in display order: grouped, groups in the order they first appear. */
  private visibleLinks(): LinkItem[] {
    const links = this.links;
    if (this.foldedFor !== links) {
      this.foldedFor = links;
      this.folded = links.map(searchText);
    }
    if (this.visible?.links !== links || this.visible.query !== this.query) {
      const result = groupLinks(matchLinks(links, this.folded, this.query)).flatMap((group) => group.links);
      this.visible = { links, query: this.query, result };
    }
    return this.visible.result;
  }

  private opensNewTab(link: LinkItem): boolean {
    return link.newTab === true || this.target === '_blank';
  }

  /** Fires `pw-navigate`; true unless a listener cancelled it. */
  private announceNavigation(link: LinkItem): boolean {
    const detail: NavigateDetail = { href: link.href, label: link.label, newTab: this.opensNewTab(link) };
    return this.dispatchEvent(
      new CustomEvent('pw-navigate', { detail, bubbles: true, composed: true, cancelable: true }),
    );
  }

  private go(): void {
    const link = this.chosen;
    if (link === undefined) {
      this.askToChoose = true;
      this.renderRoot.querySelector('select')?.focus();
      return;
    }
    if (!this.announceNavigation(link)) return;
    if (this.opensNewTab(link)) window.open(link.href, '_blank', 'noopener');
    else window.location.assign(link.href);
  }

  private onChoose(event: Event): void {
    const index = Number((event.target as HTMLSelectElement).value);
    this.chosen = (event.target as HTMLSelectElement).value === '' ? undefined : this.visibleLinks()[index];
    this.askToChoose = false;
  }

  private onSelectKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.go();
  }

  private onLinkClick(event: MouseEvent, link: LinkItem): void {
    // Modified clicks open tabs or windows the reader asked for: not a navigation of this page to announce.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!this.announceNavigation(link)) event.preventDefault();
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    // The status now reports the matches; the request to choose has been read.
    this.askToChoose = false;
  }

  private showMore(): void {
    this.focusIndex = this.shown;
    this.shown += pageSize;
  }

  private renderSelect(links: LinkItem[], messages: Catalogue<LinksListMessageKey>): TemplateResult {
    const listed = links.slice(0, maxOptions);
    // `links` is already in group order, so options are numbered in the order they are rendered.
    let index = 0;
    const option = (link: LinkItem) => html`<option value=${index++}>${link.label}</option>`;
    return html`<div class="picker">
      <select
        part="select"
        aria-labelledby="title"
        aria-describedby=${this.askToChoose ? 'status' : nothing}
        @change=${this.onChoose}
        @keydown=${this.onSelectKey}
      >
        <option value="">${messages.placeholder}</option>
        ${groupLinks(listed).map((group) =>
          group.name === undefined
            ? group.links.map(option)
            : html`<optgroup label=${group.name}>${group.links.map(option)}</optgroup>`,
        )}
        ${
          links.length > listed.length
            ? html`<option disabled>
                ${formatMessage(messages.moreOptions, { count: links.length - listed.length })}
              </option>`
            : nothing
        }
      </select>
      <button type="button" part="go-button" @click=${this.go}>
        ${messages.go}
        ${
          this.chosen !== undefined && this.opensNewTab(this.chosen)
            ? html`${newTabIcon}<span class="visually-hidden"> ${messages.newTab}</span>`
            : nothing
        }
      </button>
    </div>`;
  }

  private renderLink(link: LinkItem, index: number, messages: Catalogue<LinksListMessageKey>): TemplateResult {
    const newTab = this.opensNewTab(link);
    const external = newTab || isExternalUrl(link.href, location.href);
    const logo = this.resolvedVariant === 'grid' && link.logo !== undefined && !this.failedLogos.has(link.logo);
    const nameHidden = logo && this.logoOnly;
    const icon = newTab ? newTabIcon : nothing;
    return html`<li part="item">
      <a
        part="link"
        href=${link.href}
        data-index=${index}
        target=${newTab ? '_blank' : nothing}
        rel=${external ? 'noopener noreferrer' : nothing}
        @click=${(event: MouseEvent) => this.onLinkClick(event, link)}
        >${
          logo
            ? html`<img
                part="logo"
                src=${link.logo ?? ''}
                alt=${nameHidden ? link.label : ''}
                loading="lazy"
                decoding="async"
                @error=${() => (this.failedLogos = new Set(this.failedLogos).add(link.logo ?? ''))}
              />`
            : nothing
        }${nameHidden ? icon : html`<span class="name">${link.label} ${icon}</span>`}${
          newTab ? html`<span class="visually-hidden"> ${messages.newTab}</span>` : nothing
        }</a
      >${
        link.description === undefined
          ? nothing
          : html`<span part="description" class="description">${link.description}</span>`
      }
    </li>`;
  }

  private renderLists(links: LinkItem[], messages: Catalogue<LinksListMessageKey>): TemplateResult {
    let index = 0;
    const list = (group: LinkItem[]) =>
      html`<ul part="list" role="list">
        ${group.map((link) => this.renderLink(link, index++, messages))}
      </ul>`;
    const hidden = links.length - this.shown;
    return html`${groupLinks(links.slice(0, this.shown)).map((group) =>
      group.name === undefined
        ? list(group.links)
        : html`<section part="group">
            <div role="heading" aria-level=${Math.min(this.level + 1, 6)} part="group-heading" class="group-heading">
              ${group.name}
            </div>
            ${list(group.links)}
          </section>`,
    )}
    ${
      hidden > 0
        ? html`<button type="button" part="more-button" class="more" @click=${this.showMore}>
            ${formatMessage(messages.showMore, { count: hidden })}
          </button>`
        : nothing
    }`;
  }

  protected override render(): TemplateResult {
    const messages = resolveMessages(linksListMessages, this.language.language, this.strings);
    const label = this.label?.trim() || messages.label;
    const all = this.links;
    const status = this.requestedUrl ? this.remote.status : 'complete';
    const links = this.visibleLinks();
    const select = this.resolvedVariant === 'select';
    const searchable = all.length > 0 && (this.filter || (select && all.length > maxOptions));
    const failed = status === 'error';
    let statusText = '';
    if (this.askToChoose && select) statusText = messages.chooseFirst;
    else if (status === 'loading' && all.length === 0) statusText = messages.loading;
    else if (failed) statusText = all.length === 0 ? messages.error : messages.stale;
    else if (all.length === 0 && status === 'complete') statusText = messages.empty;
    else if (searchable && this.query.trim() !== '') {
      statusText = links.length === 0 ? messages.noMatches : formatMessage(messages.matches, { count: links.length });
    }
    return html`<nav part="base" aria-labelledby="title" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      <div
        id="title"
        role="heading"
        aria-level=${this.level}
        part="title"
        class=${this.hideLabel ? 'visually-hidden' : 'title'}
      >
        ${label}
      </div>
      ${
        searchable
          ? html`<div part="filter" class="filter">
              <label for="filter">${messages.filterLabel}</label>
              <input
                id="filter"
                part="filter-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                @input=${this.onSearch}
              />
            </div>`
          : nothing
      }
      ${select && all.length > 0 ? this.renderSelect(links, messages) : nothing}
      <p
        id="status"
        role="status"
        part="status"
        class=${statusText === '' ? 'status empty' : failed && all.length === 0 ? 'status error' : 'status'}
      >
        ${statusText}
      </p>
      ${
        failed
          ? html`<button type="button" part="retry-button" class="retry" @click=${this.reload}>
              ${messages.retry}
            </button>`
          : nothing
      }
      ${select ? nothing : html`<div class=${this.resolvedVariant}>${this.renderLists(links, messages)}</div>`}
    </nav>`;
  }
}
