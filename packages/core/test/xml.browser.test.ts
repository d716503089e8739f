import { expect, fixture, html } from '@open-wc/testing';
import { parseXml } from '../src/xml.js';
import type { XmlReport } from './fixtures/xml-report.js';

/** Frames a fixture page and waits for the report its module posts. */
async function reportFrom(page: string): Promise<XmlReport> {
  const container = await fixture(html`<div></div>`);
  const frame = document.createElement('iframe');
  const report = new Promise<XmlReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${page} did not report within 5 s`)), 5_000);
    window.addEventListener('message', function onMessage(event: MessageEvent<XmlReport | string>) {
      if (event.source !== frame.contentWindow) return;
      if (event.data === 'ran') reject(new Error(`${page}: markup inside the parsed XML ran a script`));
      if (typeof event.data === 'string' || event.data.kind !== 'xml-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    });
  });
  frame.src = new URL(`./fixtures/${page}`, import.meta.url).href;
  container.append(frame);
  return report;
}

describe('parseXml in Chromium', () => {
  it('parses a feed with namespaces and keeps CDATA markup as text', () => {
    const document = parseXml(
      '<rss xmlns:media="http://search.yahoo.com/mrss/"><item><title><![CDATA[<b>Tin</b>]]></title>' +
        '<media:thumbnail url="/a.jpg"/></item></rss>',
    );
    expect(document?.getElementsByTagName('title')[0]?.textContent).to.equal('<b>Tin</b>');
    const thumbnail = document?.getElementsByTagNameNS('http://search.yahoo.com/mrss/', 'thumbnail')[0];
    expect(thumbnail?.getAttribute('url')).to.equal('/a.jpg');
  });

  it('rejects what Chromium only half parses (it inserts a <parsererror> and keeps the rest)', () => {
    expect(parseXml('<rss><channel><item><title>Tin</item></channel></rss>')).to.equal(undefined);
    expect(parseXml('<rss>&nbsp;</rss>')).to.equal(undefined);
    expect(parseXml('<rss><media:content/></rss>')).to.equal(undefined);
    expect(parseXml('<!DOCTYPE html><html><body><p>Trang chủ</body></html>')).to.equal(undefined);
  });

  it('ignores the encoding a declaration names: the string is already decoded', () => {
    const document = parseXml('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Thời tiết</title></rss>');
    expect(document?.getElementsByTagName('title')[0]?.textContent).to.equal('Thời tiết');
  });
});

describe('parseXml under Trusted Types', () => {
  it("parses with no violation under require-trusted-types-for 'script', running nothing", async () => {
    const report = await reportFrom('xml-require-trusted-types.html');
    expect(report.policy).to.equal("require-trusted-types-for 'script'");
    expect(report.plainStringThrows).to.equal(true);
    expect(report.parsed).to.equal(true);
    expect(report.title).to.equal('Thông báo & tin tức');
    expect(report.creator).to.equal('Ngọc Ánh');
    expect(report.description).to.contain('<script>');
    expect(report.declaredEncodingTitle).to.equal('Thời tiết Huế');
    expect(report.malformedRejected).to.equal(true);
    expect(report.violationsDuringParse).to.deep.equal([]);
  });

  it('works when the page lists portal-widgets-xml among its policies', async () => {
    const report = await reportFrom('xml-trusted-types-allow-list.html');
    expect(report.policy).to.contain('portal-widgets-xml');
    expect(report.parsed).to.equal(true);
    expect(report.title).to.equal('Thông báo & tin tức');
    expect(report.violationsDuringParse).to.deep.equal([]);
  });

  it('returns undefined without throwing when the page does not allow portal-widgets-xml', async () => {
    const report = await reportFrom('xml-trusted-types-other-policy.html');
    expect(report.policy).to.contain('trusted-types portal-widgets-json-ld');
    expect(report.parsed).to.equal(false);
    expect(report.malformedRejected).to.equal(true);
    expect(report.plainStringThrows).to.equal(true);
  });
});
