// The page side of the benchmark: the same N articles rendered one of three ways, timed to the first
// frame after they are in the document. run.mjs loads a fresh page per sample and calls window.bench.
import { ArticleCard } from '@portal-widgets/article-card';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import { LitElement, html } from 'lit';

const maxCards = 1000;

// The same date format the card uses, for the variants that format it themselves.
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});

// Built at load, so it is part of the heap baseline and outside the timed region in every variant.
const articles = Array.from({ length: maxCards }, (_, index) => ({
  headline: `Tin ${index + 1}: Ủy ban nhân dân tỉnh triển khai kế hoạch chuyển đổi số năm 2025`,
  href: `/tin-tuc/bai-${index + 1}.html`,
  summary:
    'Kế hoạch đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, ' +
    'đồng thời nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn tỉnh.',
  image: '/image.svg',
  imageAlt: 'Quang cảnh hội nghị triển khai kế hoạch',
  // 18:30 UTC is already the next day in Vietnam: the card must show 15/03/2025.
  published: '2025-03-14T18:30:00Z',
  author: 'Văn phòng UBND tỉnh',
  category: 'Chuyển đổi số',
  categoryHref: '/chuyen-muc/chuyen-doi-so.html',
}));

function template(html) {
  const element = document.createElement('template');
  element.innerHTML = html;
  return element;
}

// The physical floor: the card's visual structure as plain light DOM, filled by direct child access.
const floorTemplate = template(
  '<article class="card"><div class="media"><img loading="lazy" decoding="async"></div>' +
    '<div class="body"><a class="category"></a><h3 class="headline"><a></a></h3><p class="summary"></p>' +
    '<p class="meta"><span class="author"></span> <time></time></p></div></article>',
);

function floorCard(article) {
  const card = floorTemplate.content.firstElementChild.cloneNode(true);
  const [media, body] = card.children;
  const image = media.firstElementChild;
  image.src = article.image;
  image.alt = article.imageAlt;
  const [category, headline, summary, meta] = body.children;
  category.href = article.categoryHref;
  category.textContent = article.category;
  const link = headline.firstElementChild;
  link.href = article.href;
  link.textContent = article.headline;
  summary.textContent = article.summary;
  const [author, time] = meta.children;
  author.textContent = article.author;
  const date = new Date(article.published);
  time.dateTime = date.toISOString();
  time.textContent = dateFormat.format(date);
  return card;
}

/** An element of `tagName` with the article's nine properties set, as a page's script sets them. */
function propertyCard(tagName, article) {
  const card = document.createElement(tagName);
  card.headline = article.headline;
  card.href = article.href;
  card.summary = article.summary;
  card.image = article.image;
  card.imageAlt = article.imageAlt;
  card.published = article.published;
  card.author = article.author;
  card.category = article.category;
  card.categoryHref = article.categoryHref;
  return card;
}

/**
 * The Lit floor: a card with the real card's shadow structure and style sheet, its properties bound
 * straight into the template. No validation, language, time zone or image fallback: what Lit and a
 * shadow root cost before the card does any work of its own.
 */
class MinimalLitCard extends LitElement {
  static styles = ArticleCard.styles;

  static properties = {
    headline: {},
    href: {},
    summary: {},
    image: {},
    imageAlt: {},
    published: {},
    author: {},
    category: {},
    categoryHref: {},
  };

  render() {
    const date = new Date(this.published);
    return html`<article part="card" class="card vertical linked">
      <div part="media" class="media">
        <img part="image" src=${this.image} alt=${this.imageAlt} loading="lazy" decoding="async" />
        <div part="placeholder" class="placeholder" aria-hidden="true"></div>
      </div>
      <div part="body" class="body">
        <a part="category" class="category" href=${this.categoryHref} .textContent=${this.category}></a>
        <h3 part="headline" class="headline"><a part="link" href=${this.href} .textContent=${this.headline}></a></h3>
        <p part="summary" class="summary" .textContent=${this.summary}></p>
        <p part="meta" class="meta">
          <span class="meta-items"
            ><span class="author" .textContent=${this.author}></span
            ><time part="published" datetime=${date.toISOString()} .textContent=${dateFormat.format(date)}></time
          ></span>
        </p>
      </div>
    </article>`;
  }
}
customElements.define('bench-lit-card', MinimalLitCard);

const shoelaceTemplate = template(
  '<sl-card class="sl-news"><img slot="image" loading="lazy" decoding="async">' +
    '<a slot="header" class="category"></a>' +
    '<h3 class="headline"><a></a></h3><p class="summary"></p>' +
    '<p slot="footer" class="meta"><span class="author"></span> <time></time></p></sl-card>',
);

function shoelaceCard(article) {
  const card = shoelaceTemplate.content.firstElementChild.cloneNode(true);
  const [image, category, headline, summary, meta] = card.children;
  image.src = article.image;
  image.alt = article.imageAlt;
  category.href = article.categoryHref;
  category.textContent = article.category;
  const link = headline.firstElementChild;
  link.href = article.href;
  link.textContent = article.headline;
  summary.textContent = article.summary;
  const [author, time] = meta.children;
  author.textContent = article.author;
  const date = new Date(article.published);
  time.dateTime = date.toISOString();
  time.textContent = dateFormat.format(date);
  return card;
}

const builders = {
  floor: floorCard,
  lit: (article) => propertyCard('bench-lit-card', article),
  card: (article) => propertyCard('pw-article-card', article),
  'sl-card': shoelaceCard,
};

/** Resolves after the first frame that follows the current task: rAF, then a task after the frame. */
function nextPaintedFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    });
  });
}

/** Resolves after every microtask queued so far, and those they queue a few levels deep, have run. */
async function drainMicrotasks() {
  for (let hop = 0; hop < 8; hop += 1) await undefined;
}

/**
 * Renders `count` cards of `variant` into #root. Returns milliseconds from the start to the end of
 * style and layout (forced once the components' render microtasks have run; no frame wait in it) and
 * to the first painted frame (which also waits for the next frame tick of the display, up to 16.7 ms).
 */
async function bench(variant, count) {
  const build = builders[variant];
  if (build === undefined) throw new Error(`unknown variant ${variant}`);
  const root = document.getElementById('root');
  const items = articles.slice(0, count);
  // Start from a quiet main thread, right after a frame.
  await nextPaintedFrame();
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  for (const article of items) fragment.append(build(article));
  root.append(fragment);
  await drainMicrotasks();
  const script = performance.now() - start;
  void root.offsetHeight;
  const layout = performance.now() - start;
  await nextPaintedFrame();
  return { script, layout, frame: performance.now() - start };
}

/** The first card's text as a reader sees it (shadow text for the Lit card, light DOM otherwise). */
function firstCardText() {
  const first = document.getElementById('root').firstElementChild;
  const text = first?.shadowRoot?.textContent.trim() || first?.textContent || '';
  return text.replace(/\s+/g, ' ').trim();
}

Object.assign(window, { bench, firstCardText });
