import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { browserTestConfig } from '../../web-test-runner.config.mjs';

const config = browserTestConfig(import.meta.url);

// The accessible-name tests read Chromium's accessibility tree (a11ySnapshot), which is not a default command.
export default { ...config, plugins: [...config.plugins, a11ySnapshotPlugin()] };
