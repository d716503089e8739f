import type { Package } from 'custom-elements-manifest/schema';
import articleCard from '@portal-widgets/article-card/custom-elements.json';
import breadcrumb from '@portal-widgets/breadcrumb/custom-elements.json';
import commentBox from '@portal-widgets/comment-box/custom-elements.json';
import linksList from '@portal-widgets/links-list/custom-elements.json';
import weatherPanel from '@portal-widgets/weather-panel/custom-elements.json';

const manifests = [breadcrumb, articleCard, commentBox, weatherPanel, linksList] as unknown as Package[];

/** One manifest for Storybook from every widget package's generated custom-elements.json. */
export function mergeManifests(): Package {
  return {
    schemaVersion: manifests[0]?.schemaVersion ?? '2.1.0',
    modules: manifests.flatMap((manifest) => manifest.modules),
  };
}
