import { expect, fixture, html } from '@open-wc/testing';
import { serializeJsonLd, writeJsonLd } from '../src/json-ld.js';
import type { TrustedTypesReport } from './fixtures/trusted-types-report.js';

const marker = 'data-pw-test';
const breadcrumbList = {
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://tinh.gov.vn/' }],
};

function jsonLdScripts(host: Element, withMarker = marker): HTMLScriptElement[] {
  return [...host.querySelectorAll<HTMLScriptElement>(`script[type="application/ld+json"][${withMarker}]`)];
}

describe('writeJsonLd', () => {
  it('adds one JSON-LD script, marked, as a light-DOM child of the host', async () => {
    const host = await fixture(html`<div><p>Nội dung</p></div>`);
    expect(writeJsonLd(host, marker, breadcrumbList)).to.equal(true);

    const scripts = jsonLdScripts(host);
    expect(scripts).to.have.length(1);
    const [script] = scripts;
    expect(script?.parentElement).to.equal(host);
    expect(script?.hasAttribute(marker)).to.equal(true);
    expect(script?.textContent).to.equal(serializeJsonLd(breadcrumbList));
    expect(JSON.parse(script?.textContent ?? '')).to.deep.equal(breadcrumbList);
  });

  it('keeps "</script>" in the data from closing the script', async () => {
    const host = await fixture(html`<div></div>`);
    const hostile = { name: '</script><img src=x onerror=alert(1)>' };
    writeJsonLd(host, marker, hostile);
    // Re-parsing the serialised markup is what a crawler or a server-side copy of the page does.
    const reparsed = document.createElement('div');
    reparsed.setHTMLUnsafe(host.innerHTML);
    expect(reparsed.querySelector('img')).to.equal(null);
    expect(jsonLdScripts(reparsed)).to.have.length(1);
    expect(JSON.parse(jsonLdScripts(reparsed)[0]?.textContent ?? '')).to.deep.equal(hostile);
  });

  it('updates its script in place', async () => {
    const host = await fixture(html`<div></div>`);
    writeJsonLd(host, marker, breadcrumbList);
    const [first] = jsonLdScripts(host);

    const changed = { ...breadcrumbList, name: 'Tin tức' };
    expect(writeJsonLd(host, marker, changed)).to.equal(true);
    const scripts = jsonLdScripts(host);
    expect(scripts).to.have.length(1);
    expect(scripts[0]).to.equal(first);
    expect(scripts[0]?.textContent).to.equal(serializeJsonLd(changed));
  });

  it('removes its script when the data is undefined', async () => {
    const host = await fixture(html`<div><p>Nội dung</p></div>`);
    writeJsonLd(host, marker, breadcrumbList);
    expect(writeJsonLd(host, marker, undefined)).to.equal(true);
    expect(jsonLdScripts(host)).to.have.length(0);
    expect(host.querySelector('p')).to.not.equal(null);
    expect(writeJsonLd(host, marker, undefined)).to.equal(true);
  });

  it('leaves scripts with another marker, and nested ones, alone', async () => {
    const host = await fixture(html`
      <div>
        <script type="application/ld+json" data-other>
          { "other": true }
        </script>
        <section>
          <script type="application/ld+json" data-pw-test>
            { "nested": true }
          </script>
        </section>
      </div>
    `);
    writeJsonLd(host, marker, breadcrumbList);
    const direct = jsonLdScripts(host).filter((script) => script.parentElement === host);
    expect(direct).to.have.length(1);
    expect(direct[0]?.textContent).to.equal(serializeJsonLd(breadcrumbList));
    expect(JSON.parse(host.querySelector('section script')?.textContent ?? '')).to.deep.equal({ nested: true });

    writeJsonLd(host, marker, undefined);
    expect(jsonLdScripts(host, 'data-other')).to.have.length(1);
    expect(host.querySelector('section script')).to.not.equal(null);
  });
});

/** Frames a fixture page and waits for the report its module posts. */
async function reportFrom(page: string): Promise<TrustedTypesReport> {
  const container = await fixture(html`<div></div>`);
  const frame = document.createElement('iframe');
  const report = new Promise<TrustedTypesReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${page} did not report within 5 s`)), 5_000);
    window.addEventListener('message', function onMessage(event: MessageEvent<TrustedTypesReport>) {
      if (event.source !== frame.contentWindow || event.data.kind !== 'trusted-types-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    });
  });
  frame.src = new URL(`./fixtures/${page}`, import.meta.url).href;
  container.append(frame);
  return report;
}

describe('writeJsonLd under Trusted Types', () => {
  it("writes the script with no violation under require-trusted-types-for 'script'", async () => {
    const report = await reportFrom('require-trusted-types.html');
    expect(report.policy).to.equal("require-trusted-types-for 'script'");
    expect(report.firstWrite).to.equal(true);
    expect(report.secondWrite).to.equal(true);
    expect(report.scriptCountAfterFirst).to.equal(1);
    expect(report.scriptCountAfterSecond).to.equal(1);
    expect(report.updatedInPlace).to.equal(true);
    expect(report.scriptText).to.equal(report.expectedText);
    expect(report.violationsDuringWrites).to.deep.equal([]);
  });

  it('needs its policy there: a plain string assigned to a script throws and is reported', async () => {
    const report = await reportFrom('require-trusted-types.html');
    expect(report.plainStringThrows).to.equal(true);
    const newViolations = report.violationsAfterPlainString.slice(report.violationsDuringWrites.length);
    expect(newViolations).to.have.length(1);
    expect(newViolations[0]).to.match(/^require-trusted-types-for/);
  });

  it('works when the page allows its policy by name (portal-widgets-json-ld)', async () => {
    const report = await reportFrom('trusted-types-allow-list.html');
    expect(report.policy).to.contain('trusted-types portal-widgets-json-ld');
    expect(report.firstWrite).to.equal(true);
    expect(report.scriptCountAfterSecond).to.equal(1);
    expect(report.scriptText).to.equal(report.expectedText);
    expect(report.violationsDuringWrites).to.deep.equal([]);
    expect(report.plainStringThrows).to.equal(true);
  });

  it('returns false without throwing or writing when the page allows only other policies', async () => {
    const report = await reportFrom('trusted-types-other-policy.html');
    expect(report.policy).to.contain('trusted-types some-other-policy');
    expect(report.firstWrite).to.equal(false);
    expect(report.secondWrite).to.equal(false);
    expect(report.scriptCountAfterFirst).to.equal(0);
    expect(report.scriptCountAfterSecond).to.equal(0);
    expect(report.plainStringThrows).to.equal(true);
  });
});
