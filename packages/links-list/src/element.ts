// The class without registering it: for subclassing or scoped custom element registries.
export { LinksList, type NavigateDetail } from './links-list.js';
export { variants, type LinkItem, type Variant } from './links.js';
export { foldForSearch } from './search.js';
export type { LinksListMessageKey } from './messages.js';
export { linksListMessages } from './messages.js';
