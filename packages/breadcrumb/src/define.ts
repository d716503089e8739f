import { defineElement } from '@portal-widgets/core';
import { Breadcrumb } from './breadcrumb.js';
import { tagName } from './trail.js';
import { version } from './version.js';

defineElement(tagName, Breadcrumb, version);

declare global {
  interface HTMLElementTagNameMap {
    'pw-breadcrumb': Breadcrumb;
  }
}
