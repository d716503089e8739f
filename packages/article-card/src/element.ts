// The classes without registering them: for subclassing or scoped custom element registries.
export { ArticleCard } from './article-card.js';
export { ArticleList } from './article-list.js';
export { layouts, headingLevels, type Article, type HeadingLevel, type Layout } from './article.js';
export { articleMessages, type ArticleMessageKey } from './messages.js';
