import { defineElement } from '@portal-widgets/core';
import { LinksList, type NavigateDetail } from './links-list.js';
import { tagName } from './links.js';
import { version } from './version.js';

defineElement(tagName, LinksList, version);

declare global {
  interface HTMLElementTagNameMap {
    'pw-links-list': LinksList;
  }
  interface HTMLElementEventMap {
    'pw-navigate': CustomEvent<NavigateDetail>;
  }
}
