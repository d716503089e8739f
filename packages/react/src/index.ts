// One module per widget package, so an app that uses one wrapper bundles only that widget.
export { PwBreadcrumb } from './breadcrumb.js';
export { PwArticleCard, PwArticleList } from './article-card.js';
export { PwCommentBox } from './comment-box.js';
export { PwWeatherPanel } from './weather-panel.js';
export { PwLinksList } from './links-list.js';
export { version } from './version.js';
