import { characterCount, countCharacters } from './counting.js';

/** The fields the reader fills in, as typed. */
export interface CommentFields {
  author: string;
  email: string;
  content: string;
}

/** Fields a problem can be shown on, in the order of the form (and of the error summary). */
export const problemFields = ['author', 'email', 'content', 'captchaToken'] as const;
export type ProblemField = (typeof problemFields)[number];

/** Field codes of the comments API; the widget has its own wording for each. */
export const fieldCodes = ['required', 'too-long', 'invalid-email', 'banned-words', 'invalid'] as const;

export interface FieldProblem {
  /** One of {@link fieldCodes}, or another code a server sends. */
  code: string;
  /** The server's own wording, shown for codes the widget does not know. */
  message?: string;
}

export type FieldProblems = Partial<Record<ProblemField, FieldProblem>>;

export interface ValidationRules {
  /** Longest comment, in characters as {@link countCharacters} counts them. */
  maxLength: number;
  requireEmail: boolean;
}

/** Limits of the comments API that are not configurable. */
export const authorMaxLength = 100;
export const emailMaxLength = 254;

// Deliberately loose: one @, something on each side, a dot in the domain. The server decides the rest.
const emailShape = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** What is wrong with the fields before sending; an empty object when nothing is. */
export function validateComment(fields: CommentFields, rules: ValidationRules): FieldProblems {
  const problems: FieldProblems = {};
  const authorLength = countCharacters(fields.author);
  if (authorLength === 0) problems.author = { code: 'required' };
  else if (authorLength > authorMaxLength) problems.author = { code: 'too-long' };

  const email = fields.email.trim();
  if (email === '') {
    if (rules.requireEmail) problems.email = { code: 'required' };
  } else if (countCharacters(email) > emailMaxLength) problems.email = { code: 'too-long' };
  else if (!emailShape.test(email)) problems.email = { code: 'invalid-email' };

  const content = characterCount(fields.content, rules.maxLength);
  if (content.count === 0) problems.content = { code: 'required' };
  else if (content.over > 0) problems.content = { code: 'too-long' };
  return problems;
}
