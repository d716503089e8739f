import { createComponent } from '@lit/react';
import * as React from 'react';
import { Breadcrumb } from '@portal-widgets/breadcrumb';

/** `<pw-breadcrumb>` for React: the trail as `items`, or as children `<a href>` elements. */
export const PwBreadcrumb = createComponent({
  tagName: 'pw-breadcrumb',
  elementClass: Breadcrumb,
  react: React,
  displayName: 'PwBreadcrumb',
});
