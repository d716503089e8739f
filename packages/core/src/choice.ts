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

export interface WholeNumberOptions<F> {
  element: string;
  attribute: string;
  min: number;
  /** Largest value accepted; no upper bound when absent. */
  max?: number;
  /** What an absent or rejected value becomes. */
  fallback: F;
  /** What the warning says the element does instead; `String(fallback)` when absent. */
  fallbackText?: string;
}

/**
 * A whole number from `min` to `max` (`page-size`, `max-items`, `limit`…): the value when it is
 * one, the fallback when absent, and the fallback with one named console warning for anything else.
 */
export function wholeNumber<F extends number | undefined>(value: unknown, options: WholeNumberOptions<F>): number | F {
  if (value === undefined || value === null) return options.fallback;
  const { min, max = Number.POSITIVE_INFINITY } = options;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  reportInvalidInput('warn', {
    element: options.element,
    attribute: options.attribute,
    value,
    problem: 'not a whole number in range',
    allowed:
      max === Number.POSITIVE_INFINITY ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`,
    fallback: options.fallbackText ?? String(options.fallback),
  });
  return options.fallback;
}
