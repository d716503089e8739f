import { reportInvalidInput } from './report.js';

export interface ChoiceOptions<T> {
  /** Tag name of the element, for the warning. */
  element: string;
  /** Attribute that carried the value. */
  attribute: string;
  /** The values accepted, in the order the warning lists them. */
  allowed: readonly T[];
  /** What an absent or rejected value becomes. */
  fallback: T;
}

/**
 * One of a fixed set of values (`layout`, `variant`, `heading-level`…): the value when allowed, the
 * fallback when absent, and the fallback with one named console warning for anything else.
 */
export function choice<T>(value: unknown, options: ChoiceOptions<T>): T {
  if (value === undefined || value === null || value === '') return options.fallback;
  if ((options.allowed as readonly unknown[]).includes(value)) return value as T;
  reportInvalidInput('warn', {
    element: options.element,
    attribute: options.attribute,
    value,
    problem: 'not one of the allowed values',
    allowed: options.allowed.join(', '),
    fallback: String(options.fallback),
  });
  return options.fallback;
}
