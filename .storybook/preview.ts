import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mergeManifests } from './manifests.js';
import './preview.css';

// Docs tables and controls come from the packages' generated custom-elements.json, so they cannot drift.
setCustomElementsManifest(mergeManifests());

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'padded',
  },
  initialGlobals: { locale: 'vi' },
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.locale ?? 'vi');
      return story();
    },
  ],
  tags: ['autodocs'],
};

export default preview;
