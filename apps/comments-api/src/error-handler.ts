import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { blankRequiredFields, isRequiredTextField, requiredError } from './comment-validation.js';
import {
  ApiError,
  type FieldError,
  type FieldErrorCode,
  type FieldErrors,
  type FieldName,
  fieldNames,
  idempotencyKeyRequired,
  invalidFields,
  invalidRequest,
} from './errors.js';
import { messages } from './messages.js';

type ValidationIssue = NonNullable<FastifyError['validation']>[number];

const isFieldName = (name: string | undefined): name is FieldName =>
  name !== undefined && (fieldNames as readonly string[]).includes(name);

const fieldCodes: Partial<Record<string, FieldErrorCode>> = { required: 'required', maxLength: 'too-long' };
const fieldMessages: Record<FieldErrorCode, string> = {
  required: messages.field.required,
  'too-long': messages.field.tooLong,
  'invalid-email': messages.field.emailInvalid,
  'banned-words': messages.field.bannedWords,
  invalid: messages.field.invalid,
};

function fieldError(field: FieldName, code: FieldErrorCode): FieldError {
  if (code === 'required' && isRequiredTextField(field)) return requiredError(field);
  return { code, message: fieldMessages[code] };
}

/**
 * Schema failures in a body become the contract's errors: per field where a field is at fault,
 * every such field at once (Ajv runs with `allErrors`), blank required ones included.
 */
function fromValidation(error: FastifyError, issues: ValidationIssue[], body: unknown): ApiError {
  if (error.validationContext === 'headers') return idempotencyKeyRequired();
  if (error.validationContext === 'body') {
    const fields: FieldErrors = {};
    for (const issue of issues) {
      const field =
        issue.keyword === 'required'
          ? (issue.params as { missingProperty?: string }).missingProperty
          : issue.instancePath.split('/')[1];
      if (isFieldName(field) && !fields[field])
        fields[field] = fieldError(field, fieldCodes[issue.keyword] ?? 'invalid');
    }
    if (Object.keys(fields).length > 0) return invalidFields({ ...blankRequiredFields(body), ...fields });
  }
  // Fastify's message names the part and the rule ("body must have required property 'website'"), never the value.
  return invalidRequest(error.message);
}

function toApiError(error: FastifyError, request: FastifyRequest): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error.validation) return fromValidation(error, error.validation, request.body);
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ApiError(413, 'body-too-large', messages.bodyTooLarge);
  // Malformed JSON, a body that is not JSON, and Fastify's other refusals of a request: the
  // contract answers every kind of invalid request with 400.
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return invalidRequest();
  return undefined;
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const apiError = toApiError(error, request);
  if (apiError) return reply.code(apiError.statusCode).headers(apiError.headers).send(apiError.body);
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send(new ApiError(500, 'internal', messages.internal).body);
}

export function handleNotFound(_request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send(new ApiError(404, 'not-found', messages.notFound).body);
}
