// Makes sure a browser for the tests exists: on a Debian machine as root it installs
// Debian's chromium; elsewhere it says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const found = findBrowser();
if (found) {
  console.log(`Browser for tests: ${found}`);
  process.exit(0);
}
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium package …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execSync('apt-get install -y chromium', { stdio: 'inherit', env });
  } catch {
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit', env });
  }
  const installed = findBrowser();
  if (installed) {
    console.log(`Browser for tests: ${installed}`);
    process.exit(0);
  }
}
console.error(
  'No Chromium or Chrome found for the tests.\n' +
    '  Install one (Debian/Ubuntu: sudo apt-get install chromium) or point CHROME_PATH at a Chrome binary,\n' +
    '  then run npm test again.',
);
process.exit(1);
