// The browser every test, audit and benchmark uses: Debian's Chromium where it is installed (this
// workplace, CI) or CHROMIUM_PATH; otherwise undefined, so Playwright uses its own browser.
import { existsSync } from 'node:fs';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags that keep headless Chromium quiet on a machine with no network but the package registries. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
