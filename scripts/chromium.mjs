// Where the Debian Chromium lives and the flags it needs on a closed network, for every browser tool here.
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath() {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function hasChromium() {
  return existsSync(chromiumPath());
}
