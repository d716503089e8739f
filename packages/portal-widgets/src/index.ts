// Every widget, registered on import. The CDN file dist/portal-widgets.js is this module bundled
// with Lit into one file (scripts/build-cdn.mjs).
export * from '@portal-widgets/breadcrumb';
export * from '@portal-widgets/article-card';
export * from '@portal-widgets/comment-box';
export * from '@portal-widgets/weather-panel';
export * from '@portal-widgets/links-list';
export { defineElement } from '@portal-widgets/core';
export { version } from './version.js';
