import { createComponent } from '@lit/react';
import * as React from 'react';
import { ArticleCard, ArticleList } from '@portal-widgets/article-card';

/** `<pw-article-card>` for React. */
export const PwArticleCard = createComponent({
  tagName: 'pw-article-card',
  elementClass: ArticleCard,
  react: React,
  displayName: 'PwArticleCard',
});

/** `<pw-article-list>` for React: a feed (`src`) or `items`. */
export const PwArticleList = createComponent({
  tagName: 'pw-article-list',
  elementClass: ArticleList,
  react: React,
  displayName: 'PwArticleList',
});
