import { html, nothing, type TemplateResult } from 'lit';
import { formatMessage, formatNumber, type Catalogue, type Language } from '@portal-widgets/core';
import type { SendFailure } from './api.js';
import type { FeedbackMessageKey } from './feedback-messages.js';
import {
  authorMaxLength,
  emailMaxLength,
  problemFields,
  type FieldProblem,
  type FieldProblems,
  type ProblemField,
} from './validation.js';

// What the form shows once the reader sends: wording for field problems and failed sends, and the
// error summary. Loaded on demand with the sending code.

export { feedbackMessages } from './feedback-messages.js';
export { validateComment } from './validation.js';

type Messages = Catalogue<FeedbackMessageKey>;

/** What a field problem's wording needs to know about the comment. */
export interface ProblemContext {
  messages: Messages;
  language: Language;
  /** The comment limit in characters. */
  limit: number;
  /** Characters past the limit (0 within it). */
  over: number;
}

/** The widget's wording for a problem; a server code it does not know shows the server's message. */
export function problemText(field: ProblemField, problem: FieldProblem, context: ProblemContext): string {
  const { messages: m, over } = context;
  const { code } = problem;
  if (field === 'captchaToken') return m.captchaError;
  if (code === 'required')
    return { author: m.authorRequired, email: m.emailRequired, content: m.contentRequired }[field];
  if (code === 'invalid-email') return m.emailInvalid;
  if (code === 'banned-words') return m.bannedWords;
  if (code === 'too-long') {
    if (field === 'author') return formatMessage(m.authorTooLong, { max: authorMaxLength });
    if (field === 'email') return formatMessage(m.emailTooLong, { max: emailMaxLength });
    const number = (value: number) => formatNumber(value, { language: context.language });
    // The server's limit may be lower than the widget's: then the count cannot say by how much.
    return over > 0
      ? formatMessage(m.contentTooLong, { max: number(context.limit), count: number(over) })
      : m.contentTooLongServer;
  }
  return problem.message?.trim() || m.fieldInvalid;
}

/** Failures the "Gửi lại" button can fix; the others need the reader to change something first. */
export const retryableReasons: ReadonlySet<SendFailure['reason']> = new Set([
  'server',
  'timeout',
  'offline',
  'network',
  'rate-limited',
  'key-reused',
]);

/** What the reader is told about a failed send (problems with fields are shown on the fields instead). */
export function failureText(failure: SendFailure, m: Messages): string {
  switch (failure.reason) {
    case 'rate-limited':
      return failure.retryAfterMs === undefined
        ? m.rateLimitedNoDelay
        : formatMessage(m.rateLimited, { seconds: Math.max(1, Math.ceil(failure.retryAfterMs / 1000)) });
    case 'closed':
      return m.closed;
    case 'key-reused':
      return m.keyReused;
    case 'server':
      return m.failedServer;
    case 'timeout':
      return m.failedTimeout;
    case 'offline':
      return m.failedOffline;
    case 'network':
      return m.failedNetwork;
    default:
      return m.failedRejected;
  }
}

/**
 * The GOV.UK error summary: focused after a refused submit, one link per problem in the form's
 * order. Ids do not cross shadow roots, so each link focuses its field in `host` by script: the
 * CAPTCHA's own control when the host's widget has one that takes focus, else its wrapper.
 */
export function renderSummary(
  summary: FieldProblems,
  context: ProblemContext,
  fieldIds: Readonly<Record<ProblemField, string>>,
  host: HTMLElement & { readonly renderRoot: ParentNode },
): TemplateResult {
  const focusField = (field: ProblemField): void => {
    const control =
      field === 'captchaToken'
        ? host.querySelector<HTMLElement>(
            ':is([slot="captcha"], [slot="captcha"] *):is(a[href], button, input, select, textarea, iframe, [tabindex])',
          )
        : null;
    (control ?? host.renderRoot.querySelector<HTMLElement>(`#${fieldIds[field]}`))?.focus();
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="summary-title">
    <div role="alert">
      <h3 id="summary-title">${context.messages.errorSummary}</h3>
      <ul>
        ${problemFields.map((field) => {
          const problem = summary[field];
          return problem
            ? html`<li>
                <a
                  href="#${fieldIds[field]}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    focusField(field);
                  }}
                  >${problemText(field, problem, context)}</a
                >
              </li>`
            : nothing;
        })}
      </ul>
    </div>
  </div>`;
}
