import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { inlineSizeContainer } from '../src/styles.js';

/** A widget whose host is an inline-size container, as the links list, weather panel and comment box are. */
class ContainerWidget extends LitElement {
  static override styles = css`
    :host {
      display: block;
      ${inlineSizeContainer};
    }
  `;

  protected override render(): unknown {
    return html`<p>Liên kết website: Cổng thông tin điện tử Chính phủ</p>`;
  }
}
customElements.define('test-container-widget', ContainerWidget);

const width = (element: Element | null): number => element?.getBoundingClientRect().width ?? Number.NaN;

describe('inlineSizeContainer', () => {
  it('gives the host a width of its own in a flex row, a float and an auto-width table cell', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 60rem">
        <div style="display: flex"><test-container-widget id="flex"></test-container-widget></div>
        <div style="float: left"><test-container-widget id="float"></test-container-widget></div>
        <table>
          <tr>
            <td><test-container-widget id="cell"></test-container-widget></td>
          </tr>
        </table>
      </div>`,
    );
    for (const id of ['flex', 'float', 'cell']) {
      // Containment alone would make each of them 0 px wide.
      expect(width(page.querySelector(`#${id}`)), id).to.equal(15 * 16);
    }
  });

  it('never widens a 320 px page: a 1fr grid track and a narrow flex row still fit', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 288px">
        <div style="display: grid; grid-template-columns: 1fr">
          <main><test-container-widget id="grid"></test-container-widget></main>
        </div>
        <div style="display: flex; width: 200px"><test-container-widget id="narrow"></test-container-widget></div>
      </div>`,
    );
    expect(page.scrollWidth).to.be.at.most(288);
    expect(width(page.querySelector('#grid'))).to.equal(288);
    expect(width(page.querySelector('#narrow'))).to.equal(200);
  });
});
