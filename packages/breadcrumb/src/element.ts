// The class without registering it: for subclassing or scoped custom element registries.
export { Breadcrumb } from './breadcrumb.js';
export type { TrailItem } from './trail.js';
export type { BreadcrumbMessageKey } from './messages.js';
export { breadcrumbMessages } from './messages.js';
