import type { ComplexAttributeConverter } from 'lit';
import { reportInvalidInput } from './report.js';

export interface JsonAttributeOptions {
  element: string;
  attribute: string;
  /** Human description of what the attribute accepts, e.g. `a JSON array of {"label", "href"?}`. */
  allowed: string;
  /** What the element falls back to when the value cannot be parsed. */
  fallback: string;
}

/** Parses JSON without throwing: bad JSON logs one named console error and yields `undefined`. */
export function parseJsonAttribute(value: string | null, options: JsonAttributeOptions): unknown {
  if (value === null || value.trim() === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    reportInvalidInput('error', {
      ...options,
      value,
      problem: `invalid JSON (${error instanceof Error ? error.message : String(error)})`,
    });
    return undefined;
  }
}

/** Lit converter for JSON attributes (arrays, objects) built on {@link parseJsonAttribute}. */
export function jsonAttribute<T>(options: JsonAttributeOptions): ComplexAttributeConverter<T | undefined> {
  return {
    fromAttribute: (value) => parseJsonAttribute(value, options) as T | undefined,
    toAttribute: (value) => (value === undefined ? null : JSON.stringify(value)),
  };
}
