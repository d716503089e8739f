import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  LanguageController,
  focusStyles,
  hostStyles,
  formatMessage,
  isExternalUrl,
  jsonAttribute,
  numberAttribute,
  resolveMessages,
  writeStructuredData,
  type StringOverrides,
} from '@portal-widgets/core';
import { breadcrumbStyles } from './breadcrumb.styles.js';
import { breadcrumbMessages, type BreadcrumbMessageKey } from './messages.js';
import {
  breadcrumbJsonLd,
  currentOnOwnLine,
  hiddenByBound,
  hiddenByCount,
  hiddenToFit,
  normalizeItems,
  normalizeMaxItems,
  readLightDomTrail,
  tagName,
  type TrailItem,
} from './trail.js';

const jsonLdMarker = 'data-pw-breadcrumb';

/** Room the current page keeps beside "…" before it moves to a line of its own, in em. */
const minCurrentEm = 8;

const itemsConverter = jsonAttribute<TrailItem[]>({
  element: tagName,
  attribute: 'items',
  allowed: 'a JSON array of {"label", "href"?}',
  fallback: 'the light-DOM trail',
});

const stringsConverter = jsonAttribute<StringOverrides<BreadcrumbMessageKey>>({
  element: tagName,
  attribute: 'strings',
  allowed: 'a JSON object of strings',
  fallback: 'the built-in strings',
});

const separatorIcon = svg`<path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />`;

/**
 * "You are here": the trail of pages from the home page to the current one.
 *
 * @tagname pw-breadcrumb
 * @summary Breadcrumb trail with collapsing middle items and optional schema.org data.
 *
 * @slot - The trail as `<a href>` elements (or an `<ol>` of `<li>`); the last item is the current page.
 *   It stays readable before the script runs and for crawlers.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart label - The visible prefix shown with `show-label`.
 * @csspart list - The ordered list of items.
 * @csspart item - Each list item.
 * @csspart link - Each link to an earlier page.
 * @csspart current - The current page.
 * @csspart separator - The decorative separator before each item.
 * @csspart collapse-button - The "…" button that reveals hidden items.
 *
 * @cssprop [--pw-breadcrumb-link-color=var(--pw-color-link)] - Link and "…" button colour.
 * @cssprop [--pw-breadcrumb-link-hover-color=var(--pw-color-link-hover)] - Link colour on hover.
 * @cssprop [--pw-breadcrumb-current-color=var(--pw-color-text)] - Current page colour.
 * @cssprop [--pw-breadcrumb-separator-color=var(--pw-color-text-muted)] - Separator colour.
 * @cssprop [--pw-breadcrumb-item-max-width=18em] - Longer labels of earlier pages are truncated with an ellipsis.
 * @cssprop [--pw-breadcrumb-current-max-width=100%] - Widest the current page gets; it is cut with an ellipsis only while the collapsed trail shares its line, and wraps on a line of its own.
 * @cssprop [--pw-breadcrumb-font-size=var(--pw-font-size-small)] - Text size.
 */
export class Breadcrumb extends LitElement {
  static override styles = [hostStyles, focusStyles, breadcrumbStyles];

  static override properties = {
    items: { converter: itemsConverter },
    label: {},
    showLabel: { type: Boolean, attribute: 'show-label', reflect: true },
    maxItems: { converter: numberAttribute, attribute: 'max-items' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    expanded: { type: Boolean, reflect: true },
    strings: { converter: stringsConverter },
    lightItems: { state: true },
    hiddenForWidth: { state: true },
    currentOwnLine: { state: true },
    measuring: { state: true },
    truncated: { state: true },
  };

  /**
   * The trail as `[{label, href?, lang?, hreflang?}]`; replaces the light-DOM trail when set.
   * Invalid JSON logs a console error and the light-DOM trail is used.
   */
  declare items?: TrailItem[];

  /** Accessible name of the navigation (default "Bạn đang ở đây" / "You are here"). */
  declare label?: string;

  /** Shows the label as a visible prefix before the trail. */
  declare showLabel: boolean;

  /** Most items shown before the middle ones collapse behind "…" (a whole number, at least 2). */
  declare maxItems?: number;

  /** Adds a schema.org BreadcrumbList JSON-LD script to the light DOM. */
  declare structuredData: boolean;

  /** Shows every item, as after the reader activates "…"; the trail then wraps instead of collapsing. */
  declare expanded: boolean;

  /** Overrides of the built-in strings, flat (`{"label": "…"}`) or per language (`{"en": {…}}`). */
  declare strings?: StringOverrides<BreadcrumbMessageKey>;

  declare private lightItems: TrailItem[];
  /** Items hidden, beyond the render bound, so the trail fits on one line. */
  declare private hiddenForWidth: number;
  declare private currentOwnLine: boolean;
  /** Set while the collapsible window is rendered whole so each item's width can be measured. */
  declare private measuring: boolean;
  /** Indexes of items whose label is cut by an ellipsis; they get the full label as a tooltip. */
  declare private truncated: ReadonlySet<number>;

  constructor() {
    super();
    this.showLabel = false;
    this.structuredData = false;
    this.expanded = false;
    this.lightItems = [];
    this.hiddenForWidth = 0;
    this.currentOwnLine = false;
    this.measuring = true;
    this.truncated = new Set();
  }

  private get list(): HTMLOListElement | null {
    return this.renderRoot.querySelector('ol');
  }

  private readonly language = new LanguageController(this);
  private readonly lightDomObserver = new MutationObserver((records) => this.onLightDomChange(records));
  // Answered in the next frame: collapsing changes the trail's height, and doing it inside the
  // observer's own delivery would end in a "ResizeObserver loop" error.
  private readonly resizeObserver = new ResizeObserver(() => {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => this.onResize());
  });
  private resizeFrame = 0;
  private validItems?: TrailItem[];
  private itemWidths: number[] = [];
  private ellipsisWidth = 0;
  private minCurrentWidth = 0;
  private maxItemsLimit?: number;
  private measuredWhileLaidOut = false;
  private focusAfterExpand?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lightItems = readLightDomTrail(this);
    this.lightDomObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'lang', 'hreflang'],
    });
    if (this.list) this.resizeObserver.observe(this.list);
    // Web fonts change item widths once they arrive.
    void document.fonts?.ready.then(() => this.remeasure());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightDomObserver.disconnect();
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.resizeFrame);
  }

  /** The trail being rendered: `items` when valid, otherwise the light-DOM trail. */
  get trail(): readonly TrailItem[] {
    return this.validItems ?? this.lightItems;
  }

  /** Re-measures item widths and collapses again (call after changing fonts or styles from outside). */
  remeasure(): void {
    this.measuring = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items')) this.validItems = normalizeItems(this.items);
    // Checked once per change (a bad value warns once), read by every render.
    if (changed.has('maxItems')) this.maxItemsLimit = normalizeMaxItems(this.maxItems);
    const trailChanged = changed.has('items') || changed.has('lightItems');
    if (trailChanged || changed.has('label') || changed.has('showLabel') || changed.has('strings')) {
      this.measuring = true;
    }
  }

  protected override firstUpdated(): void {
    if (this.list) this.resizeObserver.observe(this.list);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.measuring) this.measure();
    else this.findTruncated();
    if (this.focusAfterExpand !== undefined) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        `li[data-index="${this.focusAfterExpand}"] > :is(a, span)`,
      );
      this.focusAfterExpand = undefined;
      target?.focus();
    }
    if (changed.has('structuredData') || changed.has('items') || changed.has('lightItems')) {
      this.writeStructuredData();
    }
  }

  private measure(): void {
    const items = this.renderRoot.querySelectorAll<HTMLLIElement>('li[data-index]');
    this.itemWidths = Array.from(items, (item) => item.getBoundingClientRect().width);
    this.ellipsisWidth = this.renderRoot.querySelector('li.ellipsis')?.getBoundingClientRect().width ?? 0;
    this.minCurrentWidth = this.list ? Number.parseFloat(getComputedStyle(this.list).fontSize) * minCurrentEm : 0;
    this.measuredWhileLaidOut = (this.list?.clientWidth ?? 0) > 0;
    this.measuring = false;
    this.fitToWidth();
  }

  private findTruncated(): void {
    const truncated = new Set<number>();
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('li[data-index]')) {
      const text = item.lastElementChild;
      if (text && text.scrollWidth > text.clientWidth + 1) truncated.add(Number(item.dataset.index));
    }
    const same = truncated.size === this.truncated.size && [...truncated].every((index) => this.truncated.has(index));
    if (!same) this.truncated = truncated;
  }

  private onResize(): void {
    // Measured while hidden (display: none, a closed tab): every width was 0, so measure again.
    if (!this.measuredWhileLaidOut) this.measuring = true;
    else this.fitToWidth();
  }

  private fitToWidth(): void {
    const available = this.list?.clientWidth ?? 0;
    const bound = hiddenByBound(this.trail.length);
    this.hiddenForWidth = available === 0 ? 0 : hiddenToFit(this.itemWidths, available, this.ellipsisWidth, bound > 0);
    // The measured items start after those hidden by the bound.
    const hidden = this.hiddenCount();
    this.currentOwnLine =
      !this.expanded &&
      currentOnOwnLine(
        this.itemWidths,
        Math.max(0, hidden - bound),
        available,
        hidden > 0 ? this.ellipsisWidth : 0,
        this.minCurrentWidth,
      );
  }

  private onLightDomChange(records: MutationRecord[]): void {
    // Our own JSON-LD script lives in the light DOM too; writing it must not re-read the trail.
    const isOwnScript = (node: Node): boolean =>
      node instanceof Element
        ? node.hasAttribute(jsonLdMarker)
        : node.parentElement?.hasAttribute(jsonLdMarker) === true;
    const relevant = records.some(
      (record) =>
        !isOwnScript(record.target) &&
        !(record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOwnScript)),
    );
    if (relevant) this.lightItems = readLightDomTrail(this);
  }

  private writeStructuredData(): void {
    const data =
      this.structuredData && this.trail.length > 0 ? breadcrumbJsonLd(this.trail, document.baseURI) : undefined;
    writeStructuredData(this, jsonLdMarker, data);
  }

  private expand(): void {
    this.expanded = true;
    this.focusAfterExpand = 1;
  }

  /** Number of middle items hidden behind "…" in this render. */
  private hiddenCount(): number {
    const count = this.trail.length;
    if (this.expanded) return 0;
    const bound = hiddenByBound(count);
    if (this.measuring) return bound;
    return Math.min(
      Math.max(0, count - 2),
      Math.max(hiddenByCount(count, this.maxItemsLimit), bound + this.hiddenForWidth),
    );
  }

  protected override render(): TemplateResult {
    const messages = resolveMessages(breadcrumbMessages, this.language.language, this.strings);
    const label = this.label?.trim() || messages.label;
    const trail = this.trail;
    const hidden = this.hiddenCount();
    const rows: TemplateResult[] = [];
    trail.forEach((item, index) => {
      if (index === 1 && (hidden > 0 || this.measuring)) rows.push(this.renderEllipsis(messages.showHidden, hidden));
      if (index === 0 || index > hidden) rows.push(this.renderItem(item, index, index === trail.length - 1));
    });
    return html`
      <nav
        part="nav"
        ?hidden=${trail.length === 0}
        aria-label=${this.showLabel ? nothing : label}
        aria-labelledby=${this.showLabel ? 'label' : nothing}
      >
        ${
          this.showLabel
            ? html`<span id="label" part="label" class="label">${label}<span aria-hidden="true">:</span></span>`
            : nothing
        }
        <ol
          part="list"
          class="${this.expanded ? '' : 'single-line'} ${this.currentOwnLine && !this.measuring ? 'own-line' : ''} ${
            this.measuring ? 'measuring' : ''
          }"
        >
          ${rows}
        </ol>
      </nav>
    `;
  }

  private renderEllipsis(template: string, hidden: number): TemplateResult {
    const name = formatMessage(template, { count: hidden });
    // While measuring with nothing hidden, the item is laid out invisibly just to learn its width.
    return html`<li class=${hidden === 0 ? 'ellipsis measure-only' : 'ellipsis'} part="item">
      ${this.renderSeparator()}
      <button
        type="button"
        part="collapse-button"
        aria-label=${name}
        title=${name}
        aria-hidden=${hidden === 0 ? 'true' : nothing}
        tabindex=${hidden === 0 ? '-1' : nothing}
        @click=${this.expand}
      >
        …
      </button>
    </li>`;
  }

  private renderSeparator(): TemplateResult {
    return html`<svg part="separator" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${separatorIcon}</svg>`;
  }

  private renderItem(item: TrailItem, index: number, current: boolean): TemplateResult {
    const content =
      item.href === undefined
        ? html`<span
            class=${current ? 'current' : 'text'}
            part=${current ? 'current' : 'text'}
            aria-current=${current ? 'page' : nothing}
            lang=${item.lang ?? nothing}
            dir="auto"
            title=${this.truncated.has(index) ? item.label : nothing}
            tabindex=${current ? nothing : '-1'}
            >${item.label}</span
          >`
        : html`<a
            class=${current ? 'current' : nothing}
            part=${current ? 'link current' : 'link'}
            href=${item.href}
            aria-current=${current ? 'page' : nothing}
            lang=${item.lang ?? nothing}
            dir="auto"
            hreflang=${item.hreflang ?? nothing}
            rel=${isExternalUrl(item.href, document.baseURI) ? 'noopener noreferrer' : nothing}
            title=${this.truncated.has(index) ? item.label : nothing}
            >${item.label}</a
          >`;
    return html`<li part="item" data-index=${index}>${index > 0 ? this.renderSeparator() : nothing}${content}</li>`;
  }
}
