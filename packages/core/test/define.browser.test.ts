import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';

const ledgerKey = Symbol.for('portal-widgets.definitions');

/** A distinct element class per call, standing in for one bundle's copy of a widget. */
function widgetClass(): CustomElementConstructor {
  return class extends HTMLElement {};
}

describe('defineElement with the real registry', () => {
  let warnings: unknown[][];
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    Reflect.deleteProperty(globalThis, ledgerKey);
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
  });
  afterEach(() => {
    console.warn = originalWarn;
    Reflect.deleteProperty(globalThis, ledgerKey);
  });

  // customElements cannot forget a tag, so every test uses its own.
  it('registers a tag and upgrades elements already in the page', () => {
    const waiting = document.createElement('test-define-fresh');
    document.body.append(waiting);
    try {
      const Widget = widgetClass();
      defineElement('test-define-fresh', Widget, '1.0.0');
      expect(customElements.get('test-define-fresh')).to.equal(Widget);
      expect(waiting).to.be.instanceOf(Widget);
      expect(warnings).to.deep.equal([]);
    } finally {
      waiting.remove();
    }
  });

  it('does not throw or warn when the same version is defined twice', () => {
    const fromCdn = widgetClass();
    const fromNpm = widgetClass();
    defineElement('test-define-same-version', fromCdn, '1.0.0');
    expect(() => defineElement('test-define-same-version', fromNpm, '1.0.0')).not.to.throw();
    expect(() => defineElement('test-define-same-version', fromCdn, '1.0.0')).not.to.throw();
    expect(customElements.get('test-define-same-version')).to.equal(fromCdn);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version is defined', () => {
    const first = widgetClass();
    const second = widgetClass();
    defineElement('test-define-two-versions', first, '1.0.0');
    expect(() => defineElement('test-define-two-versions', second, '2.1.0')).not.to.throw();
    expect(() => defineElement('test-define-two-versions', second, '2.1.0')).not.to.throw();

    expect(customElements.get('test-define-two-versions')).to.equal(first);
    expect(document.createElement('test-define-two-versions')).to.be.instanceOf(first);
    expect(warnings).to.have.length(1);
    const message = String(warnings[0]?.[0]);
    expect(message).to.contain('<test-define-two-versions>');
    expect(message).to.contain('1.0.0');
    expect(message).to.contain('2.1.0');
  });

  it('warns instead of throwing when the browser refuses the definition', () => {
    const Widget = widgetClass();
    defineElement('test-define-first-name', Widget, '1.0.0');
    // The same class under a second tag is a NotSupportedError in the real registry.
    expect(() => defineElement('test-define-second-name', Widget, '1.0.0')).not.to.throw();
    expect(customElements.get('test-define-second-name')).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<test-define-second-name>');
  });

  it('warns instead of throwing for an invalid tag name', () => {
    expect(() => defineElement('NotAValidTag', widgetClass(), '1.0.0')).not.to.throw();
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<NotAValidTag>');
  });
});
