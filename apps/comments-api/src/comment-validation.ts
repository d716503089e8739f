import type { BannedWords } from './banned-words.js';
import { type FieldError, type FieldErrors, invalidFields } from './errors.js';
import { messages } from './messages.js';
import { countCharacters, hasControlCharacters, normaliseLineBreaks, normaliseText } from './text.js';

export const maxAuthorLength = 100;

/** A body that passed the contract's JSON schema for `NewComment`. */
export interface NewCommentBody {
  author: string;
  email?: string;
  content: string;
  parentId?: string;
  website: string;
  captchaToken?: string;
}

/** The contract's `OfficialReply`. */
export interface OfficialReplyBody {
  author: string;
  content: string;
}

/** A comment as it is stored: trimmed, NFC, `\n` line breaks. */
export interface ValidComment {
  author: string;
  email: string | null;
  content: string;
  parentId: string | null;
}

// Deliberately loose: one @, no spaces, a dot in the domain. Real checking is the moderator's.
const emailShape = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/** The text fields both bodies require, each with its own message whether absent or blank. */
export const requiredTextFields = ['author', 'content'] as const;
export type RequiredTextField = (typeof requiredTextFields)[number];

const requiredMessages: Record<RequiredTextField, string> = {
  author: messages.field.authorRequired,
  content: messages.field.contentRequired,
};

export const isRequiredTextField = (name: string): name is RequiredTextField =>
  (requiredTextFields as readonly string[]).includes(name);

export const requiredError = (field: RequiredTextField): FieldError => ({
  code: 'required',
  message: requiredMessages[field],
});

const isBlank = (value: string) => countCharacters(normaliseText(value)) === 0;

/**
 * The required text fields a body holds but left blank, for when the schema refused it before
 * these checks ran: the reader still learns about every empty field at once.
 */
export function blankRequiredFields(body: unknown): FieldErrors {
  const fields: FieldErrors = {};
  if (typeof body !== 'object' || body === null) return fields;
  for (const field of requiredTextFields) {
    const value: unknown = (body as Record<string, unknown>)[field];
    if (typeof value === 'string' && isBlank(value)) fields[field] = requiredError(field);
  }
  return fields;
}

function checkAuthor(raw: string, fields: FieldErrors): string {
  const author = normaliseText(raw);
  const length = countCharacters(author);
  if (length === 0) fields.author = requiredError('author');
  else if (length > maxAuthorLength)
    fields.author = { code: 'too-long', message: messages.field.authorTooLong(maxAuthorLength) };
  else if (hasControlCharacters(author, { multiline: false }))
    fields.author = { code: 'invalid', message: messages.field.invalid };
  return author;
}

function checkContent(raw: string, maxContentLength: number, fields: FieldErrors): string {
  const content = normaliseText(normaliseLineBreaks(raw));
  const length = countCharacters(content);
  if (length === 0) fields.content = requiredError('content');
  else if (length > maxContentLength)
    fields.content = { code: 'too-long', message: messages.field.contentTooLong(maxContentLength) };
  else if (hasControlCharacters(content, { multiline: true }))
    fields.content = { code: 'invalid', message: messages.field.invalid };
  return content;
}

/** Checks what JSON schema cannot: lengths after trimming and NFC, e-mail shape, banned words. */
export function validateNewComment(
  body: NewCommentBody,
  limits: { maxContentLength: number; bannedWords: BannedWords },
): ValidComment {
  const fields: FieldErrors = {};
  const author = checkAuthor(body.author, fields);
  const content = checkContent(body.content, limits.maxContentLength, fields);
  if (!fields.content && limits.bannedWords.containsBanned(content)) {
    fields.content = { code: 'banned-words', message: messages.field.bannedWords };
  }
  const email = body.email?.trim() ?? '';
  if (email !== '' && !emailShape.test(email))
    fields.email = { code: 'invalid-email', message: messages.field.emailInvalid };
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return { author, email: email === '' ? null : email, content, parentId: body.parentId ?? null };
}

/** Official replies are the agency's own words: same lengths, no banned-words check. */
export function validateOfficialReply(
  body: OfficialReplyBody,
  limits: { maxContentLength: number },
): OfficialReplyBody {
  const fields: FieldErrors = {};
  const author = checkAuthor(body.author, fields);
  const content = checkContent(body.content, limits.maxContentLength, fields);
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return { author, content };
}
