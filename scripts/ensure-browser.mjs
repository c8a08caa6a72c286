// Makes sure a browser for the tests exists: on a Debian machine as root it installs
// Debian's chromium; elsewhere it says what to do. The same for the font the screenshot
// comparison draws in (DejaVu Sans, Debian's fonts-dejavu-core: Latin and Arabic).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
if (!existsSync(FONT)) {
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No DejaVu Sans found: installing Debian's fonts-dejavu-core package for the screenshot comparison …");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execSync('apt-get install -y fonts-dejavu-core', { stdio: 'inherit', env });
    } catch {
      execSync('apt-get update && apt-get install -y fonts-dejavu-core', { stdio: 'inherit', env });
    }
  } else {
    console.warn('DejaVu Sans is not installed: the screenshot comparison (npm run test:visual) will fail. Install fonts-dejavu-core (Debian/Ubuntu) or the DejaVu fonts.');
  }
}

const found = findBrowser();
if (found) {
  console.log(`Browser for tests: ${found}`);
  process.exit(0);
}
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}
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
