// Tests run the real components in headless Chromium, against this server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { testApi } from './test/server/test-api.mjs';
import { a11yCommandsPlugin } from './test/a11y/commands.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs`, or set CHROME_PATH.');
}

/** A browser whose clock reads as a visitor in `timeZone` would see it. */
export const browserIn = (timeZone) =>
  chromeLauncher({
    launchOptions: { executablePath, headless: true, args: BROWSER_ARGS },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });

/** The templates as the build ships them (scripts/minify-templates.mjs), so the tests draw what visitors get. */
const shippedTemplates = {
  name: 'shipped-templates',
  transform(context) {
    if (/\/src\/.*\.ts$/.test(context.path)) return { body: minifyTemplates(context.body, context.path) };
    return undefined;
  },
};

export default {
  // Screenshots run by their own configuration (web-test-runner.visual.config.mjs).
  files: ['test/**/*.test.ts', '!test/**/*.new-york.test.ts', '!test/visual/**'],
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames, which open-wc's fixture waits for.
  concurrency: 1,
  plugins: [shippedTemplates, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPathSafe('./tsconfig.json') }), a11yCommandsPlugin()],
  middleware: [testApi],
  browsers: [browserIn('Europe/Berlin')],
  groups: [
    {
      // The same components seen by a visitor in another time zone.
      name: 'visitor-in-new-york',
      files: 'test/**/*.new-york.test.ts',
      browsers: [browserIn('America/New_York')],
    },
  ],
  // Each test file starts without feeds kept by earlier files (the loader keeps the last good copy in localStorage).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>try { localStorage.clear(); } catch {}</script><script type="module" src="${testFramework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 15000 } },
};

function fileURLToPathSafe(relative) {
  return new URL(relative, import.meta.url).pathname;
}
