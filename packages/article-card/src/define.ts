import { defineElement } from '@portal-widgets/core';
import { ArticleCard } from './article-card.js';
import { ArticleList } from './article-list.js';
import { cardTag, listTag } from './article.js';
import { version } from './version.js';

defineElement(cardTag, ArticleCard, version);
defineElement(listTag, ArticleList, version);

declare global {
  interface HTMLElementTagNameMap {
    'pw-article-card': ArticleCard;
    'pw-article-list': ArticleList;
  }
}
