// Browser tests need Debian's Chromium; say how to get it instead of failing with a stack trace.
import { chromiumPath, hasChromium } from './chromium.mjs';

if (!hasChromium()) {
  console.error(
    [
      `No Chromium found at ${chromiumPath()}.`,
      'The browser tests run in Debian Chromium. Install it with:',
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROME_PATH at another Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
