import { LitElement, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import {
  LanguageController,
  dateFormat,
  defaultTimeZone,
  focusStyles,
  hostStyles,
  isExternalUrl,
  jsonAttribute,
  numberAttribute,
  parseDate,
  reportInvalidInput,
  resolveTimeZone,
  resolveMessages,
  visuallyHiddenStyles,
  writeStructuredData,
  type Language,
  type StringOverrides,
} from '@portal-widgets/core';
import { articleCardStyles } from './article-card.styles.js';
import {
  cardAttributeNames,
  cardTag,
  newsArticleJsonLd,
  normalizeArticle,
  normalizeHeadingLevel,
  normalizeLayout,
  type Article,
  type ArticleSource,
  type HeadingLevel,
  type Layout,
} from './article.js';
import { articleMessages, type ArticleMessageKey } from './messages.js';

const jsonLdMarker = 'data-pw-article-card';

/** A card's own fields are named by their attributes in messages; firstUpdated reports a missing headline. */
const cardSource: ArticleSource = { element: cardTag, name: (key) => cardAttributeNames[key] };

const dataKeys = [
  'headline',
  'href',
  'summary',
  'image',
  'imageAlt',
  'published',
  'updatedAt',
  'author',
  'category',
  'categoryHref',
] as const;

/** Attributes that say nothing about the article: reflected state and global HTML attributes. */
const notAuthoredData: ReadonlySet<string> = new Set([
  'layout',
  'loading',
  'lang',
  'dir',
  'id',
  'class',
  'style',
  'slot',
  'part',
  'hidden',
]);

const dateOptions: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };

const stringsConverter = jsonAttribute<StringOverrides<ArticleMessageKey>>({
  element: cardTag,
  attribute: 'strings',
  allowed: 'a JSON object of strings',
  fallback: 'the built-in strings',
});

// One static tag per heading level: the card stays a single template whatever the level.
const headingTags: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * A news card: image, category, headline, summary and dates. The whole card is clickable through its
 * one headline link, which is its only tab stop (plus the category link, when there is one).
 *
 * @tagname pw-article-card
 * @summary News card with four layouts, dates in the portal's time zone and optional NewsArticle data.
 *
 * @csspart card - The `<article>` box.
 * @csspart media - The image area (keeps its aspect ratio before the image loads).
 * @csspart image - The image.
 * @csspart placeholder - The neutral box shown when there is no image or it fails to load.
 * @csspart body - Everything below or beside the image.
 * @csspart category - The category label or link.
 * @csspart headline - The heading.
 * @csspart link - The headline link.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The author and dates line.
 * @csspart published - The publication `<time>`.
 * @csspart updated - The update `<time>`.
 *
 * @cssprop [--pw-article-card-background=var(--pw-color-surface)] - Card background.
 * @cssprop [--pw-article-card-border-color=var(--pw-color-border)] - Card border.
 * @cssprop [--pw-article-card-radius=var(--pw-radius)] - Corner radius.
 * @cssprop [--pw-article-card-padding=var(--pw-space-m)] - Space inside the card.
 * @cssprop [--pw-article-card-headline-color=var(--pw-color-text)] - Headline colour.
 * @cssprop [--pw-article-card-accent-color=var(--pw-color-primary)] - Category colour.
 * @cssprop [--pw-article-card-aspect-ratio=16 / 9] - Image aspect ratio.
 * @cssprop [--pw-article-card-summary-lines=3] - Summary lines shown before it is cut.
 */
export class ArticleCard extends LitElement {
  // One sheet, not four: every card's shadow root adopts it, so a page of cards adopts a quarter as many.
  static override styles = css`
    ${hostStyles}${focusStyles}${visuallyHiddenStyles}${articleCardStyles}
  `;

  static override properties = {
    headline: {},
    href: {},
    summary: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    published: {},
    updatedAt: { attribute: 'updated' },
    author: {},
    category: {},
    categoryHref: { attribute: 'category-href' },
    layout: { reflect: true },
    headingLevel: { converter: numberAttribute, attribute: 'heading-level' },
    loading: { type: Boolean, reflect: true },
    timeZone: { attribute: 'time-zone' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    strings: { converter: stringsConverter },
    imageFailed: { state: true },
  };

  /** The headline, also the text of the card's link. */
  declare headline?: string;
  /** The article's URL. */
  declare href?: string;
  /** A short summary, shown as plain text. */
  declare summary?: string;
  /** Image URL. A missing or failing image shows a neutral placeholder. */
  declare image?: string;
  /** Text alternative of the image; leave empty when the image is decorative. */
  declare imageAlt?: string;
  /** Publication date and time (ISO 8601). */
  declare published?: string;
  /** Last update (attribute `updated`; the property has another name because Lit owns `updated()`). */
  declare updatedAt?: string;
  /** Author or source. */
  declare author?: string;
  /** Category or section name. */
  declare category?: string;
  /** Link of the category page; the category stays a separate link. */
  declare categoryHref?: string;
  // Left unset rather than defaulted, so that a page of default cards writes no attribute on each host.
  /**
   * `vertical`, `horizontal`, `compact` or `featured`.
   * @default 'vertical'
   */
  declare layout?: Layout;
  /** Heading level of the headline, 2–6 (default 3). */
  declare headingLevel: number;
  /** Shows a skeleton while the host loads the data. */
  declare loading: boolean;
  /** IANA time zone the dates are shown in (default Asia/Ho_Chi_Minh), whatever the reader's clock. */
  declare timeZone: string;
  /** Adds schema.org NewsArticle JSON-LD to the light DOM. */
  declare structuredData: boolean;
  /** Overrides of the built-in strings. */
  declare strings?: StringOverrides<ArticleMessageKey>;

  declare private imageFailed: boolean;

  private readonly language = new LanguageController(this);
  // Validated once per change (so a bad value is reported once), read by every render.
  private data?: Article;
  private publishedDate?: Date;
  private updatedDate?: Date;
  private external = false;
  private resolvedLayout: Layout = 'vertical';
  private resolvedLevel: HeadingLevel = 3;
  private zone = defaultTimeZone;

  constructor() {
    super();
    this.headingLevel = 3;
    this.loading = false;
    this.timeZone = defaultTimeZone;
    this.structuredData = false;
    this.imageFailed = false;
    this.addEventListener('click', this.onCardClick);
    this.addEventListener('auxclick', this.onCardClick);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('image')) this.imageFailed = false;
    if (dataKeys.some((key) => changed.has(key))) {
      this.data = this.validate();
      this.publishedDate = parseDate(this.data?.published);
      this.updatedDate = parseDate(this.data?.updatedAt);
      this.external = this.data?.href !== undefined && isExternalUrl(this.data.href, document.baseURI);
    }
    if (changed.has('layout')) this.resolvedLayout = normalizeLayout(this.layout, cardTag);
    if (changed.has('headingLevel')) this.resolvedLevel = normalizeHeadingLevel(this.headingLevel);
    if (changed.has('timeZone')) this.zone = resolveTimeZone(this.timeZone, cardTag);
  }

  protected override firstUpdated(): void {
    // Attributes but no headline is the mark of a typo in a CMS template (title=, heading=).
    if (this.data !== undefined || this.loading) return;
    const authored = this.getAttributeNames().filter((name) => !notAuthoredData.has(name));
    if (authored.length > 0) {
      reportInvalidInput('warn', {
        element: cardTag,
        attribute: 'headline',
        value: this.headline ?? '(missing)',
        problem: 'no headline',
        allowed: 'headline="…" (the text of the card’s link), plus href, summary, image…',
        fallback: 'an empty card',
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    // Written while on, and removed once when turned off; a page of plain cards never touches it.
    if (this.structuredData || changed.get('structuredData') === true) this.writeStructuredData();
  }

  /** The card's data as an {@link Article} (unsafe URLs dropped), or undefined without a headline. */
  get article(): Article | undefined {
    return this.data;
  }

  private validate(): Article | undefined {
    const fields = Object.fromEntries(dataKeys.map((key) => [key, this[key]]));
    return normalizeArticle(fields, cardSource);
  }

  private writeStructuredData(): void {
    const article = this.article;
    const data = this.structuredData && article ? newsArticleJsonLd(article, document.baseURI) : undefined;
    writeStructuredData(this, jsonLdMarker, data);
  }

  /**
   * A click anywhere on the card follows the headline link, unless the reader was selecting text; a
   * middle click (auxclick, button 1) opens it in a new tab, as on the link itself.
   */
  private readonly onCardClick = (event: MouseEvent): void => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const path = event.composedPath();
    const interactive = (node: EventTarget): boolean =>
      (node instanceof HTMLAnchorElement && node.hasAttribute('href')) || node instanceof HTMLButtonElement;
    if (path.some(interactive)) return;
    if ((globalThis.getSelection?.()?.toString() ?? '') !== '') return;
    const link = this.renderRoot.querySelector<HTMLAnchorElement>('.headline a[href]');
    if (!link) return;
    link.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        composed: true,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        button: event.button,
      }),
    );
  };

  protected override render(): TemplateResult {
    const layout = this.resolvedLayout;
    const article = this.data;
    if (this.loading) return this.renderSkeleton();
    // No headline: nothing to link, so nothing to show (firstUpdated says why when it looks like a mistake).
    if (article === undefined) return html``;
    const language = this.language.language;
    const format = dateFormat({ language, timeZone: this.zone, ...dateOptions });
    const published = this.publishedDate;
    const updated = this.updatedDate;
    const image = this.imageFailed ? undefined : article.image;
    const tag = headingTags[this.resolvedLevel];
    // One flat template, since a page may render a thousand cards. Text is set as textContent (no
    // marker node per text). Empty optional parts are hidden by CSS (:empty, img:not([src])), not
    // by a binding each. The rare update line is the only nested template. The heading tag is a
    // static-html literal, which the lit lint rules do not know.
    /* eslint-disable lit/binding-positions, lit/no-invalid-html */
    return html`<article part="card" class=${article.href ? `card ${layout} linked` : `card ${layout}`}>
      <div part="media" class="media"
        ><img
          part="image"
          src=${image ?? nothing}
          alt=${article.imageAlt ?? ''}
          loading="lazy"
          decoding="async"
          @error=${this.onImageError}
        /><div part="placeholder" class="placeholder" aria-hidden="true"></div
      ></div>
      <div part="body" class="body"
        ><a part="category" class="category" dir="auto" href=${article.categoryHref ?? nothing} .textContent=${article.category ?? ''}></a
        ><${tag} part="headline" class="headline"
          ><a part="link" href=${article.href ?? nothing} dir="auto" rel=${this.external ? 'noopener noreferrer' : nothing}
            .textContent=${article.headline}></a
          ></${tag}
        ><p part="summary" class="summary" dir="auto" .textContent=${article.summary ?? ''}></p
        ><p part="meta" class="meta" ?hidden=${!article.author && !published && !updated}
          ><span class="meta-items"
            ><span class="author" dir="auto" .textContent=${article.author ?? ''}></span
            ><time part="published" datetime=${published?.toISOString() ?? nothing}
              .textContent=${published ? format.format(published) : ''}></time
            >${updated ? this.renderUpdated(updated, format, language) : nothing}</span
          ></p
        ></div>
    </article>`;
    /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  }

  private renderUpdated(updated: Date, format: Intl.DateTimeFormat, language: Language): TemplateResult {
    const messages = resolveMessages(articleMessages, language, this.strings);
    return html`<span class="updated"
      >${messages.updated} <time part="updated" datetime=${updated.toISOString()}>${format.format(updated)}</time></span
    >`;
  }

  private readonly onImageError = (): void => {
    this.imageFailed = true;
  };

  private renderSkeleton(): TemplateResult {
    const messages = resolveMessages(articleMessages, this.language.language, this.strings);
    return html`<article part="card" class="card ${this.resolvedLayout} skeleton" aria-busy="true">
      <div part="media" class="media"><div class="placeholder"></div></div>
      <div part="body" class="body">
        <span class="bone headline-bone"></span><span class="bone"></span><span class="bone short"></span>
        <span class="visually-hidden">${messages.loading}</span>
      </div>
    </article>`;
  }
}
