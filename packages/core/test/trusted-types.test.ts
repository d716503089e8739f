import { afterEach, describe, expect, it, vi } from 'vitest';
import { trustedPolicy, type TrustedPolicyRules } from '../src/trusted-types.js';

const names = ['pw-test-a', 'pw-test-b', 'pw-test-refused'];

interface FakePolicy {
  name: string;
  rules: TrustedPolicyRules;
}

/** A stand-in for window.trustedTypes that refuses some names, as a `trusted-types` directive does. */
function fakeTrustedTypes(refused: string[] = []) {
  const created: string[] = [];
  const factory = {
    createPolicy: vi.fn((name: string, rules: TrustedPolicyRules): FakePolicy => {
      if (refused.includes(name) || created.includes(name)) throw new TypeError(`Policy "${name}" disallowed.`);
      created.push(name);
      return { name, rules };
    }),
  };
  vi.stubGlobal('trustedTypes', factory);
  return factory;
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const name of names) {
    Reflect.deleteProperty(globalThis, Symbol.for(`portal-widgets.trusted-types-policy.${name}`));
  }
});

describe('trustedPolicy', () => {
  it('returns undefined where the browser has no Trusted Types', () => {
    expect(trustedPolicy('pw-test-a', { createHTML: (input) => input })).toBeUndefined();
  });

  it('creates the policy once and shares it, like a second bundle on the page would', () => {
    const factory = fakeTrustedTypes();
    const first = trustedPolicy('pw-test-a', { createHTML: (input) => input });
    const second = trustedPolicy('pw-test-a', { createHTML: () => 'other rules' });
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(factory.createPolicy).toHaveBeenCalledTimes(1);
  });

  it('keeps one policy per name', () => {
    fakeTrustedTypes();
    const a = trustedPolicy('pw-test-a', {});
    const b = trustedPolicy('pw-test-b', {});
    expect(a?.name).toBe('pw-test-a');
    expect(b?.name).toBe('pw-test-b');
  });

  it('returns null, without throwing, when the page refuses the name, and does not ask again', () => {
    const factory = fakeTrustedTypes(['pw-test-refused']);
    expect(trustedPolicy('pw-test-refused', {})).toBeNull();
    expect(trustedPolicy('pw-test-refused', {})).toBeNull();
    expect(factory.createPolicy).toHaveBeenCalledTimes(1);
  });
});
