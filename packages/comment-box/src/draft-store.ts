import type { GuardedStorage } from '@portal-widgets/core';
import type { Attempt } from './submission.js';
import type { CommentFields } from './validation.js';

/** What the reader has written on one thread, kept across reloads until the server accepts it. */
export interface Draft extends CommentFields {
  /** The attempt sent last, so a resend after a reload reuses its `Idempotency-Key`. */
  attempt?: Attempt;
  /** When it was saved (epoch ms). */
  savedAt: number;
}

/** Drafts older than this are forgotten: a shared computer should not keep a stranger's text forever. */
export const draftMaxAgeMs = 30 * 24 * 60 * 60 * 1000;

const prefix = 'pw-comment-box:draft:';

/** One key per comments API and thread, so two portals on one origin never mix drafts. */
export function draftKey(commentsUrl: string): string {
  return prefix + commentsUrl;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The stored draft, or `undefined` when there is none, it is too old, or it is not a draft. */
export function loadDraft(storage: GuardedStorage, key: string, now = Date.now()): Draft | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { author, email, content, attempt, savedAt } = stored as Record<string, unknown>;
  if (!isText(author) || !isText(email) || !isText(content) || typeof savedAt !== 'number') return undefined;
  if (now - savedAt > draftMaxAgeMs) {
    storage.removeItem(key);
    return undefined;
  }
  const draft: Draft = { author, email, content, savedAt };
  const { key: attemptKey, body } = (attempt ?? {}) as Record<string, unknown>;
  if (isText(attemptKey) && isText(body)) draft.attempt = { key: attemptKey, body };
  return draft;
}

/** Saves the fields (and the attempt sent last); empty fields remove the draft instead. */
export function saveDraft(
  storage: GuardedStorage,
  key: string,
  fields: CommentFields,
  attempt?: Attempt,
  now = Date.now(),
): void {
  if (fields.author === '' && fields.email === '' && fields.content === '') {
    storage.removeItem(key);
    return;
  }
  const draft: Draft = { ...fields, savedAt: now };
  if (attempt) draft.attempt = attempt;
  storage.setItem(key, JSON.stringify(draft));
}
