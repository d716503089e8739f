import { browserTestConfig } from '../../web-test-runner.config.mjs';

export default browserTestConfig(import.meta.url);
