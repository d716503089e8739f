// The smallest Lit widget: one element with a style, a property and a template. Every package entry
// includes this much, so `npm run size` prints it beside the budgets.
import { LitElement, css, html } from 'lit';

class SizeReference extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;

  static properties = { label: {} };

  render() {
    return html`<p>${this.label}</p>`;
  }
}

customElements.define('size-reference', SizeReference);
