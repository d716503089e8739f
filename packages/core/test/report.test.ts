import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeInvalidInput, reportInvalidInput, type InvalidInput } from '../src/report.js';

const input: InvalidInput = {
  element: 'pw-weather-panel',
  attribute: 'days',
  value: 'ba',
  problem: 'not a whole number',
  allowed: 'a whole number from 1 to 7',
  fallback: '3 days',
};

describe('describeInvalidInput', () => {
  it('names the element, attribute, value, problem, what is allowed and the fallback', () => {
    expect(describeInvalidInput(input)).toBe(
      '<pw-weather-panel> days: not a whole number in ba. Allowed: a whole number from 1 to 7. Using 3 days.',
    );
  });

  it('shows non-string values as JSON', () => {
    expect(describeInvalidInput({ ...input, value: [1, { a: 'b' }] })).toContain(' in [1,{"a":"b"}]. ');
    expect(describeInvalidInput({ ...input, value: 8 })).toContain(' in 8. ');
    expect(describeInvalidInput({ ...input, value: undefined })).toContain(' in undefined. ');
  });

  it('says an empty value is empty, so a message never reads "missing in ."', () => {
    expect(describeInvalidInput({ ...input, value: '' })).toContain(' in (empty). ');
  });

  it('shows values JSON cannot serialise without throwing', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(describeInvalidInput({ ...input, value: circular })).toContain(' in [object Object]. ');
    expect(describeInvalidInput({ ...input, value: 10n })).toContain(' in 10. ');
  });

  it('truncates long values with an ellipsis', () => {
    const long = 'x'.repeat(500);
    const message = describeInvalidInput({ ...input, value: long });
    expect(message).toContain(` in ${'x'.repeat(120)}…. `);
    expect(message).not.toContain('x'.repeat(121));
    expect(message.length).toBeLessThan(300);
  });

  it('does not truncate a value of exactly the limit', () => {
    const message = describeInvalidInput({ ...input, value: 'y'.repeat(120) });
    expect(message).toContain(` in ${'y'.repeat(120)}. `);
    expect(message).not.toContain('…');
  });
});

describe('reportInvalidInput', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('logs one console.error at the error level', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    reportInvalidInput('error', input);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(describeInvalidInput(input));
    expect(warn).not.toHaveBeenCalled();
  });

  it('logs one console.warn at the warn level', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    reportInvalidInput('warn', input);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(describeInvalidInput(input));
    expect(error).not.toHaveBeenCalled();
  });
});

describe('describeInvalidInput with a number attribute that did not parse', () => {
  it('shows NaN, not null', () => {
    const message = describeInvalidInput({
      element: 'pw-breadcrumb',
      attribute: 'max-items',
      value: Number.NaN,
      problem: 'not a whole number of at least 2',
      allowed: 'an integer ≥ 2',
      fallback: 'no limit',
    });
    expect(message).toContain('in NaN (not a number)');
    expect(message).not.toContain('null');
  });
});
