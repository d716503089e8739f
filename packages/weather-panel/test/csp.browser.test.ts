import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { StrictCspResult } from './fixtures/strict-csp.js';

describe('<pw-weather-panel> under a strict CSP with Trusted Types', () => {
  it('loads its chunks, fetches and renders, in Vietnamese and in English, with no violation', async function () {
    this.timeout(30_000);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Strict CSP page" src="/packages/weather-panel/test/fixtures/strict-csp.html"></iframe>`,
    );
    await waitUntil(() => frame.contentWindow?.strictCspResult !== undefined, 'the page reports', { timeout: 25_000 });
    const result = frame.contentWindow?.strictCspResult as StrictCspResult;

    expect(result.error).to.equal(undefined);
    expect(result.plainStringThrows, 'the page enforces Trusted Types').to.equal(true);
    expect(result.listenerSawPlainString, 'the page sees violations when they happen').to.equal(true);
    expect(result.violations).to.deep.equal([]);
    expect(result.temperatures).to.deep.equal(['22°C', '29°C']);
    expect(result.titles).to.deep.equal(['Thời tiết', 'Weather']);
  });
});
