// The moderation page's script. Comment text is only ever set with textContent: it is untrusted
// input, and the page runs under a CSP that requires Trusted Types for every HTML sink.

const tokenKey = 'pw-comments-admin-token';
// The page lives at <base>/admin; the moderation routes at <base>/admin/...
const apiBase = new URL('.', location.href);
const statusNames = { pending: 'chờ duyệt', published: 'đã đăng', rejected: 'đã từ chối' };
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing`);
  return element;
}

const signIn = byId('sign-in', HTMLFormElement);
const tokenInput = byId('token', HTMLInputElement);
const queue = byId('queue', HTMLElement);
const statusSelect = byId('status', HTMLSelectElement);
const list = byId('comments', HTMLOListElement);
const more = byId('more', HTMLButtonElement);
const summary = byId('summary', HTMLParagraphElement);
const message = byId('message', HTMLParagraphElement);
const template = byId('comment-template', HTMLTemplateElement);

// sessionStorage throws in sandboxed frames and some privacy modes; the token then lives in memory.
/** @type {string | null} */
let token = null;
try {
  token = sessionStorage.getItem(tokenKey);
} catch {
  token = null;
}
/** @param {string | null} value */
function keepToken(value) {
  token = value;
  try {
    if (value === null) sessionStorage.removeItem(tokenKey);
    else sessionStorage.setItem(tokenKey, value);
  } catch {
    // Memory only.
  }
}

/** @param {string} text */
function announce(text) {
  message.textContent = text;
}

/**
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [options]
 */
async function api(path, { method = 'GET', body } = {}) {
  /** @type {Record<string, string>} */
  const headers = { authorization: `Bearer ${token ?? ''}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(new URL(path, apiBase), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    keepToken(null);
    showSignIn();
    throw new Error('Mã quản trị không đúng hoặc đã hết hiệu lực.');
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.error?.message ?? `Lỗi máy chủ (${response.status}).`);
  return data;
}

function showSignIn() {
  queue.hidden = true;
  signIn.hidden = false;
  tokenInput.focus();
}

/** @type {string | null} */
let nextCursor = null;
/** How many comments the server holds with the selected status, as the summary says. */
let total = 0;

function showTotal() {
  const status = /** @type {keyof typeof statusNames} */ (statusSelect.value);
  summary.textContent = `${total} ý kiến ${statusNames[status]}.`;
}

/** @param {{ append: boolean }} options */
async function load({ append }) {
  const query = new URLSearchParams({ status: statusSelect.value });
  if (append && nextCursor) query.set('cursor', nextCursor);
  const page = await api(`admin/comments?${query}`);
  if (!append) list.replaceChildren();
  for (const comment of page.items) list.append(renderComment(comment));
  nextCursor = page.nextCursor;
  more.hidden = nextCursor === null;
  total = page.total;
  showTotal();
}

/**
 * Takes a handled comment off the list, counts it out, and keeps a keyboard user's place: focus
 * moves to the next comment's first action, else the previous one's, else the summary.
 * @param {HTMLElement} item
 */
function removeHandled(item) {
  const neighbour = item.nextElementSibling ?? item.previousElementSibling;
  const hadFocus = item.contains(document.activeElement);
  item.remove();
  total = Math.max(0, total - 1);
  showTotal();
  if (!hadFocus) return;
  const target = neighbour?.querySelector('.actions button:not([hidden])');
  if (target instanceof HTMLElement) target.focus();
  else summary.focus();
}

/**
 * @param {{ id: string, thread: string, parentId?: string, author: string, email?: string,
 *   content: string, createdAt: string, status: string, official?: boolean }} comment
 */
function renderComment(comment) {
  const fragment = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
  /** @param {string} selector */
  const part = (selector) => {
    const element = fragment.querySelector(selector);
    if (!(element instanceof HTMLElement)) throw new Error(`${selector} is missing`);
    return element;
  };
  const item = part('.comment');
  part('.author').textContent = comment.author;
  part('.official').hidden = !comment.official;
  part('.email').textContent = comment.email ?? '';
  const created = part('.created');
  created.textContent = dateFormat.format(new Date(comment.createdAt));
  created.setAttribute('datetime', comment.createdAt);
  part('.thread').textContent = comment.thread;
  part('.reply-to').hidden = !comment.parentId;
  part('.parent').textContent = comment.parentId ?? '';
  part('.content').textContent = comment.content;
  part('[data-action="approve"]').hidden = comment.status === 'published';
  part('[data-action="reject"]').hidden = comment.status === 'rejected';

  item.addEventListener('click', (event) => {
    const button = event.target instanceof HTMLButtonElement ? event.target : null;
    const action = button?.dataset.action;
    if (!button || !action) return;
    run(async () => {
      if (action === 'close') {
        if (!confirm(`Đóng bài viết "${comment.thread}" để không nhận thêm ý kiến?`)) return;
        await api(`admin/threads/${encodeURIComponent(comment.thread)}/close`, { method: 'POST' });
        announce(`Đã đóng bài viết ${comment.thread}.`);
        return;
      }
      const result = await api(`admin/comments/${encodeURIComponent(comment.id)}/${action}`, { method: 'POST' });
      announce(`${result.status === 'published' ? 'Đã duyệt' : 'Đã từ chối'} ý kiến của ${comment.author}.`);
      if (result.status !== statusSelect.value) removeHandled(item);
    });
  });

  const replyForm = /** @type {HTMLFormElement} */ (part('.reply-form'));
  replyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(replyForm);
    run(async () => {
      await api(`admin/comments/${encodeURIComponent(comment.id)}/replies`, {
        method: 'POST',
        body: { author: String(data.get('author') ?? ''), content: String(data.get('content') ?? '') },
      });
      replyForm.reset();
      announce(`Đã đăng trả lời chính thức cho ý kiến của ${comment.author}.`);
    });
  });
  return fragment;
}

/** @param {() => Promise<void>} work */
function run(work) {
  work().catch((error) => announce(error instanceof Error ? error.message : String(error)));
}

signIn.addEventListener('submit', (event) => {
  event.preventDefault();
  keepToken(tokenInput.value.trim());
  tokenInput.value = '';
  signIn.hidden = true;
  queue.hidden = false;
  announce('');
  run(() => load({ append: false }));
});
byId('sign-out', HTMLButtonElement).addEventListener('click', () => {
  keepToken(null);
  list.replaceChildren();
  announce('Đã đăng xuất.');
  showSignIn();
});
byId('refresh', HTMLButtonElement).addEventListener('click', () => run(() => load({ append: false })));
statusSelect.addEventListener('change', () => run(() => load({ append: false })));
more.addEventListener('click', () => run(() => load({ append: true })));

if (token) {
  signIn.hidden = true;
  queue.hidden = false;
  run(() => load({ append: false }));
} else {
  showSignIn();
}
