import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FetchFailure, fetchJson } from '../src/fetch.js';
import { ResourceController } from '../src/resource-controller.js';

interface PendingRequest {
  signal: AbortSignal;
  respond: (response: Response) => void;
}

/** A fetch the test answers by hand; like some patched host fetches, it ignores the signal. */
function manualFetch(): { fetch: typeof fetch; requests: PendingRequest[] } {
  const requests: PendingRequest[] = [];
  const stub = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    new Promise((respond) => {
      if (!init?.signal) throw new Error('fetch was called without a signal');
      requests.push({ signal: init.signal, respond });
    });
  return { fetch: stub, requests };
}

/** A minimal data widget: the pattern the README shows. */
class ResourceProbe extends LitElement {
  fetchImpl: typeof fetch = () => Promise.reject(new Error('no fetch configured'));
  readonly data = new ResourceController<string[]>(this, async (signal) => {
    const { data } = await fetchJson<string[]>('/items.json', { signal, fetch: this.fetchImpl, retries: 0 });
    return data;
  });

  protected override render(): string {
    const { status, value, error } = this.data;
    const failure = error instanceof FetchFailure ? `:${error.kind}` : '';
    return `${status}${failure}|${value?.join(',') ?? ''}`;
  }
}
customElements.define('test-resource-probe', ResourceProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-resource-probe': ResourceProbe;
  }
}

function rendered(element: ResourceProbe): string {
  return element.shadowRoot?.textContent?.trim() ?? '';
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

function request(requests: PendingRequest[], index: number): PendingRequest {
  const found = requests[index];
  if (!found) throw new Error(`request ${index} was not made`);
  return found;
}

describe('ResourceController in a LitElement', () => {
  it('renders loading, then the data', async () => {
    const { fetch, requests } = manualFetch();
    const element = await fixture<ResourceProbe>(html`<test-resource-probe .fetchImpl=${fetch}></test-resource-probe>`);
    expect(rendered(element)).to.equal('idle|');
    const done = element.data.run();
    await element.updateComplete;
    expect(rendered(element)).to.equal('loading|');
    request(requests, 0).respond(json(['a', 'b']));
    await done;
    await element.updateComplete;
    expect(rendered(element)).to.equal('complete|a,b');
  });

  it('keeps stale data visible after a failure', async () => {
    const { fetch, requests } = manualFetch();
    const element = await fixture<ResourceProbe>(html`<test-resource-probe .fetchImpl=${fetch}></test-resource-probe>`);
    const first = element.data.run();
    request(requests, 0).respond(json(['cũ']));
    await first;
    const second = element.data.run();
    request(requests, 1).respond(new Response('<!doctype html><title>Wi-Fi</title>'));
    await second;
    await element.updateComplete;
    expect(rendered(element)).to.equal('error:not-data|cũ');
  });

  it('aborts the request when removed and loads again when put back', async () => {
    const { fetch, requests } = manualFetch();
    const element = await fixture<ResourceProbe>(html`<test-resource-probe .fetchImpl=${fetch}></test-resource-probe>`);
    const parent = element.parentElement;
    if (!parent) throw new Error('the fixture has no parent');
    const interrupted = element.data.run();
    element.remove();
    expect(request(requests, 0).signal.aborted).to.equal(true);
    await interrupted;

    parent.append(element);
    expect(requests).to.have.length(2);
    // The aborted request answers late (its fetch ignored the signal): it must not show up.
    request(requests, 0).respond(json(['old']));
    request(requests, 1).respond(json(['new']));
    await waitUntil(() => element.data.status === 'complete', 'the reload did not complete');
    await element.updateComplete;
    expect(rendered(element)).to.equal('complete|new');
  });
});
