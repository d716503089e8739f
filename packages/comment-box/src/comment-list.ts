import { html, nothing, type TemplateResult } from 'lit';
import { dateFormat, formatMessage, formatRelativeTime, type Catalogue, type Language } from '@portal-widgets/core';
import type { Comment, Reply } from './comments.js';
import type { ListMessageKey } from './list-messages.js';

// Loaded on demand, with the list's API client, while the first page is requested.

export { listMessages } from './list-messages.js';

export interface ListView {
  messages: Catalogue<ListMessageKey>;
  language: Language;
  timeZone: string;
  /** One clock for the whole list, so neighbours never disagree about "vừa xong". */
  now: number;
}

function renderEntry(entry: Reply | Comment, view: ListView, index?: number): TemplateResult {
  const { messages: m, language, now } = view;
  const exact = dateFormat({
    language,
    timeZone: view.timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(entry.createdAt));
  const kind = 'replies' in entry ? 'comment' : 'reply';
  const replies = 'replies' in entry ? entry.replies : [];
  const author = entry.author || (entry.official ? m.editorialBoard : '—');
  const names = entry.official ? `${kind} official` : kind;
  // Top-level comments take focus when "Xem thêm" reveals them, so keyboard users land on the first new one.
  return html`<li
    part=${names}
    class=${names}
    data-index=${index ?? nothing}
    tabindex=${index === undefined ? nothing : '-1'}
  >
    <p class="meta">
      ${entry.official ? html`<span class="badge" part="official-badge">${m.official}</span>` : nothing}
      <bdi class="author" part="author">${author}</bdi>
      <time part="date" datetime=${entry.createdAt} title=${exact}
        >${formatRelativeTime(entry.createdAt, { language, now, justNow: m.justNow })}</time
      >
    </p>
    <p class="content" part="content" dir="auto">${entry.content}</p>
    ${
      replies.length > 0
        ? html`<ol class="replies" part="replies" role="list" aria-label=${formatMessage(m.replies, { author })}>
            ${replies.map((reply) => renderEntry(reply, view))}
          </ol>`
        : nothing
    }
  </li>`;
}

/** The comments as text (never HTML), each with its official or reader replies nested under it. */
export function renderComments(comments: readonly Comment[], view: ListView): TemplateResult {
  return html`<ol class="list" part="list" role="list">
    ${comments.map((comment, index) => renderEntry(comment, view, index))}
  </ol>`;
}
