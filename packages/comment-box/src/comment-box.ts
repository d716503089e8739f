import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  LanguageController,
  ResourceController,
  checkedUrl,
  defaultTimeZone,
  formatMessage,
  focusStyles,
  formatNumber,
  guardedLocalStorage,
  hostStyles,
  jsonAttribute,
  reportInvalidInput,
  resolveMessages,
  resolveTimeZone,
  visuallyHiddenStyles,
  wholeNumber,
  type Catalogue,
  type StringOverrides,
} from '@portal-widgets/core';
import { commentsUrl, isThreadId, type Created, type SendFailure, type SendResult } from './api.js';
import { commentBoxStyles } from './comment-box.styles.js';
import type { CommentPage } from './comments.js';
import { characterCount } from './counting.js';
import { draftKey, loadDraft, saveDraft } from './draft-store.js';
import type { FeedbackMessageKey } from './feedback-messages.js';
import type { ListMessageKey } from './list-messages.js';
import type * as CommentList from './comment-list.js';
import type * as FeedbackModule from './feedback.js';
import type { ProblemContext } from './feedback.js';
import { commentBoxMessages, type CommentBoxMessageKey } from './messages.js';
import type { Attempt } from './submission.js';
import { TypingPause } from './typing-pause.js';
import type { CommentFields, FieldProblem, FieldProblems, ProblemField } from './validation.js';

export const tagName = 'pw-comment-box';
export const defaultMaxLength = 2000;
export const defaultPageSize = 10;
/** The comments API serves at most 50 comments a page. */
export const maxPageSize = 50;

/** What `pw-comment-submitted` carries: the server's answer. */
export type CommentSubmittedDetail = Created;
/** What `pw-comment-error` carries: why the comment was not accepted. */
export type CommentErrorDetail = SendFailure;
/** What a `pw-captcha` event from the host's CAPTCHA carries; `null` or `''` when the token expired. */
export interface CaptchaDetail {
  token: string | null;
}

/** Every string of the element, for `strings`: the form's and list's, and the feedback after sending. */
export type CommentBoxStringKey = CommentBoxMessageKey | ListMessageKey | FeedbackMessageKey;

type Messages = Catalogue<CommentBoxMessageKey>;
type SendState = 'idle' | 'sending' | 'sent' | 'failed';
type Feedback = typeof FeedbackModule;

/** The input or focus target of each field; the CAPTCHA's is its wrapper around the slot. */
const fieldIds: Record<ProblemField, string> = {
  author: 'author',
  email: 'email',
  content: 'content',
  captchaToken: 'captcha',
};

const emptyFields = (): CommentFields => ({ author: '', email: '', content: '' });

const without = (problems: FieldProblems, field: ProblemField): FieldProblems =>
  Object.fromEntries(Object.entries(problems).filter(([name]) => name !== field));

/**
 * What sending needs (validation, wording of problems and failures, the API call), loaded on
 * demand: most readers only read. Prefetched when the reader first focuses the form, so it is
 * there by the time they send, even if the network has gone since.
 */
const loadSending = () => Promise.all([import('./feedback.js'), import('./send-api.js'), import('./submission.js')]);

const stringsConverter = jsonAttribute<StringOverrides<CommentBoxStringKey>>({
  element: tagName,
  attribute: 'strings',
  allowed: 'a JSON object of strings',
  fallback: 'the built-in strings',
});

/**
 * "Ý kiến bạn đọc": a moderated comment form that never loses what the reader wrote, and the
 * published comments with the agency's official replies.
 *
 * @tagname pw-comment-box
 * @summary Reader comments: a moderated comment form with drafts, and the published comments.
 *
 * @slot captcha - The site's CAPTCHA widget. It hands its token to the element through the
 *   `captchaToken` property or a bubbling `pw-captcha` event (`detail: {token}`); the token goes
 *   with the next comment sent.
 *
 * @event {CustomEvent<CommentSubmittedDetail>} pw-comment-submitted - The server accepted a comment
 *   (`201`); `detail: {id, status}` with status `pending` or `published`.
 * @event {CustomEvent<CommentErrorDetail>} pw-comment-error - A comment was not accepted;
 *   `detail: {reason, status?, code?, message?, fields?, retryAfterMs?}`.
 *
 * @csspart base - The `<section>` around everything.
 * @csspart heading - The title "Ý kiến bạn đọc".
 * @csspart form - The comment form.
 * @csspart error-summary - The list of problems shown after a refused submit.
 * @csspart field - Each field's wrapper (label, hint, error, input).
 * @csspart input - The name and email inputs and the comment box.
 * @csspart field-error - Each field's inline error.
 * @csspart count - The visible character count.
 * @csspart captcha - The wrapper of the `captcha` slot.
 * @csspart submit-button - The "Gửi ý kiến" button.
 * @csspart discard-button - "Xoá nội dung đã viết" beside a restored draft.
 * @csspart status - Progress and success messages (a polite live region).
 * @csspart failure - Why the last send failed (an alert).
 * @csspart retry-button - "Gửi lại" after a failed send.
 * @csspart comments - The published comments' section.
 * @csspart list-status - Loading, empty and error messages of the list.
 * @csspart reload-button - "Tải lại" after the list failed.
 * @csspart list - The list of comments.
 * @csspart comment - Each comment.
 * @csspart author - Each author's name.
 * @csspart date - Each relative date (`<time>`, the exact time in its `title`).
 * @csspart content - Each comment's text.
 * @csspart replies - The replies under a comment.
 * @csspart reply - Each reply.
 * @csspart official - Each official reply or comment (besides `reply` or `comment`).
 * @csspart official-badge - The "Trả lời của ban biên tập" marker.
 * @csspart more-button - "Xem thêm ý kiến".
 *
 * @cssprop [--pw-comment-box-button-color=var(--pw-color-primary)] - Background of the send button.
 * @cssprop [--pw-comment-box-official-color=var(--pw-color-primary)] - Marker colour of official replies.
 * @cssprop [--pw-comment-box-error-color=var(--pw-color-danger)] - Colour of errors.
 */
export class CommentBox extends LitElement {
  // No reducedMotionStyles: nothing here moves.
  static override styles = [hostStyles, focusStyles, visuallyHiddenStyles, commentBoxStyles];

  static override properties = {
    endpoint: {},
    thread: {},
    pageSize: { type: Number, attribute: 'page-size' },
    maxLength: { type: Number, attribute: 'max-length' },
    requireEmail: { type: Boolean, attribute: 'require-email' },
    timeZone: { attribute: 'time-zone' },
    strings: { converter: stringsConverter },
    captchaToken: { attribute: false },
    typingPause: { type: Number, attribute: 'typing-pause' },
    values: { state: true },
    validated: { state: true },
    serverProblems: { state: true },
    summary: { state: true },
    sendState: { state: true },
    failure: { state: true },
    sent: { state: true },
    announcement: { state: true },
    restored: { state: true },
    shown: { state: true },
  };

  /** Base URL of the comments API, e.g. `https://ykien.tinh.gov.vn/api` (http, https or relative). */
  declare endpoint?: string;
  /** The article's thread id: 1–128 letters, digits, `.`, `_`, `~` or `-`. */
  declare thread?: string;
  /** Comments per page, 1–50 (`defaultPageSize`, 10). */
  declare pageSize: number;
  /** Longest comment in characters (`defaultMaxLength`, 2000); a soft limit: typing past it is allowed, sending is not. */
  declare maxLength: number;
  /** Makes the email field required. */
  declare requireEmail: boolean;
  /** IANA time zone of the exact dates (`Asia/Ho_Chi_Minh`). */
  declare timeZone: string;
  /** Overrides of the built-in strings, flat or per language. */
  declare strings?: StringOverrides<CommentBoxStringKey>;
  /** The host CAPTCHA's token, sent as `captchaToken` with the next comment; cleared once the server has judged it. */
  declare captchaToken?: string;
  /** Milliseconds of typing pause after which the count is announced and the draft saved. */
  declare typingPause: number;

  /** The fields as typed: read from input events, written to the inputs only on restore and clear. */
  declare private values: CommentFields;
  /** Set by the first submit: from then on the fields re-validate as they change. */
  declare private validated: boolean;
  declare private serverProblems: FieldProblems;
  /** The problems listed in the error summary, as they were at the last refused submit. */
  declare private summary?: FieldProblems;
  declare private sendState: SendState;
  declare private failure?: SendFailure;
  declare private sent?: Created['status'];
  /** The count, as the polite status last said it (after typing paused). */
  declare private announcement: string;
  declare private restored: boolean;
  declare private shown: number;

  private readonly language = new LanguageController(this);
  private readonly storage = guardedLocalStorage();
  private readonly pause = new TypingPause(() => {
    // Only the comment box has a count to announce; typing a name says nothing.
    if (this.countChanged) this.announcement = this.countText(this.messages());
    this.countChanged = false;
    this.storeDraft();
  });
  private countChanged = false;
  private url?: string;
  private limit = defaultMaxLength;
  private size = defaultPageSize;
  private zone = defaultTimeZone;
  private attempt?: Attempt;
  /** Epoch ms before which a resend would only get another `429`. */
  private retryAt = 0;
  private sending?: AbortController;
  private sendingRequested = false;
  private feedback?: Feedback;
  private draftRestoredFor?: string;
  private reportedError?: unknown;
  private focusTarget?: string;
  /** Whether the list's last run (or the running one) loads the next page rather than the first. */
  private loadingMore = false;
  /** The list's rendering, loaded on demand with its API client while the first page is requested. */
  private view?: typeof CommentList;
  private readonly list: ResourceController<CommentPage> = new ResourceController(this, async (signal) => {
    const url = this.url;
    if (url === undefined) return { items: [], nextCursor: null };
    const [{ loadComments }, view] = await Promise.all([import('./list-api.js'), import('./comment-list.js')]);
    this.view = view;
    return loadComments(url, { limit: this.size, shown: this.loadingMore ? this.list.value : undefined, signal });
  });

  constructor() {
    super();
    this.pageSize = defaultPageSize;
    this.maxLength = defaultMaxLength;
    this.requireEmail = false;
    this.timeZone = defaultTimeZone;
    this.typingPause = 1000;
    this.values = emptyFields();
    this.validated = false;
    this.serverProblems = {};
    this.sendState = 'idle';
    this.announcement = '';
    this.restored = false;
    this.shown = defaultPageSize;
    this.addEventListener('pw-captcha', (event) => {
      const token: unknown = (event as CustomEvent<Partial<CaptchaDetail> | null>).detail?.token;
      this.captchaToken = typeof token === 'string' && token !== '' ? token : undefined;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.onPageHide);
    addEventListener('pageshow', this.onPageShow);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.onPageHide);
    removeEventListener('pageshow', this.onPageShow);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.pause.flush();
    this.sending?.abort();
  }

  /**
   * Validates and sends the comment, as the send button does; resolves when the server has
   * answered. Ignored while a send is in flight.
   */
  async send(): Promise<void> {
    const url = this.url;
    if (this.sendState === 'sending' || url === undefined) return;
    const waitMs = this.retryAt - Date.now();
    if (waitMs > 0) {
      this.failure = { reason: 'rate-limited', status: 429, retryAfterMs: waitMs };
      this.sendState = 'failed';
      return;
    }
    this.sendState = 'sending';
    this.failure = undefined;
    this.sent = undefined;
    const sending = new AbortController();
    this.sending = sending;
    let result: SendResult;
    try {
      const [feedback, { sendComment }, { attemptFor, newComment, stillSent }] = await loadSending();
      this.feedback = feedback;
      this.validated = true;
      const problems = this.problems();
      if (Object.keys(problems).length > 0) {
        this.sendState = 'idle';
        await this.showSummary(problems);
        return;
      }
      this.summary = undefined;
      const attempt = attemptFor(newComment(this.values, this.honeypot(), this.captchaToken), this.attempt);
      this.attempt = attempt;
      this.storeDraft();
      result = await sendComment(url, attempt.body, attempt.key, sending.signal);
      if (result.ok) return this.accept(result.created, stillSent(this.values, attempt));
    } catch {
      if (sending.signal.aborted) {
        // The element left the page. The draft keeps the comment and its key.
        this.sendState = 'idle';
        return;
      }
      // The sending code itself could not be loaded: the network went before the reader sent.
      result = { ok: false, failure: { reason: navigator.onLine ? 'network' : 'offline' } };
    }
    await this.refuse(result.failure);
  }

  /** Loads the published comments again from the first page. */
  reload(): Promise<void> {
    this.loadingMore = false;
    this.shown = this.size;
    return this.list.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('maxLength'))
      this.limit = wholeNumber(this.maxLength, {
        element: tagName,
        attribute: 'max-length',
        min: 1,
        max: 100_000,
        fallback: defaultMaxLength,
      });
    if (changed.has('pageSize'))
      this.size = wholeNumber(this.pageSize, {
        element: tagName,
        attribute: 'page-size',
        min: 1,
        max: maxPageSize,
        fallback: defaultPageSize,
      });
    if (changed.has('timeZone')) this.zone = resolveTimeZone(this.timeZone, tagName);
    // A new token answers the server's complaint about the last one.
    if (changed.has('captchaToken') && this.captchaToken && this.serverProblems.captchaToken) {
      this.serverProblems = without(this.serverProblems, 'captchaToken');
    }
    if (changed.has('endpoint') || changed.has('thread') || changed.has('pageSize')) {
      const url = this.configuredUrl();
      if (url !== this.url || changed.has('pageSize')) {
        this.url = url;
        if (url === undefined) this.list.abort();
        else void this.reload();
      }
    }
  }

  protected override updated(): void {
    if (this.url !== undefined && this.draftRestoredFor !== this.url) {
      this.draftRestoredFor = this.url;
      // A key is for one comment on one thread: the old thread's attempt must not follow the text here.
      this.attempt = undefined;
      this.restoreDraft();
    }
    if (this.focusTarget !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = undefined;
    }
    const { status, error } = this.list;
    if (status === 'error' && error !== this.reportedError) {
      this.reportedError = error;
      console.warn(
        `<${tagName}> comments could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** The comments URL when `endpoint` and `thread` are usable; otherwise one named console error. */
  private configuredUrl(): string | undefined {
    const endpoint = checkedUrl(this.endpoint, tagName, 'endpoint', 'a configuration message instead of the form');
    const thread = this.thread?.trim() ?? '';
    const report = (attribute: string, value: string, allowed: string): undefined => {
      reportInvalidInput('error', {
        element: tagName,
        attribute,
        value,
        problem: value === '' ? 'missing' : 'not usable',
        allowed,
        fallback: 'a configuration message instead of the form',
      });
      return undefined;
    };
    // An unsafe endpoint has had its warning from checkedUrl.
    if (endpoint === undefined) return this.endpoint ? undefined : report('endpoint', '', 'the comments API base URL');
    if (!isThreadId(thread))
      return report('thread', thread, 'the article id: 1–128 letters, digits, ".", "_", "~" or "-"');
    return commentsUrl(endpoint, thread);
  }

  private messages(): Messages {
    return resolveMessages(commentBoxMessages, this.language.language, this.strings);
  }

  /** Problems to show: the server's (until their field changes) under the fields' own. */
  private problems(): FieldProblems {
    const found =
      this.validated && this.feedback
        ? this.feedback.validateComment(this.values, { maxLength: this.limit, requireEmail: this.requireEmail })
        : {};
    return { ...this.serverProblems, ...found };
  }

  private async showSummary(problems: FieldProblems): Promise<void> {
    this.summary = problems;
    this.focusTarget = '.error-summary';
    await this.updateComplete;
  }

  /** After a `201`: the fields are cleared if `unchanged` (they still hold what was sent); what the reader typed since stays. */
  private accept(created: Created, unchanged: boolean): void {
    this.attempt = undefined;
    this.pause.cancel();
    if (unchanged) this.setFields(emptyFields());
    this.storeDraft();
    this.validated = false;
    this.serverProblems = {};
    this.captchaToken = undefined;
    this.restored = false;
    this.sent = created.status;
    this.sendState = 'sent';
    this.dispatchEvent(new CustomEvent('pw-comment-submitted', { detail: created, bubbles: true, composed: true }));
    if (created.status === 'published') void this.reload();
  }

  private async refuse(failure: SendFailure): Promise<void> {
    this.failure = failure;
    this.sendState = 'failed';
    if (failure.reason === 'rate-limited') this.retryAt = Date.now() + (failure.retryAfterMs ?? 0);
    // With another body under this key the server answers 422 forever: the next send gets a new key.
    if (failure.reason === 'key-reused') this.attempt = undefined;
    this.dispatchEvent(new CustomEvent('pw-comment-error', { detail: failure, bubbles: true, composed: true }));
    if (failure.fields) {
      // A CAPTCHA token is spent once the server has judged it.
      if (failure.fields.captchaToken) this.captchaToken = undefined;
      this.serverProblems = failure.fields;
      await this.showSummary(this.problems());
      return;
    }
    if (failure.reason !== 'closed') {
      const { reason, status, code, message } = failure;
      console.warn(
        `<${tagName}> the comment was not sent: ${[reason, status, code].filter(Boolean).join(' ')}` +
          (message ? `: ${message}` : ''),
      );
    }
  }

  private field(name: keyof CommentFields): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector(`#${fieldIds[name]}`);
  }

  private honeypot(): string {
    return this.renderRoot.querySelector<HTMLInputElement>('#website')?.value ?? '';
  }

  /** Writes the inputs: only on restore and clear, never while the reader types (input methods retype). */
  private setFields(values: CommentFields): void {
    this.values = values;
    for (const name of ['author', 'email', 'content'] as const) {
      const input = this.field(name);
      if (input) input.value = values[name];
    }
    this.announcement = '';
  }

  private restoreDraft(): void {
    if (this.url === undefined || Object.values(this.values).some((value) => value !== '')) return;
    const draft = loadDraft(this.storage, draftKey(this.url));
    if (draft === undefined) return;
    this.setFields({ author: draft.author, email: draft.email, content: draft.content });
    this.attempt = draft.attempt;
    this.restored = true;
  }

  private storeDraft(): void {
    if (this.url !== undefined) saveDraft(this.storage, draftKey(this.url), this.values, this.attempt);
  }

  private discardDraft(): void {
    if (this.url !== undefined) this.storage.removeItem(draftKey(this.url));
    this.attempt = undefined;
    this.setFields(emptyFields());
    this.validated = false;
    this.serverProblems = {};
    this.summary = undefined;
    this.restored = false;
    this.focusTarget = '#author';
  }

  // Leaving or hiding the page (a phone switching apps may never come back to it): save at once.
  private readonly onPageHide = (): void => this.pause.flush();

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.pause.flush();
  };

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Back/forward cache: the draft may have been saved from another tab since.
    if (event.persisted) this.restoreDraft();
  };

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = input.id as keyof CommentFields;
    if (!(name in this.values)) return;
    this.values = { ...this.values, [name]: input.value };
    if (name === 'content') this.countChanged = true;
    if (this.serverProblems[name]) this.serverProblems = without(this.serverProblems, name);
    if (this.sendState === 'sent') this.sendState = 'idle';
    this.pause.restart(this.typingPause);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      void this.send();
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  private async retry(): Promise<void> {
    await this.send();
    await this.updateComplete;
    // The focused button went while sending: focus what took its place (the success message, or the
    // button of the next failure), not <body>.
    this.renderRoot.querySelector<HTMLElement>(this.sendState === 'sent' ? '.sent' : '[part="retry-button"]')?.focus();
  }

  private prefetchSending(): void {
    if (this.sendingRequested) return;
    this.sendingRequested = true;
    // A failure here is retried by the send itself, which reports it.
    loadSending().catch(() => (this.sendingRequested = false));
  }

  private async showMore(): Promise<void> {
    const page = this.list.value;
    if (page === undefined) return;
    const first = this.shown;
    if (page.items.length <= first && page.nextCursor !== null) {
      this.loadingMore = true;
      await this.list.run();
      if (this.list.status !== 'complete') return;
    }
    this.shown = first + this.size;
    this.focusTarget = `[data-index="${first}"]`;
  }

  private countText(m: Messages): string {
    const { remaining, over } = characterCount(this.values.content, this.limit);
    const count = formatNumber(over > 0 ? over : remaining, { language: this.language.language });
    return formatMessage(over > 0 ? m.countOver : m.countRemaining, { count });
  }

  private renderError(field: ProblemField, problem: FieldProblem | undefined, context?: ProblemContext) {
    return problem && context && this.feedback
      ? html`<p id="${fieldIds[field]}-error" class="field-error" part="field-error">
          <span class="visually-hidden">${context.messages.errorPrefix}</span>
          ${this.feedback.problemText(field, problem, context)}
        </p>`
      : nothing;
  }

  private renderInput(
    name: 'author' | 'email',
    label: string,
    hint: string,
    problems: FieldProblems,
    context?: ProblemContext,
  ) {
    const problem = problems[name];
    const described = [hint ? `${name}-hint` : '', problem ? `${name}-error` : ''].join(' ').trim();
    return html`<div class="field" part="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p id="${name}-hint" class="hint">${hint}</p>` : nothing}
      ${this.renderError(name, problem, context)}
      <input
        id=${name}
        part="input"
        type=${name === 'email' ? 'email' : 'text'}
        autocomplete=${name === 'email' ? 'email' : 'name'}
        spellcheck="false"
        ?required=${name === 'author' || this.requireEmail}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${described || nothing}
      />
    </div>`;
  }

  private renderForm(m: Messages): TemplateResult {
    const language = this.language.language;
    const problems = this.problems();
    const { over } = characterCount(this.values.content, this.limit);
    const feedback = this.feedback;
    const context: ProblemContext | undefined = feedback && {
      messages: resolveMessages(feedback.feedbackMessages, language, this.strings),
      language,
      limit: this.limit,
      over,
    };
    const sending = this.sendState === 'sending';
    const failure = this.sendState === 'failed' && !this.failure?.fields ? this.failure : undefined;
    let status = '';
    if (sending) status = m.sending;
    else if (this.sendState === 'sent' && context)
      status = this.sent === 'published' ? context.messages.published : context.messages.sent;
    else if (this.restored && this.sendState === 'idle') status = m.draftRestored;
    // The button already shows "Đang gửi…": the status only says it to screen readers.
    const statusClass = sending ? 'visually-hidden' : this.sendState;
    return html`<form
      part="form"
      novalidate
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @keydown=${this.onKeydown}
      @focusin=${this.prefetchSending}
      @focusout=${() => this.pause.flush()}
    >
      ${this.summary && context && feedback ? feedback.renderSummary(this.summary, context, fieldIds, this) : nothing}
      ${this.renderInput('author', m.authorLabel, '', problems, context)}
      ${this.renderInput('email', this.requireEmail ? m.emailLabel : m.emailLabelOptional, m.emailHint, problems, context)}
      <div class="field" part="field">
        <label for="content">${m.contentLabel}</label>
        <p id="content-hint" class="hint">
          ${formatMessage(m.contentHint, { max: formatNumber(this.limit, { language }) })}
        </p>
        ${this.renderError('content', problems.content, context)}
        <textarea
          id="content"
          part="input"
          rows="6"
          required
          aria-invalid=${problems.content ? 'true' : 'false'}
          aria-describedby=${problems.content ? 'content-hint content-error' : 'content-hint'}
        ></textarea>
        <p class=${over > 0 ? 'count over' : 'count'} part="count" aria-hidden="true">${this.countText(m)}</p>
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
      <div class="honeypot" aria-hidden="true">
        <label for="website">${m.honeypotLabel}</label>
        <input id="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div id="captcha" class="captcha" part="captcha" tabindex="-1">
        ${this.renderError('captchaToken', problems.captchaToken, context)}
        <slot name="captcha"></slot>
      </div>
      <div class="actions">
        <button type="submit" part="submit-button" class="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? m.sending : m.submit}
        </button>
        ${
          this.restored
            ? html`<button type="button" part="discard-button" @click=${this.discardDraft}>${m.discardDraft}</button>`
            : nothing
        }
      </div>
      <p part="status" role="status" tabindex="-1" class="status ${statusClass}">${status}</p>
      <div part="failure" role="alert" class="failure">
        ${
          failure && context && feedback
            ? html`<p>${feedback.failureText(failure, context.messages)}</p>
                ${
                  feedback.retryableReasons.has(failure.reason)
                    ? html`<button type="button" part="retry-button" @click=${this.retry}>${m.retry}</button>`
                    : nothing
                }`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderList(m: Messages): TemplateResult {
    const language = this.language.language;
    const { status, value } = this.list;
    const failed = status === 'error';
    const loading = status === 'loading' || status === 'idle';
    const items = value?.items ?? [];
    // The list's own strings come with its module, which has loaded whenever there is a value.
    const view = this.view;
    const lm = view && resolveMessages(view.listMessages, language, this.strings);
    let text = '';
    if (value === undefined || !lm) text = failed ? m.listError : m.loading;
    else if (failed) text = this.loadingMore ? lm.moreError : m.listError;
    else if (loading) text = this.loadingMore ? lm.loadingMore : m.loading;
    else if (items.length === 0) text = lm.empty;
    const total = value?.total ?? (value?.nextCursor === null ? items.length : undefined);
    const more = value !== undefined && (items.length > this.shown || value.nextCursor !== null);
    return html`<section
      class="comments"
      part="comments"
      aria-labelledby="list-heading"
      aria-busy=${loading ? 'true' : 'false'}
    >
      <h3 id="list-heading">
        ${m.listHeading}${total === undefined ? nothing : ` (${formatNumber(total, { language })})`}
      </h3>
      <p part="list-status" role="status" class=${failed ? 'list-status failed' : 'list-status'}>${text}</p>
      ${
        failed
          ? html`<button type="button" part="reload-button" @click=${this.loadingMore ? this.showMore : this.reload}>
              ${m.reload}
            </button>`
          : nothing
      }
      ${
        items.length > 0 && view && lm
          ? view.renderComments(items.slice(0, this.shown), {
              messages: lm,
              language,
              timeZone: this.zone,
              now: Date.now(),
            })
          : nothing
      }
      ${
        more && lm && !failed && !loading
          ? html`<button type="button" part="more-button" @click=${this.showMore}>${lm.more}</button>`
          : nothing
      }
    </section>`;
  }

  protected override render(): TemplateResult {
    const m = this.messages();
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${m.heading}</h2>
      ${
        this.url === undefined
          ? html`<p class="not-configured">${m.notConfigured}</p>`
          : html`<p class="intro">${m.intro}</p>
              ${this.renderForm(m)} ${this.renderList(m)}`
      }
    </section>`;
  }
}
