import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/*/stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  core: { disableTelemetry: true },
  // Feeds for the article list stories are static files: no story ever reaches the internet.
  staticDirs: [
    { from: '../packages/article-card/stories/feeds', to: '/feeds' },
    { from: '../packages/links-list/stories/logos', to: '/logos' },
    // MSW's service worker (npx msw init .storybook/public), which answers the mocked requests.
    './public',
  ],
  docs: { defaultName: 'Docs' },
};

export default config;
