import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { CommentBox, type CommentErrorDetail, type CommentSubmittedDetail } from '../src/element.js';
import { createCommentsServer, type CommentsServer, type ServerComment } from '../stories/comments-server.js';
import type { TrustedTypesResult } from './fixtures/trusted-types.js';

// Everything a test replaces (console, fetch, navigator.onLine, Date.now, storage) is put back by afterEach.
const restorers: (() => void)[] = [];

afterEach(() => {
  for (const restore of restorers.splice(0).reverse()) restore();
  for (const key of Object.keys(localStorage)) if (key.startsWith('pw-comment-box:')) localStorage.removeItem(key);
});

function replace<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  restorers.push(() => {
    if (own) Object.defineProperty(target, key, own);
    else Reflect.deleteProperty(target, key);
  });
}

function captureConsole(level: 'error' | 'warn'): string[] {
  const messages: string[] = [];
  replace(console, level, (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  });
  return messages;
}

interface Sent {
  method: string;
  url: URL;
  key: string | null;
  body: string;
}

type Route = (request: Request) => Response | Promise<Response>;

/** Answers fetch with a route (by default an in-memory comments server); records what was sent. */
function serve(route: Route): Sent[] {
  const sent: Sent[] = [];
  replace(window, 'fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({
      method: request.method,
      url: new URL(request.url),
      key: request.headers.get('idempotency-key'),
      body: request.method === 'POST' ? await request.clone().text() : '',
    });
    return route(request);
  });
  return sent;
}

/** Serves `server`, holding each POST's answer until `answer()` is called (a comment still sending). */
function serveHeldPosts(server: ReturnType<typeof createCommentsServer>): { sent: Sent[]; answer: () => void } {
  let release: () => void = () => undefined;
  const sent = serve(
    byMethod(server, (request) => new Promise((resolve) => (release = () => resolve(server.post(request))))),
  );
  return { sent, answer: () => release() };
}

const byMethod =
  (server: CommentsServer, post?: Route): Route =>
  (request) =>
    request.method === 'POST' ? (post ?? server.post)(request) : server.list(request);

const posts = (sent: Sent[]) => sent.filter((request) => request.method === 'POST');
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const hour = 3_600_000;

const thread: ServerComment[] = [
  {
    id: 'yk-3',
    author: 'Trần Thị Bình',
    content: 'Đề nghị tỉnh sớm sửa đoạn đường qua xã Phú Lâm.\nXe tải đi lại rất nguy hiểm.',
    createdAt: ago(3 * hour + 60_000),
    replies: [
      {
        id: 'yk-4',
        author: 'Ban biên tập Cổng TTĐT tỉnh',
        content: 'Cảm ơn bạn. Sở Giao thông vận tải đã tiếp nhận ý kiến.',
        createdAt: ago(hour),
        official: true,
      },
    ],
  },
  { id: 'yk-2', author: 'Lê Văn Tám', content: 'Bài viết rất hữu ích.', createdAt: ago(26 * hour) },
];

function shadow(el: Element): ShadowRoot {
  if (el.shadowRoot === null) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

function find<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
}

const all = (el: Element, selector: string): HTMLElement[] => Array.from(shadow(el).querySelectorAll(selector));
const text = (el: Element, selector: string): string =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const field = (el: Element, id: 'author' | 'email' | 'content') =>
  find<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);

interface AccessibleNode {
  role: string;
  name: string;
  children?: AccessibleNode[];
}

/** Nodes of Chromium's accessibility tree with this role. */
async function accessible(role: string): Promise<string[]> {
  const names: string[] = [];
  const visit = (node: AccessibleNode): void => {
    if (node.role === role) names.push(node.name);
    for (const child of node.children ?? []) visit(child);
  };
  visit((await a11ySnapshot({})) as unknown as AccessibleNode);
  return names;
}

/** Types into a field with real key presses, as a reader does. */
async function type(el: CommentBox, id: 'author' | 'email' | 'content', value: string): Promise<void> {
  field(el, id).focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

/** Sets a field the way an input method or a paste does: the value changes and `input` fires. */
async function fill(el: CommentBox, id: 'author' | 'email' | 'content', value: string): Promise<void> {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fillValid(el: CommentBox): Promise<void> {
  await fill(el, 'author', 'Nguyễn Văn An');
  await fill(el, 'content', 'Tôi đồng ý với chủ trương này.');
}

async function box(
  server: CommentsServer = createCommentsServer({ comments: thread }),
  template = html`<pw-comment-box endpoint="/api" thread="bai-1" .typingPause=${0}></pw-comment-box>`,
): Promise<{ el: CommentBox; sent: Sent[] }> {
  const sent = serve(byMethod(server));
  const el = await fixture<CommentBox>(template);
  await waitUntil(() => text(el, '[part="list-status"]') !== 'Đang tải ý kiến…', 'the list settles');
  await el.updateComplete;
  return { el, sent };
}

/** Clicks the send button and waits until the send (or the refusal to send) has settled. */
const submit = async (el: CommentBox) => {
  find<HTMLButtonElement>(el, '[part="submit-button"]').click();
  await el.updateComplete;
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part="submit-button"]')?.getAttribute('aria-disabled') !== 'true',
  );
  await el.updateComplete;
};

/** The element that has focus, looked up through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A fake clock for timers of `ms` (the send's 15 s timeout): they run when the test says the time
 * has passed, at once and without waiting; every other timer runs as usual.
 */
function holdTimers(ms: number): { held: () => number; elapse: () => void } {
  const due: (() => void)[] = [];
  const realSetTimeout = window.setTimeout.bind(window);
  replace(window, 'setTimeout', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (delay !== ms || typeof handler !== 'function') return realSetTimeout(handler, delay, ...args);
    due.push(() => (handler as (...rest: unknown[]) => void)(...args));
    return 0;
  }) as typeof window.setTimeout);
  return { held: () => due.length, elapse: () => due.splice(0).forEach((run) => run()) };
}

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string): number => {
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The width inside an element's padding: what a child at `width: 100%` takes. */
function innerWidth(el: Element): number {
  const style = getComputedStyle(el);
  return el.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
}

describe('<pw-comment-box>', () => {
  it('is registered and renders a labelled form and the list, with no axe violations', async () => {
    const { el, sent } = await box();
    expect(customElements.get('pw-comment-box')).to.equal(CommentBox);
    expect(text(el, 'h2')).to.equal('Ý kiến bạn đọc');
    expect(await accessible('textbox')).to.include.members(['Họ và tên', 'Email (không bắt buộc)', 'Ý kiến của bạn']);
    expect(await accessible('button')).to.include('Gửi ý kiến');
    expect(sent.map((request) => `${request.method} ${request.url.pathname}${request.url.search}`)).to.deep.equal([
      'GET /api/threads/bai-1/comments?limit=10',
    ]);
    await expect(el).to.be.accessible();
  });

  it('hides the honeypot from the tab order and the accessibility tree, and sends it empty', async () => {
    const { el, sent } = await box();
    const honeypot = find<HTMLInputElement>(el, '#website');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).not.to.equal(null);
    expect(await accessible('textbox')).not.to.include('Để trống ô này');
    await fillValid(el);
    await submit(el);
    expect(JSON.parse(posts(sent)[0]?.body ?? '{}').website).to.equal('');
  });

  describe('configuration', () => {
    it('shows a configuration message and one named console error without endpoint', async () => {
      const errors = captureConsole('error');
      const sent = serve(() => new Response('{}'));
      const el = await fixture<CommentBox>(html`<pw-comment-box thread="bai-1"></pw-comment-box>`);
      expect(text(el, '.not-configured')).to.equal(
        'Khung ý kiến bạn đọc chưa được cấu hình nên chưa thể xem hay gửi ý kiến.',
      );
      expect(shadow(el).querySelector('form')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^<pw-comment-box> endpoint: missing/);
      expect(sent).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('names a bad thread, and an unsafe endpoint, in one console message each', async () => {
      const errors = captureConsole('error');
      const warnings = captureConsole('warn');
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="../admin"></pw-comment-box>`);
      expect(errors).to.deep.equal([
        '<pw-comment-box> thread: not usable in ../admin. Allowed: the article id: 1–128 letters, digits, ".", "_", "~" or "-". Using a configuration message instead of the form.',
      ]);
      el.endpoint = 'javascript:alert(1)';
      el.thread = 'bai-1';
      await el.updateComplete;
      expect(warnings.join('\n')).to.include('<pw-comment-box> endpoint: unsafe or malformed URL');
      expect(shadow(el).querySelector('form')).to.equal(null);
    });

    it('warns about bad numbers and uses the defaults', async () => {
      const warnings = captureConsole('warn');
      const { el, sent } = await box(
        undefined,
        html`<pw-comment-box endpoint="/api" thread="bai-1" max-length="nhiều" page-size="500"></pw-comment-box>`,
      );
      expect(warnings).to.include(
        '<pw-comment-box> max-length: not a whole number in range in NaN (not a number). Allowed: a whole number from 1 to 100000. Using 2000.',
      );
      expect(warnings.some((warning) => warning.startsWith('<pw-comment-box> page-size:'))).to.equal(true);
      expect(text(el, '#content-hint')).to.equal('Tối đa 2.000 ký tự.');
      expect(sent[0]?.url.searchParams.get('limit')).to.equal('10');
    });

    it('honours properties set before the element was defined', async () => {
      serve(byMethod(createCommentsServer({ comments: thread })));
      const el = document.createElement('pw-comment-box-late') as CommentBox;
      Object.assign(el, { endpoint: '/api', thread: 'bai-1', maxLength: 50, requireEmail: true });
      document.body.append(el);
      restorers.push(() => el.remove());
      customElements.define('pw-comment-box-late', class extends CommentBox {});
      await el.updateComplete;
      expect(text(el, '#content-hint')).to.equal('Tối đa 50 ký tự.');
      expect(text(el, 'label[for="email"]')).to.equal('Email');
      await waitUntil(() => all(el, '[part~="comment"]').length === 2, 'the list loads');
    });
  });

  describe('the list', () => {
    it('shows comments newest first, official replies nested and marked, relative dates with the exact time', async () => {
      const { el } = await box();
      const comments = all(el, '.list > li');
      expect(comments.map((comment) => comment.querySelector('.author')?.textContent)).to.deep.equal([
        'Trần Thị Bình',
        'Lê Văn Tám',
      ]);
      expect(text(el, '#list-heading')).to.equal('Các ý kiến đã đăng (2)');
      const time = comments[0]?.querySelector('time');
      expect(time?.textContent).to.equal('3 giờ trước');
      expect(time?.getAttribute('datetime')).to.equal(thread[0]?.createdAt);
      expect(time?.title).to.match(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
      expect(comments[1]?.querySelector('time')?.textContent).to.equal('1 ngày trước');

      const reply = comments[0]?.querySelector('[part~="reply"]');
      expect(reply?.getAttribute('part')).to.equal('reply official');
      expect(reply?.querySelector('[part="official-badge"]')?.textContent).to.equal('Trả lời của ban biên tập');
      expect(reply?.querySelector('.author')?.textContent).to.equal('Ban biên tập Cổng TTĐT tỉnh');
      expect(getComputedStyle(reply as Element).borderInlineStartWidth).to.equal('4px');
      expect(reply?.parentElement?.getAttribute('aria-label')).to.equal('Trả lời ý kiến của Trần Thị Bình');
      await expect(el).to.be.accessible();
    });

    it('keeps line breaks, wraps long words, isolates bidi text and shows markup from the server as text', async () => {
      const hostile: ServerComment[] = [
        {
          id: 'x',
          author: '<img src=x onerror="window.pwHacked=1">مرحبا',
          content: `<script>window.pwHacked=1</script>\n<b>đậm</b>\n${'A'.repeat(400)}`,
          createdAt: ago(1000),
        },
      ];
      const { el } = await box(createCommentsServer({ comments: hostile }));
      const comment = find(el, '.list > li');
      expect(comment.querySelector('img, script, b')).to.equal(null);
      expect(comment.querySelector('.author')?.textContent).to.equal(hostile[0]?.author);
      expect(comment.querySelector('.author')?.localName).to.equal('bdi');
      const content = comment.querySelector('.content') as HTMLElement;
      expect(content.textContent).to.equal(hostile[0]?.content);
      expect(content.dir).to.equal('auto');
      expect(getComputedStyle(content).whiteSpace).to.equal('pre-line');
      expect(content.scrollWidth).to.be.at.most(content.clientWidth + 1);
      expect(comment.querySelector('time')?.textContent).to.equal('vừa xong');
      expect((window as { pwHacked?: number }).pwHacked).to.equal(undefined);
    });

    it('says when there are no comments yet', async () => {
      const { el } = await box(createCommentsServer());
      expect(text(el, '[part="list-status"]')).to.equal('Chưa có ý kiến nào.');
      expect(text(el, '#list-heading')).to.equal('Các ý kiến đã đăng (0)');
      await expect(el).to.be.accessible();
    });

    it('loads the next page by cursor with "Xem thêm ý kiến" and moves focus to the first new comment', async () => {
      const many = Array.from({ length: 5 }, (_, index) => ({
        id: `c${5 - index}`,
        author: `Bạn đọc ${5 - index}`,
        content: 'Ý kiến',
        createdAt: ago(index * hour),
      }));
      const { el, sent } = await box(
        createCommentsServer({ comments: many }),
        html`<pw-comment-box endpoint="/api" thread="bai-1" page-size="2"></pw-comment-box>`,
      );
      expect(all(el, '.list > li')).to.have.length(2);
      find(el, '[part="more-button"]').click();
      await waitUntil(() => all(el, '.list > li').length === 4, 'the next page is shown');
      expect(sent.at(-1)?.url.search).to.equal('?limit=2&cursor=2');
      expect(shadow(el).activeElement?.querySelector('.author')?.textContent).to.equal('Bạn đọc 3');
      find(el, '[part="more-button"]').click();
      await waitUntil(() => all(el, '.list > li').length === 5, 'the last page is shown');
      expect(shadow(el).querySelector('[part="more-button"]')).to.equal(null);
    });

    it('keeps the comments shown when "Xem thêm" fails, and its retry loads the next page', async () => {
      captureConsole('warn');
      const server = createCommentsServer({ comments: thread });
      let failNext = true;
      serve((request) =>
        new URL(request.url).searchParams.has('cursor') && failNext
          ? new Response('', { status: 404 })
          : server.list(request),
      );
      const el = await fixture<CommentBox>(
        html`<pw-comment-box endpoint="/api" thread="bai-1" page-size="1"></pw-comment-box>`,
      );
      await waitUntil(() => all(el, '.list > li').length === 1, 'the first page is shown');
      find(el, '[part="more-button"]').click();
      await waitUntil(() => shadow(el).querySelector('[part="reload-button"]') !== null, 'the next page fails');
      expect(text(el, '[part="list-status"]')).to.equal('Không tải thêm được ý kiến.');
      expect(all(el, '.list > li')).to.have.length(1);
      failNext = false;
      find(el, '[part="reload-button"]').click();
      await waitUntil(() => all(el, '.list > li').length === 2, 'the retry loads the next page');
      expect(text(el, '[part="list-status"]')).to.equal('');
    });

    it('renders a bounded page when a server sends 10,000 comments at once', async () => {
      const flood = Array.from({ length: 10_000 }, (_, index) => ({
        id: `c${index}`,
        author: `Bạn đọc ${index}`,
        content: 'Ý kiến',
        createdAt: ago(index * 1000),
      }));
      serve(() => Response.json({ items: flood, nextCursor: null, total: 10_000 }));
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await waitUntil(() => all(el, '.list > li').length > 0, 'the comments are shown');
      expect(all(el, '.list > li')).to.have.length(10);
      expect(text(el, '#list-heading')).to.equal('Các ý kiến đã đăng (10.000)');
      find(el, '[part="more-button"]').click();
      await el.updateComplete;
      expect(all(el, '.list > li')).to.have.length(20);
    });

    it('shows a failing list with a retry, and the form still sends', async () => {
      const warnings = captureConsole('warn');
      const server = createCommentsServer({ comments: thread });
      let listFails = true;
      const sent = serve((request) =>
        request.method === 'POST'
          ? server.post(request)
          : listFails
            ? new Response('<html><body>502</body></html>', { status: 502 })
            : server.list(request),
      );
      const el = await fixture<CommentBox>(
        html`<pw-comment-box endpoint="/api" thread="bai-1" .typingPause=${0}></pw-comment-box>`,
      );
      await waitUntil(() => shadow(el).querySelector('[part="reload-button"]') !== null, 'the list fails', {
        timeout: 8000,
      });
      expect(text(el, '[part="list-status"]')).to.equal(
        'Không tải được các ý kiến đã đăng. Bạn vẫn có thể gửi ý kiến.',
      );
      expect(warnings.join('\n')).to.include('<pw-comment-box> comments could not be loaded');
      await expect(el).to.be.accessible();

      await fillValid(el);
      await submit(el);
      expect(text(el, '[part="status"]')).to.equal('Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.');
      expect(posts(sent)).to.have.length(1);

      listFails = false;
      find(el, '[part="reload-button"]').click();
      await waitUntil(() => all(el, '.list > li').length === 2, 'the retry loads the list');
    });
  });

  describe('character count', () => {
    it('counts in NFC code points, shows the count without a live region and announces it after typing pauses', async () => {
      const { el } = await box(
        undefined,
        html`<pw-comment-box endpoint="/api" thread="bai-1" max-length="20" .typingPause=${0}></pw-comment-box>`,
      );
      const count = find(el, '[part="count"]');
      expect(count.textContent).to.equal('Bạn còn 20 ký tự');
      expect(count.getAttribute('aria-hidden')).to.equal('true');
      expect(count.closest('[role="status"], [aria-live]')).to.equal(null);

      const decomposed = 'Hà Nội 👍'.normalize('NFD');
      await type(el, 'content', decomposed);
      // What the reader typed stays as typed: input methods such as Telex retype characters in place.
      expect(field(el, 'content').value).to.equal(decomposed);
      expect(count.textContent).to.equal('Bạn còn 12 ký tự');
      const status = find(el, '.field [role="status"]');
      await waitUntil(() => status.textContent === 'Bạn còn 12 ký tự', 'the count is announced after the pause');

      await type(el, 'content', ' và những điều khác');
      expect(count.textContent).to.equal('Bạn đã viết thừa 7 ký tự');
      expect(count.classList.contains('over')).to.equal(true);
      await waitUntil(() => status.textContent === 'Bạn đã viết thừa 7 ký tự', 'the excess is announced');
    });

    it('announces only once typing pauses, however fast the keys come', async () => {
      const { el } = await box(
        undefined,
        html`<pw-comment-box endpoint="/api" thread="bai-1" .typingPause=${60_000}></pw-comment-box>`,
      );
      await type(el, 'content', 'Xin chào');
      await nextFrame();
      expect(find(el, '.field [role="status"]').textContent).to.equal('');
      expect(find(el, '[part="count"]').textContent).to.equal('Bạn còn 1.992 ký tự');
    });

    it('announces nothing while the reader types a name', async () => {
      const { el } = await box();
      await type(el, 'author', 'Nguyễn Văn An');
      await waitUntil(
        () => localStorage.getItem('pw-comment-box:draft:/api/threads/bai-1/comments') !== null,
        'the pause has passed: the draft is saved',
      );
      expect(find(el, '.field [role="status"]').textContent).to.equal('');
    });

    it('refuses to send past the limit, saying by how much', async () => {
      const { el, sent } = await box(
        undefined,
        html`<pw-comment-box endpoint="/api" thread="bai-1" max-length="10"></pw-comment-box>`,
      );
      await fill(el, 'author', 'An');
      await fill(el, 'content', 'Mười lăm ký tự!');
      await submit(el);
      expect(text(el, '#content-error')).to.equal('Lỗi: Ý kiến không được dài quá 10 ký tự (bạn đã viết thừa 5 ký tự)');
      expect(posts(sent)).to.have.length(0);
    });
  });

  describe('validation', () => {
    it('focuses an error summary whose links focus the fields, marks fields invalid, then re-validates live', async () => {
      const { el, sent } = await box();
      await submit(el);
      const summary = find(el, '[part="error-summary"]');
      expect(shadow(el).activeElement).to.equal(summary);
      expect(text(el, '#summary-title')).to.equal('Có lỗi cần sửa');
      const links = Array.from(summary.querySelectorAll('a'));
      expect(links.map((link) => link.textContent?.trim())).to.deep.equal([
        'Hãy nhập họ và tên',
        'Hãy nhập ý kiến của bạn',
      ]);
      expect(field(el, 'author').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'author').getAttribute('aria-describedby')).to.equal('author-error');
      expect(field(el, 'content').getAttribute('aria-describedby')).to.equal('content-hint content-error');
      expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('false');
      expect(posts(sent)).to.have.length(0);
      await expect(el).to.be.accessible();

      links[1]?.click();
      expect(shadow(el).activeElement).to.equal(field(el, 'content'));
      links[0]?.click();
      expect(shadow(el).activeElement).to.equal(field(el, 'author'));

      await type(el, 'author', 'An');
      expect(field(el, 'author').getAttribute('aria-invalid')).to.equal('false');
      expect(shadow(el).querySelector('#author-error')).to.equal(null);
      await type(el, 'email', 'an@');
      expect(text(el, '#email-error')).to.equal('Lỗi: Hãy nhập email đúng định dạng, ví dụ: ten@vidu.vn');
    });

    it('requires the email with require-email', async () => {
      const { el } = await box(
        undefined,
        html`<pw-comment-box endpoint="/api" thread="bai-1" require-email></pw-comment-box>`,
      );
      expect(text(el, 'label[for="email"]')).to.equal('Email');
      expect(field(el, 'email').required).to.equal(true);
      await fillValid(el);
      await submit(el);
      expect(text(el, '#email-error')).to.equal('Lỗi: Hãy nhập email');
    });

    it("puts the server's 400 field errors on their fields, in the summary", async () => {
      const { el } = await box(createCommentsServer({ comments: thread, bannedWords: ['lừa đảo'] }));
      await fill(el, 'author', 'An');
      await fill(el, 'content', 'Toàn là lừa đảo');
      await submit(el);
      expect(text(el, '#content-error')).to.equal('Lỗi: Ý kiến có từ ngữ không phù hợp. Hãy sửa lại trước khi gửi.');
      expect(shadow(el).activeElement).to.equal(find(el, '[part="error-summary"]'));
      expect(field(el, 'content').value).to.equal('Toàn là lừa đảo');
      await fill(el, 'content', 'Toàn là chuyện thật');
      expect(shadow(el).querySelector('#content-error')).to.equal(null);
    });
  });

  describe('sending', () => {
    it('sends NFC text with an Idempotency-Key, says it awaits moderation, clears the form and the draft', async () => {
      const { el, sent } = await box();
      await fill(el, 'author', '  Ngo\u0302 Thi\u0323 Hoa ');
      await fill(el, 'email', 'hoa@vidu.vn');
      await fill(el, 'content', 'Đề nghị 👍'.normalize('NFD'));
      await waitUntil(
        () => localStorage.getItem('pw-comment-box:draft:/api/threads/bai-1/comments') !== null,
        'the draft is saved once typing pauses',
      );
      const submitted = oneEvent(el, 'pw-comment-submitted');
      find<HTMLButtonElement>(el, '[part="submit-button"]').click();
      const event = (await submitted) as CustomEvent<CommentSubmittedDetail>;
      expect(event.detail).to.deep.equal({ id: 'yk-1', status: 'pending' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;

      const [request] = posts(sent);
      expect(request?.url.pathname).to.equal('/api/threads/bai-1/comments');
      expect(request?.key).to.match(/^[0-9a-f]{32}$/);
      expect(JSON.parse(request?.body ?? '')).to.deep.equal({
        author: 'Ngô Thị Hoa',
        email: 'hoa@vidu.vn',
        content: 'Đề nghị 👍',
        website: '',
      });
      expect(text(el, '[part="status"]')).to.equal('Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.');
      expect(find(el, '[part="status"]').getAttribute('role')).to.equal('status');
      expect(['author', 'email', 'content'].map((id) => field(el, id as 'author').value)).to.deep.equal(['', '', '']);
      expect(localStorage.getItem('pw-comment-box:draft:/api/threads/bai-1/comments')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ignores a second click while sending, and the button says it is sending', async () => {
      const server = createCommentsServer({ comments: thread });
      const { sent, answer } = serveHeldPosts(server);
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      const button = find<HTMLButtonElement>(el, '[part="submit-button"]');
      button.click();
      button.click();
      await waitUntil(() => posts(sent).length === 1, 'the comment is sent');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent?.trim()).to.equal('Đang gửi…');
      expect(text(el, '[part="status"]')).to.equal('Đang gửi…');
      await expect(el).to.be.accessible();
      answer();
      await waitUntil(() => text(el, '[part="status"]').startsWith('Ý kiến của bạn'), 'the answer arrives');
      expect(posts(sent)).to.have.length(1);
    });

    it('keeps everything on a 5xx, says so, and "Gửi lại" resends with the same key', async () => {
      const warnings = captureConsole('warn');
      const server = createCommentsServer({ comments: thread });
      let fail = true;
      const sent = serve(
        byMethod(server, (request) =>
          fail
            ? Response.json({ error: { code: 'unavailable', message: 'Bảo trì' } }, { status: 503 })
            : server.post(request),
        ),
      );
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      const failed = oneEvent(el, 'pw-comment-error');
      find<HTMLButtonElement>(el, '[part="submit-button"]').click();
      const event = (await failed) as CustomEvent<CommentErrorDetail>;
      expect(event.detail).to.deep.include({ reason: 'server', status: 503, code: 'unavailable' });
      await el.updateComplete;
      expect(text(el, '[part="failure"] p')).to.equal(
        'Máy chủ đang gặp sự cố nên ý kiến chưa được gửi. Nội dung bạn viết vẫn còn nguyên.',
      );
      expect(find(el, '[part="failure"]').getAttribute('role')).to.equal('alert');
      expect(field(el, 'content').value).to.equal('Tôi đồng ý với chủ trương này.');
      expect(warnings.join('\n')).to.include('<pw-comment-box> the comment was not sent: server 503 unavailable');
      await expect(el).to.be.accessible();

      fail = false;
      find(el, '[part="retry-button"]').click();
      await waitUntil(() => text(el, '[part="status"]').startsWith('Ý kiến của bạn'), 'the retry is accepted');
      const [first, second] = posts(sent);
      expect(second?.key).to.equal(first?.key);
      expect(second?.body).to.equal(first?.body);
    });

    it('uses a new key when the reader changed the comment after a failure', async () => {
      captureConsole('warn');
      const sent = serve(byMethod(createCommentsServer(), () => new Response('', { status: 500 })));
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      await submit(el);
      await fill(el, 'content', 'Tôi đồng ý.');
      await submit(el);
      const [first, second] = posts(sent);
      expect(second?.key).not.to.equal(first?.key);
    });

    it('uses a new key when the element moves to another thread with the comment still typed', async () => {
      captureConsole('warn');
      const sent = serve(byMethod(createCommentsServer(), () => new Response('', { status: 503 })));
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      await submit(el);
      el.thread = 'bai-2';
      await el.updateComplete;
      await submit(el);
      const [first, second] = posts(sent);
      expect(second?.url.pathname).to.equal('/api/threads/bai-2/comments');
      expect(second?.body).to.equal(first?.body);
      expect(second?.key).not.to.equal(first?.key);
    });

    it('sends nothing offline, says so and keeps the text', async () => {
      captureConsole('warn');
      const { el, sent } = await box();
      replace(navigator, 'onLine' as keyof Navigator, false as never);
      await fillValid(el);
      await submit(el);
      expect(text(el, '[part="failure"] p')).to.equal(
        'Thiết bị đang mất kết nối mạng nên ý kiến chưa được gửi. Nội dung bạn viết vẫn còn nguyên.',
      );
      expect(posts(sent)).to.have.length(0);
      expect(find(el, '[part="retry-button"]').textContent).to.equal('Gửi lại');
    });

    it('honours Retry-After on a 429: no resend before it, the same key after it', async () => {
      captureConsole('warn');
      const server = createCommentsServer({ comments: thread });
      let limited = true;
      const sent = serve(
        byMethod(server, (request) =>
          limited
            ? Response.json(
                { error: { code: 'rate-limited', message: 'Chậm lại' } },
                { status: 429, headers: { 'retry-after': '30' } },
              )
            : server.post(request),
        ),
      );
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      await submit(el);
      expect(text(el, '[part="failure"] p')).to.equal(
        'Bạn đã gửi nhiều lần trong thời gian ngắn. Hãy gửi lại sau 30 giây.',
      );
      limited = false;
      find(el, '[part="retry-button"]').click();
      await el.updateComplete;
      expect(posts(sent)).to.have.length(1);
      expect(text(el, '[part="failure"] p')).to.match(/Hãy gửi lại sau (29|30) giây\.$/);

      const later = Date.now() + 31_000;
      replace(Date, 'now', () => later);
      await submit(el);
      expect(posts(sent)).to.have.length(2);
      expect(posts(sent)[1]?.key).to.equal(posts(sent)[0]?.key);
      expect(text(el, '[part="status"]')).to.equal('Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.');
    });

    it('says when the thread is closed, keeps the text and offers no retry', async () => {
      const { el } = await box(createCommentsServer({ comments: thread, closed: true }));
      await fillValid(el);
      await submit(el);
      expect(text(el, '[part="failure"] p')).to.equal(
        'Bài viết này đã ngừng nhận ý kiến. Ý kiến của bạn chưa được gửi; nội dung vẫn còn để bạn sao chép.',
      );
      expect(shadow(el).querySelector('[part="retry-button"]')).to.equal(null);
      expect(field(el, 'content').value).to.equal('Tôi đồng ý với chủ trương này.');
    });

    it('keeps its key when the host page renews the CAPTCHA after a timeout: a retry posts the comment once', async () => {
      captureConsole('warn');
      const clock = holdTimers(15_000);
      const server = createCommentsServer({ comments: thread });
      let lost = true;
      // The first comment reaches the server, but its answer never comes back.
      const sent = serve(
        byMethod(server, async (request) => {
          const answer = await server.post(request);
          return lost ? new Promise<Response>(() => undefined) : answer;
        }),
      );
      const el = await fixture<CommentBox>(
        html`<pw-comment-box endpoint="/api" thread="bai-1">
          <div slot="captcha"><button type="button">Tôi không phải là người máy</button></div>
        </pw-comment-box>`,
      );
      const captcha = el.querySelector('[slot="captcha"]') as HTMLElement;
      const solve = (token: string) =>
        captcha.dispatchEvent(new CustomEvent('pw-captcha', { detail: { token }, bubbles: true }));
      // As the README's CAPTCHA code does: tokens are single-use, so the CAPTCHA is reset after each failure.
      el.addEventListener('pw-comment-error', () => (el.captchaToken = undefined));
      solve('token-1');
      await fillValid(el);
      find(el, '[part="submit-button"]').click();
      await waitUntil(() => posts(sent).length === 1 && clock.held() === 1, 'the comment is on its way');
      clock.elapse();
      await waitUntil(() => text(el, '[part="failure"] p').startsWith('Máy chủ không trả lời kịp'), 'it times out');
      expect(el.captchaToken).to.equal(undefined);

      lost = false;
      solve('token-2');
      find(el, '[part="retry-button"]').click();
      await waitUntil(() => text(el, '[part="status"]').startsWith('Ý kiến của bạn'), 'the retry is answered');
      const [first, retry] = posts(sent);
      expect(JSON.parse(retry?.body ?? '').captchaToken).to.equal('token-2');
      expect(retry?.key).to.equal(first?.key);
      expect(server.received).to.have.length(1);
    });

    it('keeps what the reader typed while the comment was sending, in the fields and the draft, and says it was sent', async () => {
      const server = createCommentsServer({ comments: thread });
      const { sent, answer } = serveHeldPosts(server);
      const el = await fixture<CommentBox>(
        html`<pw-comment-box endpoint="/api" thread="bai-1" .typingPause=${0}></pw-comment-box>`,
      );
      await fillValid(el);
      find(el, '[part="submit-button"]').click();
      await waitUntil(() => posts(sent).length === 1, 'the comment is on its way');
      await fill(el, 'content', 'Tôi đồng ý với chủ trương này. Thêm một ý nữa');
      answer();
      await waitUntil(() => text(el, '[part="status"]').startsWith('Ý kiến của bạn'), 'the answer arrives');

      expect(text(el, '[part="status"]')).to.equal('Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.');
      expect(field(el, 'author').value).to.equal('Nguyễn Văn An');
      expect(field(el, 'content').value).to.equal('Tôi đồng ý với chủ trương này. Thêm một ý nữa');
      const draft = JSON.parse(localStorage.getItem('pw-comment-box:draft:/api/threads/bai-1/comments') ?? '{}');
      expect(draft).to.include({ author: 'Nguyễn Văn An', content: 'Tôi đồng ý với chủ trương này. Thêm một ý nữa' });
      // The comment sent is done with: what stays is another comment, with a key of its own.
      expect(draft.attempt).to.equal(undefined);
      find(el, '[part="submit-button"]').click();
      await waitUntil(() => posts(sent).length === 2, 'the next comment is on its way');
      expect(posts(sent)[1]?.key).not.to.equal(posts(sent)[0]?.key);
      answer();
    });

    it('while sending shows "Đang gửi…" once, on a button of solid colours with at least 4.5:1 contrast', async () => {
      const server = createCommentsServer({ comments: thread });
      const { sent, answer } = serveHeldPosts(server);
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      const button = find<HTMLButtonElement>(el, '[part="submit-button"]');
      button.click();
      await waitUntil(() => posts(sent).length === 1, 'the comment is sent');
      await el.updateComplete;
      const style = getComputedStyle(button);
      expect(button.textContent?.trim()).to.equal('Đang gửi…');
      expect(style.opacity).to.equal('1');
      expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
      // Screen readers hear it from the status; on screen it is on the button only.
      const status = find(el, '[part="status"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent?.trim()).to.equal('Đang gửi…');
      expect(status.getBoundingClientRect().width).to.be.at.most(1);
      expect(status.getBoundingClientRect().height).to.be.at.most(1);
      await expect(el).to.be.accessible();
      answer();
      await waitUntil(() => text(el, '[part="status"]').startsWith('Ý kiến của bạn'), 'the answer arrives');
      expect(status.getBoundingClientRect().height).to.be.greaterThan(1);
    });

    it('moves focus to the success message when "Gửi lại" succeeds, rather than losing it with the button', async () => {
      captureConsole('warn');
      const server = createCommentsServer({ comments: thread });
      let failures = 2;
      const sent = serve(
        byMethod(server, (request) => (failures-- > 0 ? new Response('', { status: 503 }) : server.post(request))),
      );
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      await submit(el);
      find(el, '[part="retry-button"]').focus();
      await sendKeys({ press: 'Enter' });
      // Failing again, the retry's place is the new "Gửi lại".
      await waitUntil(() => posts(sent).length === 2 && focused()?.getAttribute('part') === 'retry-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(el, '[part="status"]').startsWith('Ý kiến của bạn'), 'the retry is accepted');
      await waitUntil(() => focused() === find(el, '[part="status"]'), 'focus is on the success message');
      expect(find(el, '[part="status"]').getAttribute('tabindex')).to.equal('-1');
      expect(shadow(el).querySelector('[part="retry-button"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('after a 422 (key used for another body) sends again with a new key', async () => {
      captureConsole('warn');
      const server = createCommentsServer({ comments: thread });
      let reused = true;
      const sent = serve(
        byMethod(server, (request) =>
          reused
            ? Response.json({ error: { code: 'idempotency-key-reused', message: 'Trùng' } }, { status: 422 })
            : server.post(request),
        ),
      );
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      await submit(el);
      expect(text(el, '[part="failure"] p')).to.include('trùng với một lần gửi trước');
      reused = false;
      find(el, '[part="retry-button"]').click();
      await waitUntil(() => posts(sent).length === 2);
      expect(posts(sent)[1]?.key).not.to.equal(posts(sent)[0]?.key);
    });

    it('reloads the list when the server publishes the comment at once', async () => {
      const { el } = await box(createCommentsServer({ comments: thread, acceptAs: 'published' }));
      await fillValid(el);
      await submit(el);
      expect(text(el, '[part="status"]')).to.equal('Ý kiến của bạn đã được gửi và đăng.');
      await waitUntil(() => all(el, '.list > li').length === 3, 'the new comment is listed');
      expect(all(el, '.list > li')[0]?.querySelector('.author')?.textContent).to.equal('Nguyễn Văn An');
    });
  });

  describe('keyboard', () => {
    it('is usable by keyboard alone: Tab through the fields, skipping the honeypot, Enter sends', async () => {
      const { el, sent } = await box();
      const before = document.createElement('button');
      before.textContent = 'trước';
      el.before(before);
      restorers.push(() => before.remove());
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('author');
      await sendKeys({ type: 'Phạm Minh' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('email');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('content');
      await sendKeys({ type: 'Rất cần thiết.' });
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement as HTMLElement;
      expect(focused.getAttribute('part')).to.equal('submit-button');
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(el, '[part="status"]').startsWith('Ý kiến của bạn'), 'Enter sends');
      expect(posts(sent)).to.have.length(1);
    });

    for (const [modifier, name] of [
      ['Control', 'Ctrl'],
      ['Meta', '⌘'],
    ] as const) {
      it(`sends with ${name}+Enter from the comment box`, async () => {
        const { el, sent } = await box();
        await fill(el, 'author', 'An');
        await type(el, 'content', 'Dòng một');
        await sendKeys({ down: modifier });
        await sendKeys({ press: 'Enter' });
        await sendKeys({ up: modifier });
        await waitUntil(() => posts(sent).length === 1, `${name}+Enter sends`);
        expect(JSON.parse(posts(sent)[0]?.body ?? '').content).to.equal('Dòng một');
      });
    }

    it('never submits a form of the host page', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>
        </form>`,
      );
      serve(byMethod(createCommentsServer()));
      let submitted = 0;
      form.addEventListener('submit', (event) => {
        submitted += 1;
        event.preventDefault();
      });
      const el = form.querySelector('pw-comment-box') as CommentBox;
      await el.updateComplete;
      await fill(el, 'author', 'An');
      field(el, 'author').focus();
      await sendKeys({ press: 'Enter' });
      find(el, '[part="submit-button"]').click();
      await nextFrame();
      expect(submitted).to.equal(0);
    });
  });

  describe('draft', () => {
    it('survives a reload, with a way to clear it; the next send reuses the saved key', async () => {
      const { el } = await box();
      await type(el, 'author', 'Đỗ Hùng');
      await type(el, 'content', 'Bản nháp dài');
      await waitUntil(() => localStorage.getItem('pw-comment-box:draft:/api/threads/bai-1/comments') !== null);
      el.remove();

      const { el: reloaded } = await box();
      expect(field(reloaded, 'author').value).to.equal('Đỗ Hùng');
      expect(field(reloaded, 'content').value).to.equal('Bản nháp dài');
      expect(text(reloaded, '[part="count"]')).to.equal('Bạn còn 1.988 ký tự');
      expect(text(reloaded, '[part="status"]')).to.equal('Đã khôi phục nội dung bạn viết dở trên thiết bị này.');
      await expect(reloaded).to.be.accessible();

      find(reloaded, '[part="discard-button"]').click();
      await reloaded.updateComplete;
      expect(field(reloaded, 'content').value).to.equal('');
      expect(shadow(reloaded).activeElement).to.equal(field(reloaded, 'author'));
      expect(localStorage.getItem('pw-comment-box:draft:/api/threads/bai-1/comments')).to.equal(null);
    });

    it('keeps the key of a send that never got an answer, so a resend after reload cannot post twice', async () => {
      const first = serve(() => new Promise<Response>(() => undefined));
      const el = await fixture<CommentBox>(html`<pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>`);
      await fillValid(el);
      find(el, '[part="submit-button"]').click();
      await waitUntil(() => posts(first).length === 1, 'the comment is on its way');
      el.remove();

      const { el: reloaded, sent } = await box();
      await submit(reloaded);
      expect(posts(sent)[0]?.key).to.equal(posts(first)[0]?.key);
    });

    it('is restored on pageshow from the back/forward cache', async () => {
      const { el } = await box();
      localStorage.setItem(
        'pw-comment-box:draft:/api/threads/bai-1/comments',
        JSON.stringify({ author: 'Bình', email: '', content: 'Từ thẻ khác', savedAt: Date.now() }),
      );
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(field(el, 'content').value).to.equal('Từ thẻ khác');
    });

    it('saves at once when the page is hidden, without waiting for the pause', async () => {
      const { el } = await box(
        undefined,
        html`<pw-comment-box endpoint="/api" thread="bai-1" .typingPause=${60_000}></pw-comment-box>`,
      );
      await fill(el, 'content', 'Viết vội');
      expect(localStorage.getItem('pw-comment-box:draft:/api/threads/bai-1/comments')).to.equal(null);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(
        JSON.parse(localStorage.getItem('pw-comment-box:draft:/api/threads/bai-1/comments') ?? '{}').content,
      ).to.equal('Viết vội');
    });

    it('keeps working when storage throws', async () => {
      replace(Storage.prototype, 'setItem', () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      });
      const { el, sent } = await box();
      await fillValid(el);
      await waitUntil(() => text(el, '[part="count"]') === 'Bạn còn 1.970 ký tự');
      await submit(el);
      expect(posts(sent)).to.have.length(1);
      expect(text(el, '[part="status"]')).to.equal('Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.');
    });
  });

  describe('captcha', () => {
    it('sends the token a pw-captcha event handed over, and puts a refused token on the CAPTCHA', async () => {
      let refuse = true;
      const server = createCommentsServer({ comments: thread });
      const sent = serve(
        byMethod(server, (request) =>
          refuse
            ? Response.json(
                {
                  error: {
                    code: 'invalid-fields',
                    message: 'x',
                    fields: { captchaToken: { code: 'invalid', message: 'Mã xác minh sai' } },
                  },
                },
                { status: 400 },
              )
            : server.post(request),
        ),
      );
      const el = await fixture<CommentBox>(
        html`<pw-comment-box endpoint="/api" thread="bai-1">
          <div slot="captcha"><button type="button">Tôi không phải là người máy</button></div>
        </pw-comment-box>`,
      );
      const captcha = el.querySelector('[slot="captcha"]') as HTMLElement;
      captcha.dispatchEvent(new CustomEvent('pw-captcha', { detail: { token: 'token-1' }, bubbles: true }));
      await fillValid(el);
      await submit(el);
      expect(JSON.parse(posts(sent)[0]?.body ?? '').captchaToken).to.equal('token-1');
      expect(text(el, '#captcha-error')).to.equal('Lỗi: Hãy hoàn thành bước xác minh rồi gửi lại');
      expect(el.captchaToken).to.equal(undefined);
      find(el, '[part="error-summary"] a').click();
      expect(document.activeElement).to.equal(captcha.querySelector('button'));

      refuse = false;
      el.captchaToken = 'token-2';
      await el.updateComplete;
      expect(shadow(el).querySelector('#captcha-error')).to.equal(null);
      await submit(el);
      expect(JSON.parse(posts(sent)[1]?.body ?? '').captchaToken).to.equal('token-2');
      expect(el.captchaToken).to.equal(undefined);
    });
  });

  describe('language, strings and sizes', () => {
    it('speaks English in an English page, with no axe violations', async () => {
      serve(byMethod(createCommentsServer({ comments: thread })));
      const container = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>
        </div>`,
      );
      const el = container.querySelector('pw-comment-box') as CommentBox;
      await waitUntil(() => all(el, '.list > li').length === 2, 'the list loads');
      expect(text(el, 'h2')).to.equal('Reader comments');
      expect(text(el, '[part="count"]')).to.equal('Characters remaining: 2,000');
      expect(all(el, 'time').map((time) => time.textContent)).to.deep.equal(['3 hours ago', '1 hour ago', '1 day ago']);
      expect(text(el, '[part="official-badge"]')).to.equal('Reply from the editors');
      await submit(el);
      expect(text(el, '#summary-title')).to.equal('There is a problem');
      expect(text(el, '#author-error')).to.equal('Error: Enter your full name');
      await expect(el).to.be.accessible();
      await fillValid(el);
      await submit(el);
      expect(text(el, '[part="status"]')).to.equal('Your comment has been sent and is awaiting moderation.');
      await expect(el).to.be.accessible();
    });

    it('takes per-instance strings, the feedback ones included', async () => {
      const { el } = await box(
        undefined,
        html`<pw-comment-box
          endpoint="/api"
          thread="bai-1"
          strings='{"heading": "Bình luận", "authorRequired": "Xin ghi tên"}'
        ></pw-comment-box>`,
      );
      expect(text(el, 'h2')).to.equal('Bình luận');
      await submit(el);
      expect(text(el, '#author-error')).to.equal('Lỗi: Xin ghi tên');
    });

    it('gives every field and button a target of at least 24×24 px and fits 320 px', async () => {
      serve(byMethod(createCommentsServer({ comments: thread })));
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>
        </div>`,
      );
      const el = container.querySelector('pw-comment-box') as CommentBox;
      await waitUntil(() => all(el, '.list > li').length === 2, 'the list loads');
      await submit(el);
      for (const target of all(el, 'a, button, input:not(#website), textarea')) {
        const rect = target.getBoundingClientRect();
        expect(rect.height, `${target.localName} height`).to.be.at.least(24);
        expect(rect.width, `${target.localName} width`).to.be.at.least(24);
        expect(rect.right, `${target.localName} fits`).to.be.at.most(container.getBoundingClientRect().right + 0.5);
      }
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('wraps long unbroken names and words from the server at 320 px: nothing overflows the host', async () => {
      const long = (word: string) => word.repeat(40);
      serve(
        byMethod(
          createCommentsServer({
            comments: [
              {
                id: 'yk-9',
                author: long('Nguyễn'),
                content: long('Quáđáng'),
                createdAt: ago(hour),
                replies: [
                  { id: 'yk-10', author: long('BanBiênTập'), content: long('Đãtiếpnhận'), createdAt: ago(60_000) },
                ],
              },
            ],
          }),
        ),
      );
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <pw-comment-box endpoint="/api" thread="bai-1"></pw-comment-box>
        </div>`,
      );
      const el = container.querySelector('pw-comment-box') as CommentBox;
      await waitUntil(() => all(el, '.list > li').length === 1, 'the list loads');
      // The host measures what its shadow tree lays out: nothing sticks out past its 320 px.
      expect(el.scrollWidth, 'the host does not overflow').to.be.at.most(el.clientWidth);
      const right = el.getBoundingClientRect().right;
      const outside = all(el, '.author, .content');
      expect(outside).to.have.length(4);
      for (const text of outside) {
        expect(text.getBoundingClientRect().right, `${text.className} fits`).to.be.at.most(right + 0.5);
        expect(text.scrollWidth, `${text.className} wraps`).to.be.at.most(text.clientWidth + 1);
      }
    });

    it('wraps an error summary link as text at 320 px, each line a target of at least 24 px', async () => {
      serve(byMethod(createCommentsServer({ comments: thread })));
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <pw-comment-box endpoint="/api" thread="bai-1" max-length="10"></pw-comment-box>
        </div>`,
      );
      const el = container.querySelector('pw-comment-box') as CommentBox;
      await fill(el, 'content', 'Mười lăm ký tự!');
      await submit(el);
      const links = Array.from(find(el, '[part="error-summary"]').querySelectorAll('a'));
      expect(links).to.have.length(2);
      const wrapped = links[1] as HTMLAnchorElement;
      // An inline link wraps into line boxes, so its bullet stays with its first line (an inline-block's goes to its last).
      expect(getComputedStyle(wrapped).display).to.equal('inline');
      const lines = Array.from(wrapped.getClientRects());
      expect(lines.length, 'the long link wraps').to.be.at.least(2);
      for (const [index, line] of lines.entries()) {
        expect(line.height, `line ${index + 1} height`).to.be.at.least(24);
        if (index > 0)
          expect(line.top, `line ${index + 1} clears the one above`).to.be.at.least(
            (lines[index - 1] as DOMRect).bottom - 0.5,
          );
      }
      const [first] = links[0]?.getClientRects() ?? [];
      expect(first && first.height, 'the first link').to.be.at.least(24);
      expect(lines[0]?.top, 'the second item starts below the first').to.be.at.least((first as DOMRect).bottom - 0.5);
    });

    it('makes every button full width in a narrow column: send, "Gửi lại" and "Xem thêm ý kiến"', async () => {
      captureConsole('warn');
      const server = createCommentsServer({ comments: thread });
      serve(byMethod(server, () => new Response('', { status: 503 })));
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <pw-comment-box endpoint="/api" thread="bai-1" page-size="1"></pw-comment-box>
        </div>`,
      );
      const el = container.querySelector('pw-comment-box') as CommentBox;
      await waitUntil(() => all(el, '.list > li').length === 1, 'the list loads');
      await fillValid(el);
      await submit(el);
      const buttons = ['submit-button', 'retry-button', 'more-button'].map((part) => find(el, `[part="${part}"]`));
      for (const button of buttons) {
        const parent = button.parentElement as HTMLElement;
        expect(button.getBoundingClientRect().width, button.getAttribute('part') ?? '').to.be.closeTo(
          innerWidth(parent),
          1,
        );
      }
    });
  });

  describe('strict CSP with Trusted Types', () => {
    it('renders, loads the list and its on-demand modules, and sends, with no violation', async function () {
      this.timeout(30_000);
      const frame = await fixture<HTMLIFrameElement>(html`
        <iframe title="Trusted Types page" src="/packages/comment-box/test/fixtures/trusted-types.html"></iframe>
      `);
      await waitUntil(() => frame.contentWindow?.trustedTypesResult !== undefined, 'the Trusted Types page reports', {
        timeout: 25_000,
      });
      const result = frame.contentWindow?.trustedTypesResult as TrustedTypesResult;
      expect(result.error).to.equal(undefined);
      expect(result.plainStringThrows, 'the page enforces Trusted Types').to.equal(true);
      expect(result.listenerSawPlainString, 'the page sees violations when they happen').to.equal(true);
      expect(result.violations).to.deep.equal([]);
      expect(result.authors).to.deep.equal(['Trần Thị Bình', 'Lê Văn Tám']);
      expect(result.status).to.equal('Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.');
    });
  });
});
