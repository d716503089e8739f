import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TrustedTypesResult } from './fixtures/trusted-types.js';

async function loadPage(name: string): Promise<{ result: TrustedTypesResult; origin: string }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Trusted Types page" src="/packages/article-card/test/fixtures/${name}"></iframe>`,
  );
  await waitUntil(() => frame.contentWindow?.trustedTypesResult !== undefined, 'the page reports', { timeout: 25_000 });
  return { result: frame.contentWindow?.trustedTypesResult as TrustedTypesResult, origin: new URL(frame.src).origin };
}

describe('article card and list under a strict CSP with Trusted Types', () => {
  for (const page of ['trusted-types-strict.html', 'trusted-types-allow-list.html']) {
    it(`render, parse an RSS feed and write NewsArticle JSON-LD with no violation (${page})`, async function () {
      this.timeout(30_000);
      const { result, origin } = await loadPage(page);

      expect(result.error).to.equal(undefined);
      expect(result.plainStringThrows, 'the page enforces Trusted Types').to.equal(true);
      expect(result.listenerSawPlainString, 'the page sees violations when they happen').to.equal(true);
      expect(result.violations).to.deep.equal([]);
      expect(result.listHeadlines).to.deep.equal(['Hội nghị tổng kết 10 năm phong trào', 'Công bố quy hoạch tỉnh']);
      expect(result.feedMarkupRendered, 'feed HTML stays text').to.equal(false);
      expect(result.jsonLd).to.deep.include({
        '@type': 'NewsArticle',
        headline: 'Hội nghị tổng kết',
        url: `${origin}/tin-tuc/hoi-nghi.html`,
        datePublished: '2026-11-27T01:30:00.000Z',
      });
    });
  }
});
