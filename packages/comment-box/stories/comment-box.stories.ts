import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import '@portal-widgets/comment-box';
import type { CommentBox } from '@portal-widgets/comment-box';
import { createCommentsServer, type CommentsServerOptions } from './comments-server.js';
import { englishComments, roadComments, unbrokenComments } from './data.js';

const endpoint = '/api/y-kien';
const route = `${endpoint}/threads/:thread/comments`;
/** apps/comments-api as the root `npm start` runs it. */
const liveEndpoint = 'http://localhost:8787';

interface Delays {
  /** Delay of every GET, in ms, or `infinite`. */
  list?: number | 'infinite';
  /** Delay of every POST, in ms, or `infinite`. */
  post?: number | 'infinite';
}

/** MSW handlers that answer the widget with the in-memory comments API (openapi.json). */
function commentsApi(options: CommentsServerOptions = {}, delays: Delays = {}) {
  const server = createCommentsServer(options);
  return [
    http.get(route, async ({ request }) => {
      if (delays.list !== undefined) await delay(delays.list);
      return server.list(request);
    }),
    http.post(route, async ({ request }) => {
      if (delays.post !== undefined) await delay(delays.post);
      return server.post(request);
    }),
  ];
}

const draftStorageKey = (thread: string) => `pw-comment-box:draft:${endpoint}/threads/${thread}/comments`;

/** What a reader left unsent on this thread: the element restores it as a draft. */
function seedDraft(thread: string, draft: { author?: string; email?: string; content: string }): void {
  try {
    localStorage.setItem(
      draftStorageKey(thread),
      JSON.stringify({ author: '', email: '', ...draft, savedAt: Date.now() }),
    );
  } catch {
    // Storage blocked in this browser: the story shows an empty form instead.
  }
}

/**
 * Forgets what an earlier visit to the story typed, so a state story never opens on a restored
 * draft ("Đã khôi phục…", "Xoá nội dung đã viết").
 */
function clearDraft(thread: string): void {
  try {
    localStorage.removeItem(draftStorageKey(thread));
  } catch {
    // Storage blocked: there is no draft to restore either.
  }
}

interface Fields {
  author?: string;
  email?: string;
  content?: string;
}

/** Types into the fields as a reader does (input events), so the state shows no restored draft. */
async function fill(canvasElement: HTMLElement, fields: Fields): Promise<void> {
  const box = canvasElement.querySelector<CommentBox>('pw-comment-box');
  if (!box) return;
  await box.updateComplete;
  for (const [name, value] of Object.entries(fields)) {
    const input = box.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${name}`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await box.updateComplete;
}

/** Sends what the form holds, as the reader pressing "Gửi ý kiến" does. */
async function send({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const box = canvasElement.querySelector<CommentBox>('pw-comment-box');
  if (!box) return;
  await box.updateComplete;
  await box.send();
}

/** Play function of a state story: the reader types the fields, then presses "Gửi ý kiến". */
const typeAndSend =
  (fields: Fields) =>
  async (context: { canvasElement: HTMLElement }): Promise<void> => {
    await fill(context.canvasElement, fields);
    await send(context);
  };

const frame = (content: TemplateResult, width = '40rem') => html`<div style="max-width: ${width}">${content}</div>`;

const letter =
  'Kính gửi Ban biên tập, tôi là người dân sống tại thôn Đông, xã Phú Lâm. Đoạn đường từ cầu Phú Lâm đến ngã ba chợ đã xuống cấp nhiều năm, ổ gà dày đặc, mùa mưa ngập sâu. ' +
  'Tôi đề nghị tỉnh ưu tiên thi công đoạn này trước, đồng thời làm rãnh thoát nước hai bên và lắp đèn chiếu sáng. Xin trân trọng cảm ơn.';

interface CommentBoxArgs {
  thread: string;
  'page-size': number;
  'max-length': number;
  'require-email': boolean;
}

const renderBox = (args: CommentBoxArgs, api = endpoint) =>
  frame(
    html`<pw-comment-box
      endpoint=${api}
      thread=${args.thread}
      page-size=${args['page-size']}
      max-length=${args['max-length']}
      ?require-email=${args['require-email']}
    ></pw-comment-box>`,
  );

const meta: Meta<CommentBoxArgs> = {
  title: 'Widgets/Comment box',
  component: 'pw-comment-box',
  args: { thread: 'quoc-lo-1-nang-cap', 'page-size': 10, 'max-length': 2000, 'require-email': false },
  parameters: { msw: { handlers: commentsApi({ comments: roadComments }) } },
  render: (args) => renderBox(args),
};
export default meta;

type Story = StoryObj<CommentBoxArgs>;

/** An article with published comments, official replies from the editors, and "Xem thêm ý kiến". */
export const WithComments: Story = {};

/** A new article nobody has commented on yet. */
export const EmptyThread: Story = {
  args: { thread: 'bai-moi' },
  parameters: { msw: { handlers: commentsApi() } },
};

/** A long comment near the limit: the count says how many characters are left. */
export const NearTheLimit: Story = {
  args: { thread: 'gan-gioi-han', 'max-length': 400 },
  parameters: { msw: { handlers: commentsApi() } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread} max-length="400"></pw-comment-box>`);
  },
  play: ({ canvasElement }) => fill(canvasElement, { author: 'Nguyễn Thị Thu', content: letter.slice(0, 380) }),
};

/** Past the soft limit: typing goes on, the count says how many too many, and sending is refused. */
export const OverTheLimit: Story = {
  args: { thread: 'qua-gioi-han', 'max-length': 300 },
  parameters: { msw: { handlers: commentsApi() } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread} max-length="300"></pw-comment-box>`);
  },
  play: typeAndSend({ author: 'Nguyễn Thị Thu', content: letter }),
};

/** "Gửi ý kiến" with nothing filled in: the error summary takes focus and links to the fields. */
export const ValidationErrors: Story = {
  args: { thread: 'kiem-tra-loi', 'require-email': true },
  parameters: { msw: { handlers: commentsApi() } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread} require-email></pw-comment-box>`);
  },
  play: typeAndSend({ email: 'thu@vidu', content: '' }),
};

/** While the comment is on its way: the button says so and ignores a second press. */
export const Sending: Story = {
  args: { thread: 'dang-gui' },
  parameters: { msw: { handlers: commentsApi({ comments: roadComments.slice(0, 2) }, { post: 'infinite' }) } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`);
  },
  play: async (context) => {
    await fill(context.canvasElement, {
      author: 'Võ Thành Trung',
      content: 'Tôi đồng ý với phương án phân luồng giao thông.',
    });
    void send(context);
  },
};

/** The server accepted the comment: it awaits moderation, the form and the draft are cleared. */
export const Sent: Story = {
  args: { thread: 'da-gui' },
  parameters: { msw: { handlers: commentsApi({ comments: roadComments.slice(0, 2) }) } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`);
  },
  play: typeAndSend({ author: 'Võ Thành Trung', content: 'Tôi đồng ý với phương án phân luồng giao thông.' }),
};

/**
 * The reader comes back to an article with an unsent comment: it is restored from the draft,
 * with "Đã khôi phục nội dung bạn viết dở…" and "Xoá nội dung đã viết".
 */
export const RestoredDraft: Story = {
  args: { thread: 'ban-nhap' },
  parameters: { msw: { handlers: commentsApi({ comments: roadComments.slice(0, 2) }) } },
  render: (args) => {
    seedDraft(args.thread, { author: 'Trần Văn Hải', content: 'Tôi viết dở ý kiến này hôm qua, xin gửi tiếp.' });
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`);
  },
};

/** The server refused a field (`400` with `fields`): the problem lands on its field and in the summary. */
export const ServerFieldErrors: Story = {
  tags: ['logs-errors'],
  args: { thread: 'tu-ngu-cam' },
  parameters: { msw: { handlers: commentsApi({ bannedWords: ['lừa đảo'] }) } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`);
  },
  play: typeAndSend({ author: 'Khách', content: 'Dự án này toàn lừa đảo!' }),
};

/** `409`: the article no longer takes comments; the text stays for the reader to copy. */
export const ThreadClosed: Story = {
  tags: ['logs-errors'],
  args: { thread: 'da-dong' },
  parameters: { msw: { handlers: commentsApi({ comments: roadComments.slice(0, 3), closed: true }) } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`);
  },
  play: typeAndSend({ author: 'Lê Thị Mai', content: 'Xin hỏi thêm về phương án bồi thường.' }),
};

/** `429` with `Retry-After`: the reader is told how long to wait; "Gửi lại" does not send before then. */
export const RateLimited: Story = {
  tags: ['logs-errors'],
  args: { thread: 'gui-qua-nhanh' },
  parameters: { msw: { handlers: commentsApi({ failPostsWith: 429, retryAfterSeconds: 30 }) } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`);
  },
  play: typeAndSend({ author: 'Đặng Quang Huy', content: 'Bổ sung thêm ý kiến thứ ba.' }),
};

/** `5xx`: nothing typed is lost; "Gửi lại" resends with the same Idempotency-Key. */
export const ServerError: Story = {
  tags: ['logs-errors'],
  args: { thread: 'may-chu-loi' },
  parameters: { msw: { handlers: commentsApi({ failPostsWith: 503 }) } },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`);
  },
  play: typeAndSend({ author: 'Bùi Thị Lan', content: letter }),
};

/** The server cannot be reached (network down, offline): the text stays and "Gửi lại" is offered. */
export const NetworkFailure: Story = {
  tags: ['logs-errors'],
  args: { thread: 'mat-mang' },
  parameters: {
    msw: {
      handlers: [
        http.get(route, () => HttpResponse.json({ items: [], nextCursor: null, total: 0 })),
        http.post(route, () => HttpResponse.error()),
      ],
    },
  },
  render: (args) => {
    clearDraft(args.thread);
    return frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`);
  },
  play: typeAndSend({ author: 'Bùi Thị Lan', content: 'Ý kiến viết lúc mạng chập chờn.' }),
};

/** A slow server: the list says it is loading, and a send takes a few seconds. */
export const SlowServer: Story = {
  args: { thread: 'may-chu-cham' },
  parameters: { msw: { handlers: commentsApi({ comments: roadComments }, { list: 4000, post: 4000 }) } },
};

/** The list cannot be loaded (`500`), yet the form works and sends. */
export const ListFailsFormWorks: Story = {
  tags: ['logs-errors'],
  args: { thread: 'danh-sach-loi' },
  parameters: { msw: { handlers: commentsApi({ failListWith: 500 }) } },
};

/** An English page: every string follows `<html lang>` or the closest `lang`. */
export const English: Story = {
  args: { thread: 'english-article' },
  parameters: { msw: { handlers: commentsApi({ comments: englishComments }) } },
  render: (args) =>
    html`<div lang="en" style="max-width: 40rem">
      <pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>
    </div>`,
};

/** Branded by the host page with a handful of `--pw-*` tokens, and "Bình luận" through `strings`. */
export const Themed: Story = {
  args: { thread: 'giao-dien-rieng' },
  parameters: { msw: { handlers: commentsApi({ comments: roadComments.slice(0, 3) }) } },
  render: (args) =>
    html`<div
      style="max-width: 40rem; padding: 1rem; background: #f6fbf8;
        --pw-font-family: Georgia, serif; --pw-color-primary: #0b5d3b; --pw-color-link: #0b5d3b;
        --pw-color-focus: #0b5d3b; --pw-color-border: #b7c9bd; --pw-color-surface-muted: #e6f2ea; --pw-radius: 0"
    >
      <pw-comment-box
        endpoint=${endpoint}
        thread=${args.thread}
        strings='{"heading": "Bình luận", "submit": "Gửi bình luận"}'
      ></pw-comment-box>
    </div>`,
};

/** A site's CAPTCHA in the `captcha` slot hands its token over with a `pw-captcha` event. */
export const WithCaptcha: Story = {
  args: { thread: 'co-captcha' },
  parameters: { msw: { handlers: commentsApi() } },
  render: (args) =>
    frame(
      html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}>
        <label
          slot="captcha"
          style="display: inline-flex; gap: 0.5rem; align-items: center; padding: 0.75rem; border: 1px solid #c9d0d8"
        >
          <input
            type="checkbox"
            style="width: 24px; height: 24px"
            @change=${(event: Event) => {
              const box = event.target as HTMLInputElement;
              box.dispatchEvent(
                new CustomEvent('pw-captcha', { bubbles: true, detail: { token: box.checked ? 'demo-token' : null } }),
              );
            }}
          />
          Tôi không phải là người máy
        </label>
      </pw-comment-box>`,
    ),
};

/** Neither `endpoint` nor `thread`: a clear message instead of a broken form, and a named console error. */
export const MissingConfiguration: Story = {
  tags: ['logs-errors'],
  render: () => frame(html`<pw-comment-box thread=${nothing}></pw-comment-box>`),
};

/** 320 px wide, as on a small phone: long unbroken names and links wrap, every button is full width. */
export const Narrow: Story = {
  args: { thread: 'man-hinh-hep' },
  parameters: { msw: { handlers: commentsApi({ comments: unbrokenComments }) } },
  render: (args) => frame(html`<pw-comment-box endpoint=${endpoint} thread=${args.thread}></pw-comment-box>`, '20rem'),
};

/**
 * The real comments API on its seeded demo thread: needs the root `npm start` (Storybook on
 * http://localhost:6006, an origin the API allows by default). Comments sent here wait for
 * moderation; start the API with `ADMIN_TOKEN` to moderate them at http://localhost:8787/admin.
 * No MSW handler answers: without the server the list shows its error state, and the form stays.
 */
export const Live: Story = {
  tags: ['logs-errors'],
  args: { thread: 'tin-tuc-2026-11-27-hoi-nghi-an-ninh' },
  parameters: { msw: { handlers: [] } },
  render: (args) => renderBox(args, liveEndpoint),
};
