import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { defineElement } from '../src/define.js';

const ledgerKey = Symbol.for('portal-widgets.definitions');

/** A registry with the real one's contract: `define` throws for a taken tag. */
class FakeRegistry implements CustomElementRegistry {
  readonly definitions = new Map<string, CustomElementConstructor>();

  define(name: string, constructor: CustomElementConstructor): void {
    if (this.definitions.has(name)) throw new DOMException(`"${name}" has already been used`, 'NotSupportedError');
    if ([...this.definitions.values()].includes(constructor)) {
      throw new DOMException('this constructor has already been used', 'NotSupportedError');
    }
    this.definitions.set(name, constructor);
  }

  get(name: string): CustomElementConstructor | undefined {
    return this.definitions.get(name);
  }

  getName(constructor: CustomElementConstructor): string | null {
    for (const [name, defined] of this.definitions) if (defined === constructor) return name;
    return null;
  }

  initialize(): void {}

  upgrade(): void {}

  whenDefined(name: string): Promise<CustomElementConstructor> {
    const defined = this.definitions.get(name);
    return defined === undefined ? new Promise(() => undefined) : Promise.resolve(defined);
  }
}

/** A registry that refuses every definition, like a browser rejecting an invalid tag. */
class RefusingRegistry extends FakeRegistry {
  override define(name: string): void {
    throw new DOMException(`"${name}" is not a valid custom element name`, 'SyntaxError');
  }
}

/** A distinct constructor per call, standing in for a widget class from one bundle. */
function fakeElementClass(): CustomElementConstructor {
  // Node has no HTMLElement to extend; the fake registry never instantiates the class.
  return class FakeWidget {
    connectedCallback(): void {}
  } as unknown as CustomElementConstructor;
}

describe('defineElement', () => {
  let consoleWarn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    Reflect.deleteProperty(globalThis, ledgerKey);
    consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    consoleWarn.mockRestore();
    Reflect.deleteProperty(globalThis, ledgerKey);
  });

  it('registers a new tag', () => {
    const registry = new FakeRegistry();
    const Breadcrumb = fakeElementClass();
    defineElement('pw-breadcrumb', Breadcrumb, '1.0.0', registry);
    expect(registry.get('pw-breadcrumb')).toBe(Breadcrumb);
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it('returns quietly when the same class is defined again', () => {
    const registry = new FakeRegistry();
    const Breadcrumb = fakeElementClass();
    defineElement('pw-breadcrumb', Breadcrumb, '1.0.0', registry);
    expect(() => defineElement('pw-breadcrumb', Breadcrumb, '1.0.0', registry)).not.toThrow();
    expect(registry.get('pw-breadcrumb')).toBe(Breadcrumb);
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it('returns quietly when a second bundle of the same version defines the tag', () => {
    const registry = new FakeRegistry();
    const fromCdn = fakeElementClass();
    const fromNpm = fakeElementClass();
    defineElement('pw-breadcrumb', fromCdn, '1.0.0', registry);
    expect(() => defineElement('pw-breadcrumb', fromNpm, '1.0.0', registry)).not.toThrow();
    expect(registry.get('pw-breadcrumb')).toBe(fromCdn);
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it('warns once, naming both versions, when another version defines the tag', () => {
    const registry = new FakeRegistry();
    const first = fakeElementClass();
    const second = fakeElementClass();
    defineElement('pw-breadcrumb', first, '1.0.0', registry);
    expect(() => defineElement('pw-breadcrumb', second, '1.2.0', registry)).not.toThrow();
    expect(registry.get('pw-breadcrumb')).toBe(first);
    expect(consoleWarn).toHaveBeenCalledTimes(1);
    const [message] = consoleWarn.mock.calls[0] ?? [];
    expect(message).toContain('<pw-breadcrumb>');
    expect(message).toContain('1.0.0');
    expect(message).toContain('1.2.0');

    defineElement('pw-breadcrumb', second, '1.2.0', registry);
    defineElement('pw-breadcrumb', fakeElementClass(), '1.2.0', registry);
    expect(consoleWarn).toHaveBeenCalledTimes(1);
  });

  it('warns separately for each further version', () => {
    const registry = new FakeRegistry();
    defineElement('pw-breadcrumb', fakeElementClass(), '1.0.0', registry);
    defineElement('pw-breadcrumb', fakeElementClass(), '1.2.0', registry);
    defineElement('pw-breadcrumb', fakeElementClass(), '2.0.0', registry);
    expect(consoleWarn).toHaveBeenCalledTimes(2);
    expect(consoleWarn.mock.calls[1]?.[0]).toContain('2.0.0');
  });

  it('keeps tags apart', () => {
    const registry = new FakeRegistry();
    defineElement('pw-breadcrumb', fakeElementClass(), '1.0.0', registry);
    defineElement('pw-links-list', fakeElementClass(), '2.0.0', registry);
    expect(registry.definitions.size).toBe(2);
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it('warns when the tag was taken by code outside Portal Widgets', () => {
    const registry = new FakeRegistry();
    const foreign = fakeElementClass();
    registry.define('pw-breadcrumb', foreign);
    expect(() => defineElement('pw-breadcrumb', fakeElementClass(), '1.0.0', registry)).not.toThrow();
    expect(registry.get('pw-breadcrumb')).toBe(foreign);
    expect(consoleWarn).toHaveBeenCalledTimes(1);
    expect(consoleWarn.mock.calls[0]?.[0]).toContain('version unknown');
  });

  it('warns instead of throwing when the registry refuses the definition', () => {
    const registry = new RefusingRegistry();
    expect(() => defineElement('pw-breadcrumb', fakeElementClass(), '1.0.0', registry)).not.toThrow();
    expect(registry.definitions.size).toBe(0);
    expect(consoleWarn).toHaveBeenCalledTimes(1);
    const [message] = consoleWarn.mock.calls[0] ?? [];
    expect(message).toContain('<pw-breadcrumb>');
    expect(message).toContain('not a valid custom element name');
  });

  it('warns instead of throwing when the class is already registered under another tag', () => {
    const registry = new FakeRegistry();
    const Shared = fakeElementClass();
    defineElement('pw-breadcrumb', Shared, '1.0.0', registry);
    expect(() => defineElement('pw-breadcrumb-alias', Shared, '1.0.0', registry)).not.toThrow();
    expect(consoleWarn).toHaveBeenCalledTimes(1);
    expect(consoleWarn.mock.calls[0]?.[0]).toContain('<pw-breadcrumb-alias>');
  });

  it('shares its ledger with a second copy of the module, as two bundles on one page would', async () => {
    const registry = new FakeRegistry();
    defineElement('pw-breadcrumb', fakeElementClass(), '1.0.0', registry);
    vi.resetModules();
    const secondCopy = await import('../src/define.js');
    expect(secondCopy.defineElement).not.toBe(defineElement);
    secondCopy.defineElement('pw-breadcrumb', fakeElementClass(), '1.2.0', registry);
    expect(consoleWarn).toHaveBeenCalledTimes(1);
    expect(consoleWarn.mock.calls[0]?.[0]).toContain('version 1.0.0 is already registered');
  });
});
