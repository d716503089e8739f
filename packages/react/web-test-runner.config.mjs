import { browserTestConfig } from '../../web-test-runner.config.mjs';

const config = browserTestConfig(import.meta.url);

// The tests run as bundles built by test/bundle-tests.mjs (React 18 is CommonJS).
export default { ...config, files: [new URL('./.test-build/*.browser.test.js', import.meta.url).pathname] };
