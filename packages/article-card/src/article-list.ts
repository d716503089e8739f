import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  FetchFailure,
  checkedUrl,
  LanguageController,
  ResourceController,
  defaultTimeZone,
  fetchText,
  formatMessage,
  hostStyles,
  focusStyles,
  jsonAttribute,
  numberAttribute,
  resolveTimeZone,
  resolveMessages,
  visuallyHiddenStyles,
  wholeNumber,
  type StringOverrides,
} from '@portal-widgets/core';
import { articleListStyles } from './article-list.styles.js';
import {
  listTag,
  normalizeArticles,
  normalizeHeadingLevel,
  normalizeLayout,
  type Article,
  type HeadingLevel,
  type Layout,
} from './article.js';
import { articleMessages, type ArticleMessageKey } from './messages.js';

/** Cards rendered at most, whatever `limit` or the feed says: a 10,000-item feed stays cheap. */
export const maxLimit = 100;
const defaultLimit = 10;

const itemsConverter = jsonAttribute<Article[]>({
  element: listTag,
  attribute: 'items',
  allowed: 'a JSON array of {"headline", "href"?, "summary"?, "image"?, "published"?, …}',
  fallback: 'src, if set, or an empty list',
});

const stringsConverter = jsonAttribute<StringOverrides<ArticleMessageKey>>({
  element: listTag,
  attribute: 'strings',
  allowed: 'a JSON object of strings',
  fallback: 'the built-in strings',
});

/** `limit` as a whole number of at least 1, capped at {@link maxLimit}, or the default with a named warning. */
export function normalizeLimit(value: unknown): number {
  return Math.min(
    wholeNumber(value, { element: listTag, attribute: 'limit', min: 1, fallback: defaultLimit }),
    maxLimit,
  );
}

/**
 * A list of news cards from an RSS 2.0, Atom or JSON Feed (`src`) or from `items`, with loading,
 * empty and error states and a retry button.
 *
 * @tagname pw-article-list
 * @summary News list from a feed or data, rendered as `<pw-article-card>`s.
 *
 * @csspart list - The `<ul>` of cards.
 * @csspart item - Each `<li>`.
 * @csspart card - Each `<pw-article-card>`.
 * @csspart message - The empty, error or stale message.
 * @csspart retry-button - The "Thử lại" button in the error state.
 *
 * @cssprop [--pw-article-list-columns=1] - Most columns; fewer where they would be narrower than the minimum width (cards also adapt to their column width).
 * @cssprop [--pw-article-list-min-column-width=16rem] - Narrowest a column gets before the list drops a column (one column always fits: never wider than the list).
 * @cssprop [--pw-article-list-gap=var(--pw-space-m)] - Space between cards.
 */
export class ArticleList extends LitElement {
  static override styles = [hostStyles, focusStyles, visuallyHiddenStyles, articleListStyles];

  static override properties = {
    src: {},
    items: { converter: itemsConverter },
    limit: { converter: numberAttribute },
    layout: {},
    headingLevel: { converter: numberAttribute, attribute: 'heading-level' },
    timeZone: { attribute: 'time-zone' },
    strings: { converter: stringsConverter },
    label: {},
  };

  /** URL of an RSS 2.0, Atom or JSON Feed (same origin, or served with CORS). */
  declare src?: string;
  /** Articles given directly: `[{headline, href?, summary?, image?, imageAlt?, published?, updatedAt?, author?, category?, categoryHref?}]`. Wins over `src`, which is then not fetched. */
  declare items?: Article[];
  /** Most cards shown (default 10, at most 100). */
  declare limit?: number;
  /** Layout of every card: `vertical`, `horizontal`, `compact` or `featured`. */
  declare layout?: Layout;
  /** Heading level of the cards' headlines, 2–6 (default 3). */
  declare headingLevel?: number;
  /** Time zone of the dates (default Asia/Ho_Chi_Minh). */
  declare timeZone: string;
  /** Overrides of the built-in strings. */
  declare strings?: StringOverrides<ArticleMessageKey>;
  /** Accessible name of the list (default "Tin bài" / "Articles"); give each list on a page its own. */
  declare label?: string;

  private readonly language = new LanguageController(this);
  private validItems?: Article[];
  private reportedError?: unknown;
  // Validated here once, so a bad value is reported once rather than by every card.
  // Undefined when the list has none, so its cards write no layout attribute either.
  private cardLayout?: Layout;
  private cardLevel: HeadingLevel = 3;
  private cardLimit = defaultLimit;
  private cardZone = defaultTimeZone;
  private feedUrl?: string;
  // The feed the controller was last asked for: undefined while items win, so src is not fetched.
  private requestedUrl?: string;
  private readonly feed = new ResourceController<Article[]>(this, async (signal) => {
    const url = this.feedUrl;
    if (url === undefined) return [];
    const absolute = new URL(url, document.baseURI).href;
    const response = await fetchText(absolute, {
      signal,
      init: {
        headers: {
          accept: 'application/feed+json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5',
        },
      },
    });
    // The parsers load on first use: pages that only show cards never download them.
    const { parseFeed } = await import('./feed.js');
    // Never more than any limit can show: a 10,000-item feed is read only as far as needed.
    return parseFeed(response.text, response.url || absolute, response.contentType, { limit: maxLimit });
  });

  constructor() {
    super();
    this.timeZone = defaultTimeZone;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items')) this.validItems = normalizeArticles(this.items);
    if (changed.has('limit')) this.cardLimit = normalizeLimit(this.limit);
    if (changed.has('layout'))
      this.cardLayout = this.layout === undefined ? undefined : normalizeLayout(this.layout, listTag);
    if (changed.has('headingLevel')) this.cardLevel = normalizeHeadingLevel(this.headingLevel, listTag);
    if (changed.has('timeZone')) this.cardZone = resolveTimeZone(this.timeZone, listTag);
    if (changed.has('src')) this.feedUrl = checkedUrl(this.src, listTag, 'src', 'items, if set, or an empty list');
    if (changed.has('src') || changed.has('items')) {
      // Valid items win over src, so the feed is fetched only when they are absent or invalid.
      const wanted = this.validItems === undefined ? this.feedUrl : undefined;
      if (wanted !== this.requestedUrl) {
        this.requestedUrl = wanted;
        if (wanted !== undefined) void this.feed.run();
        else this.feed.abort();
      }
    }
  }

  protected override updated(): void {
    const { status, error } = this.feed;
    if (status !== 'error' || error === this.reportedError) return;
    this.reportedError = error;
    // Say why in the console too: the visible message is for readers, this one for the site's team.
    const cause = error instanceof Error ? error.message : String(error);
    const crossOrigin =
      this.feedUrl !== undefined && new URL(this.feedUrl, document.baseURI).origin !== location.origin;
    const hint =
      error instanceof FetchFailure && error.kind === 'network' && crossOrigin
        ? ' The feed is on another site: it must send CORS headers, or be served through this site.'
        : '';
    console.warn(`<${listTag}> src="${this.src ?? ''}" could not be shown: ${cause}.${hint}`);
  }

  /** Loads the feed again (what the retry button does). */
  reload(): Promise<void> {
    return this.feed.run();
  }

  /** The articles shown: `items` when given, otherwise the feed's. */
  get articles(): readonly Article[] {
    return this.validItems ?? (this.feedUrl === undefined ? [] : (this.feed.value ?? []));
  }

  private renderCards(articles: readonly Article[], label: string): TemplateResult {
    return html`<ul part="list" role="list" aria-label=${label}>
      ${articles.slice(0, this.cardLimit).map(
        (article) =>
          html`<li part="item">
            <pw-article-card
              part="card"
              .headline=${article.headline}
              .href=${article.href}
              .summary=${article.summary}
              .image=${article.image}
              .imageAlt=${article.imageAlt}
              .published=${article.published}
              .updatedAt=${article.updatedAt}
              .author=${article.author}
              .category=${article.category}
              .categoryHref=${article.categoryHref}
              .layout=${this.cardLayout}
              .headingLevel=${this.cardLevel}
              .timeZone=${this.cardZone}
              .strings=${this.strings}
            ></pw-article-card>
          </li>`,
      )}
    </ul>`;
  }

  protected override render(): TemplateResult {
    const messages = resolveMessages(articleMessages, this.language.language, this.strings);
    const fromFeed = this.validItems === undefined && this.feedUrl !== undefined;
    const status = fromFeed ? this.feed.status : 'complete';
    const articles = this.articles;
    let body: TemplateResult | typeof nothing = nothing;
    let announcement = '';
    if (status === 'loading' && articles.length === 0) {
      const count = Math.min(this.cardLimit, 3);
      body = html`<ul part="list" role="list" aria-hidden="true">
        ${Array.from({ length: count }, () => html`<li part="item"><pw-article-card loading></pw-article-card></li>`)}
      </ul>`;
      announcement = messages.loading;
    } else if (status === 'error' && articles.length === 0) {
      // The status region below says the message; the visible copy is hidden so it is read once.
      body = html`<div part="message" class="message error">
        <p aria-hidden="true">${messages.error}</p>
        <button type="button" part="retry-button" @click=${() => this.reload()}>${messages.retry}</button>
      </div>`;
      announcement = messages.error;
    } else if (articles.length === 0) {
      body = status === 'idle' ? nothing : html`<p part="message" class="message">${messages.empty}</p>`;
    } else {
      body = this.renderCards(articles, this.label?.trim() || messages.listLabel);
      if (status === 'error') {
        // A reload failed: keep the articles already shown, and say they may be out of date.
        body = html`<div part="message" class="message stale">
            <p aria-hidden="true">${messages.stale}</p>
            <button type="button" part="retry-button" @click=${() => this.reload()}>${messages.retry}</button>
          </div>
          ${body}`;
        announcement = messages.stale;
      } else if (fromFeed) {
        announcement = formatMessage(messages.loaded, { count: Math.min(articles.length, this.cardLimit) });
      }
    }
    // Not a landmark: a page may hold several lists, and a news list is content, not a region to jump to.
    return html`<div aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${body}
      <div role="status" class="visually-hidden">${announcement}</div>
    </div>`;
  }
}
