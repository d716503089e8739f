import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The file as a site serves it, built by `npm run build` (turbo builds it before these tests).
const cdnFile = '/packages/portal-widgets/dist/portal-widgets.js';
const tags = [
  'pw-breadcrumb',
  'pw-article-card',
  'pw-article-list',
  'pw-comment-box',
  'pw-weather-panel',
  'pw-links-list',
];

const restorers: (() => void)[] = [];
afterEach(() => {
  for (const restore of restorers.splice(0).reverse()) restore();
});

/** Everything the page reports while `run` goes on: console errors and warnings, uncaught errors. */
async function watchPage(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => seen.push(`${level}: ${args.map(String).join(' ')}`);
    restorers.push(() => (console[level] = original));
  }
  const onError = (event: ErrorEvent) => seen.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandled: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  restorers.push(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  await run();
  return seen;
}

describe('dist/portal-widgets.js', () => {
  it('is one self-contained module: no imports of other files, bare or relative', async () => {
    const source = await (await fetch(cdnFile)).text();
    expect(source.length).to.be.greaterThan(10_000);
    expect(source).not.to.match(/\bimport\s*\(/);
    expect(source).not.to.match(/(^|[;}\s])import\s*["'{*\w]/m);
    expect(source).not.to.match(/\bfrom\s*["']/);
    expect(source).not.to.include('sourceMappingURL');
  });

  it('defines every element, and a second copy on the page throws and logs nothing', async () => {
    const seen = await watchPage(async () => {
      await import(/* @vite-ignore */ cdnFile);
      // A second copy: another URL, so the browser evaluates the module again (two bundles on one page).
      await import(/* @vite-ignore */ `${cdnFile}?second-copy`);
    });
    expect(seen).to.deep.equal([]);
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the widgets it defines', async () => {
    await import(/* @vite-ignore */ cdnFile);
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <pw-breadcrumb><a href="/">Trang chủ</a><a>Tin tức</a></pw-breadcrumb>
        <pw-article-card headline="Hội nghị tổng kết" href="/tin/1"></pw-article-card>
        <pw-links-list variant="select"><a href="https://chinhphu.vn/">Chính phủ</a></pw-links-list>
      </div>
    `);
    for (const element of Array.from(page.children)) {
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(element.shadowRoot?.textContent?.trim(), element.localName).not.to.equal('');
    }
    expect(page.querySelector('pw-links-list')?.shadowRoot?.querySelector('select')).not.to.equal(null);
  });

  it('a second copy throws nothing under Trusted Types with an allow-list that allows duplicates', async function () {
    this.timeout(30_000);
    const frame = await fixture<HTMLIFrameElement>(html`
      <iframe title="Two copies" src="/packages/portal-widgets/test/fixtures/two-copies.html"></iframe>
    `);
    const result = () =>
      (
        frame.contentWindow as
          (Window & { twoCopiesResult?: { problems: string[]; rendered: boolean; jsonLd: boolean } }) | null
      )?.twoCopiesResult;
    await waitUntil(() => result() !== undefined, 'the page reports', { timeout: 25_000 });
    expect(result()?.problems).to.deep.equal([]);
    expect(result()?.rendered).to.equal(true);
    expect(result()?.jsonLd).to.equal(true);
  });
});
