// The same element on the core mechanisms every widget uses (the guarded define, the language
// controller, a message catalogue, the URL check, a JSON attribute, the base tokens and styles):
// what a widget costs before any code of its own.
import { LitElement, html } from 'lit';
import {
  LanguageController,
  defineElement,
  focusStyles,
  hostStyles,
  jsonAttribute,
  resolveMessages,
  safeUrl,
  visuallyHiddenStyles,
} from '@portal-widgets/core';

const messages = { vi: { label: 'Liên kết' }, en: { label: 'Link' } };

class SizeReference extends LitElement {
  static styles = [hostStyles, focusStyles, visuallyHiddenStyles];

  static properties = {
    link: {
      converter: jsonAttribute({
        element: 'size-reference',
        attribute: 'link',
        allowed: 'a JSON string',
        fallback: 'no link',
      }),
    },
  };

  language = new LanguageController(this);

  render() {
    const { label } = resolveMessages(messages, this.language.language, undefined);
    return html`<a href=${safeUrl(this.link) ?? '#'}>${label}</a>`;
  }
}

defineElement('size-reference', SizeReference, '0.0.0');
