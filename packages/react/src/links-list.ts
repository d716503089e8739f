import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { LinksList, type NavigateDetail } from '@portal-widgets/links-list';

/** `<pw-links-list>` for React; `onPwNavigate` receives `pw-navigate` (call `preventDefault()` to route it yourself). */
export const PwLinksList = createComponent({
  tagName: 'pw-links-list',
  elementClass: LinksList,
  react: React,
  events: { onPwNavigate: 'pw-navigate' as EventName<CustomEvent<NavigateDetail>> },
  displayName: 'PwLinksList',
});
