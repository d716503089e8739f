import { messages } from './messages.js';

/** Property names of a comment body that the contract lets an error point at. */
export const fieldNames = ['author', 'email', 'content', 'parentId', 'captchaToken'] as const;
export type FieldName = (typeof fieldNames)[number];

export const fieldErrorCodes = ['required', 'too-long', 'invalid-email', 'banned-words', 'invalid'] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export interface FieldError {
  code: FieldErrorCode;
  message: string;
}
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

/** The contract's `ErrorBody`. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldErrors };
}

/** A refusal the client should see as is: status, body and any headers (`Retry-After`, `WWW-Authenticate`). */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly fields: FieldErrors | undefined;
  readonly headers: Record<string, string>;

  constructor(
    statusCode: number,
    code: string,
    message: string,
    options: { fields?: FieldErrors; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers ?? {};
  }

  get body(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.fields) error.fields = this.fields;
    return { error };
  }
}

export const invalidFields = (fields: FieldErrors) =>
  new ApiError(400, 'invalid-fields', messages.invalidFields, { fields });
export const invalidRequest = (detail?: string) =>
  new ApiError(400, 'invalid-request', detail ? `${messages.invalidRequest} (${detail})` : messages.invalidRequest);
export const idempotencyKeyRequired = () =>
  new ApiError(400, 'idempotency-key-required', messages.idempotencyKeyRequired);
export const idempotencyKeyReused = () => new ApiError(422, 'idempotency-key-reused', messages.idempotencyKeyReused);
export const threadClosed = () => new ApiError(409, 'thread-closed', messages.threadClosed);
export const parentNotFound = () => new ApiError(404, 'parent-not-found', messages.parentNotFound);
export const commentNotFound = () => new ApiError(404, 'not-found', messages.commentNotFound);
export const rateLimited = (retryAfterSeconds: number) =>
  new ApiError(429, 'rate-limited', messages.rateLimited(retryAfterSeconds), {
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
