import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/*/stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Feeds for the article list stories are static files: no story ever reaches the internet.
  staticDirs: [{ from: '../packages/article-card/stories/feeds', to: '/feeds' }],
  docs: { defaultName: 'Tài liệu' },
};

export default config;
