import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LanguageController } from '../src/language.js';

/** Renders the language its controller resolved, and counts renders. */
class LangProbe extends LitElement {
  readonly language = new LanguageController(this);
  renderCount = 0;

  protected override render(): string {
    this.renderCount += 1;
    return this.language.language;
  }
}
customElements.define('test-lang-probe', LangProbe);

/** Holds a probe in its shadow root, inside a wrapper whose `lang` the tests can change. */
class LangShell extends HTMLElement {
  readonly wrapper = document.createElement('div');
  readonly probe = document.createElement('test-lang-probe') as LangProbe;

  constructor() {
    super();
    this.wrapper.append(this.probe);
    this.attachShadow({ mode: 'open' }).append(this.wrapper);
  }
}
customElements.define('test-lang-shell', LangShell);

declare global {
  interface HTMLElementTagNameMap {
    'test-lang-probe': LangProbe;
    'test-lang-shell': LangShell;
  }
}

function rendered(probe: LangProbe): string {
  return probe.shadowRoot?.textContent?.trim() ?? '';
}

/** Lets the MutationObserver deliver (a microtask), then waits for the render it asked for. */
async function settle(probe: LangProbe): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await probe.updateComplete;
}

function probeIn(container: Element): LangProbe {
  const probe = container.querySelector('test-lang-probe');
  if (probe === null) throw new Error('the fixture has no <test-lang-probe>');
  return probe;
}

describe('LanguageController', () => {
  let documentLang: string | null;
  beforeEach(() => {
    documentLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
  });

  it('defaults to Vietnamese when no lang is set anywhere', async () => {
    const probe = await fixture<LangProbe>(html`<test-lang-probe></test-lang-probe>`);
    expect(probe.language.language).to.equal('vi');
    expect(rendered(probe)).to.equal('vi');
  });

  it('uses the element’s own lang', async () => {
    document.documentElement.setAttribute('lang', 'vi');
    const probe = await fixture<LangProbe>(html`<test-lang-probe lang="en"></test-lang-probe>`);
    expect(rendered(probe)).to.equal('en');
  });

  it('uses the closest ancestor with lang', async () => {
    const outer = await fixture(html`
      <div lang="vi">
        <section lang="en">
          <p><test-lang-probe></test-lang-probe></p>
        </section>
      </div>
    `);
    expect(rendered(probeIn(outer))).to.equal('en');
  });

  it('skips an empty lang on the way up', async () => {
    const outer = await fixture(
      html`<div lang="en">
        <p lang=""><test-lang-probe></test-lang-probe></p>
      </div>`,
    );
    expect(rendered(probeIn(outer))).to.equal('en');
  });

  it('crosses a shadow root to the host’s lang', async () => {
    const shell = await fixture<LangShell>(html`<test-lang-shell lang="en"></test-lang-shell>`);
    await shell.probe.updateComplete;
    expect(rendered(shell.probe)).to.equal('en');
  });

  it('uses <html lang> when no ancestor has one', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const probe = await fixture<LangProbe>(html`<test-lang-probe></test-lang-probe>`);
    expect(rendered(probe)).to.equal('en');
  });

  const regionalTags = [
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['vi-VN', 'vi'],
  ] as const;
  for (const [tag, expected] of regionalTags) {
    it(`maps lang="${tag}" to ${expected}`, async () => {
      // The document says English, so a Vietnamese result comes from the tag, not from a fallback.
      document.documentElement.setAttribute('lang', 'en');
      const outer = await fixture(html`<div lang=${tag}><test-lang-probe></test-lang-probe></div>`);
      expect(rendered(probeIn(outer))).to.equal(expected);
    });
  }

  for (const tag of ['fr', 'zh-Hans-CN']) {
    it(`lets lang="${tag}", which the widgets do not speak, defer to the English page around it`, async () => {
      document.documentElement.setAttribute('lang', 'en');
      const outer = await fixture(html`<div lang=${tag}><test-lang-probe></test-lang-probe></div>`);
      expect(rendered(probeIn(outer))).to.equal('en');
    });
  }

  it('falls back to Vietnamese when no ancestor names a supported language', async () => {
    document.documentElement.setAttribute('lang', 'de');
    const outer = await fixture(html`<div lang="fr"><test-lang-probe></test-lang-probe></div>`);
    expect(rendered(probeIn(outer))).to.equal('vi');
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const outer = await fixture(
      html`<div lang="vi">
        <section><test-lang-probe></test-lang-probe></section>
      </div>`,
    );
    const probe = probeIn(outer);
    expect(rendered(probe)).to.equal('vi');

    outer.setAttribute('lang', 'en');
    await settle(probe);
    expect(rendered(probe)).to.equal('en');

    outer.setAttribute('lang', 'vi-VN');
    await settle(probe);
    expect(rendered(probe)).to.equal('vi');
  });

  it('re-renders when its own lang is added', async () => {
    const probe = await fixture<LangProbe>(html`<test-lang-probe></test-lang-probe>`);
    probe.setAttribute('lang', 'en');
    await settle(probe);
    expect(rendered(probe)).to.equal('en');
  });

  it('re-renders when a lang inside a shadow root changes', async () => {
    const shell = await fixture<LangShell>(html`<test-lang-shell lang="en"></test-lang-shell>`);
    await shell.probe.updateComplete;
    expect(rendered(shell.probe)).to.equal('en');

    shell.wrapper.setAttribute('lang', 'vi');
    await settle(shell.probe);
    expect(rendered(shell.probe)).to.equal('vi');

    shell.wrapper.removeAttribute('lang');
    await settle(shell.probe);
    expect(rendered(shell.probe)).to.equal('en');
  });

  it('re-renders when the host of its shadow root changes lang', async () => {
    const shell = await fixture<LangShell>(html`<test-lang-shell lang="en"></test-lang-shell>`);
    await shell.probe.updateComplete;
    shell.setAttribute('lang', 'vi');
    await settle(shell.probe);
    expect(rendered(shell.probe)).to.equal('vi');
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'vi');
    const probe = await fixture<LangProbe>(html`<test-lang-probe></test-lang-probe>`);
    expect(rendered(probe)).to.equal('vi');

    document.documentElement.setAttribute('lang', 'en');
    await settle(probe);
    expect(rendered(probe)).to.equal('en');
  });

  it('does not re-render when an unrelated lang change resolves to the same language', async () => {
    const outer = await fixture(html`<div lang="en"><test-lang-probe></test-lang-probe></div>`);
    const probe = probeIn(outer);
    const rendersBefore = probe.renderCount;
    outer.setAttribute('lang', 'en-GB');
    await settle(probe);
    expect(probe.renderCount).to.equal(rendersBefore);
    expect(rendered(probe)).to.equal('en');
  });

  it('ignores changes while disconnected and catches up when reconnected', async () => {
    const outer = await fixture(html`<div lang="vi"><test-lang-probe></test-lang-probe></div>`);
    const probe = probeIn(outer);
    const parking = document.createElement('div');
    parking.setAttribute('lang', 'en');
    parking.append(probe);
    const rendersWhileDetached = probe.renderCount;

    // Not in the document, so not observed: neither change may reach it.
    parking.setAttribute('lang', 'en-US');
    document.documentElement.setAttribute('lang', 'en');
    await settle(probe);
    expect(probe.renderCount).to.equal(rendersWhileDetached);
    expect(probe.language.language).to.equal('vi');
    expect(rendered(probe)).to.equal('vi');

    outer.setAttribute('lang', 'en');
    outer.append(probe);
    await settle(probe);
    expect(probe.language.language).to.equal('en');
    expect(rendered(probe)).to.equal('en');
  });
});
