import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { mergeManifests } from './manifests.js';
import './preview.css';

// Docs tables and controls come from the packages' generated custom-elements.json, so they cannot drift.
setCustomElementsManifest(mergeManifests());

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'padded',
    // Docs pages render each story in its own frame, as the story itself renders: with the page
    // language of the toolbar (not the docs page's lang="en") and with the story's mocked requests.
    docs: { story: { inline: false, iframeHeight: 520 } },
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
  // Stories that load data are answered by MSW handlers (parameters.msw), so none reaches the internet;
  // everything else (Storybook's own files, the static feeds and logos) passes through untouched.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
      return worker;
    }),
  ],
  tags: ['autodocs'],
};

export default preview;
