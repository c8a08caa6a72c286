// What a visitor, an editor and an administrator see, in headless Chromium.
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const WIDTHS = [1280, 375];
const FEED = '/feed/sample-feed.json';

async function withBrowser(use) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found (node scripts/ensure-browser.mjs installs it)');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS, protocolTimeout: 60_000 });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/** A fresh profile's page (nothing cached or stored) that records errors and feed requests. */
async function openPage(browser, width) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.setViewport({ width, height: 900 });
  const record = { errors: [], feedRequests: 0, failed: [], chunks: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`console: ${message.text()} (${message.location()?.url ?? ''})`);
  });
  page.on('pageerror', (error) => record.errors.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === FEED) record.feedRequests += 1;
    if (new URL(request.url()).pathname.includes('/assets/chunks/')) record.chunks.push(new URL(request.url()).pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) record.failed.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, record };
}

/** Each widget's state once none is loading (or the wait's end): what the shadow root shows. */
const widgetStates = (tags) =>
  [...document.querySelectorAll(tags.join(','))].map((element) => {
    const root = element.shadowRoot;
    const box = element.getBoundingClientRect();
    return {
      tag: element.localName,
      upgraded: customElements.get(element.localName) !== undefined && root !== null,
      loading: Boolean(root?.querySelector('[part~="loading"]')),
      error: root?.querySelector('[part~="error"]')?.textContent.trim() ?? null,
      empty: root?.querySelector('[part~="empty"]')?.textContent.trim() ?? null,
      base: Boolean(root?.querySelector('[part~="base"]')),
      title: root?.querySelector('[part~="title"]')?.textContent.trim() ?? '',
      width: Math.round(box.width),
      right: Math.round(box.right),
    };
  });

export async function checkPages({ pages, theme, check, log }) {
  await withBrowser(async (browser) => {
    for (const { title, link, widgets, preload = true, chunks = [] } of pages) {
      for (const width of WIDTHS) {
        log(`${theme}: "${title}" at ${width} px`);
        const { context, page, record } = await openPage(browser, width);
        try {
          await page.goto(link, { waitUntil: 'load' });
          const where = `${theme}, "${title}", ${width} px:`;
          if (widgets.length > 0) {
            await page
              .waitForFunction((tags) => {
                const found = [...document.querySelectorAll(tags.join(','))];
                return found.length > 0 && found.every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]') && element.shadowRoot.querySelector('[part~="base"], [part~="error"], [part~="empty"]'));
              }, { timeout: 20_000 }, widgets)
              .catch(() => {}); // the checks below say what is wrong
            const states = await page.evaluate(widgetStates, widgets);
            check(JSON.stringify(states.map((state) => state.tag).sort()) === JSON.stringify([...widgets].sort()), `${where} the page holds its ${widgets.length} widgets`, states.map((state) => state.tag));
            const broken = states.filter((state) => !state.upgraded || state.loading || state.error !== null || state.empty !== null || !state.base || state.title === '');
            check(broken.length === 0, `${where} every widget renders its content (no loading, error or empty state; a title)`, broken);
            const viewport = await page.evaluate(() => ({ inner: window.innerWidth, scroll: document.documentElement.scrollWidth }));
            const outside = states.filter((state) => state.width < 200 || state.right > viewport.inner);
            check(outside.length === 0 && viewport.scroll <= viewport.inner, `${where} the widgets fit the page's width (no horizontal scrolling)`, { viewport, outside });
            check(record.feedRequests === 1, `${where} the feed is requested once`, record.feedRequests);
          }
          const head = await page.evaluate((feed) => ({
            meta: [...document.querySelectorAll('meta[name="quartier-feed"]')].map((meta) => meta.content),
            preload: [...document.head.querySelectorAll('link[rel="preload"]')].filter((link) => link.href.endsWith(feed)).map((link) => `${link.as} ${link.crossOrigin}`),
            modules: [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname),
            scripts: [...document.querySelectorAll('script[src*="quartier-widgets/assets/quartier-widgets.js"]')].map((script) => script.type),
            title: document.title,
          }), FEED);
          if (widgets.length > 0) {
            check(head.meta.length === 1 && head.meta[0].endsWith(FEED), `${where} one <meta name="quartier-feed"> with the default feed`, head.meta);
            // The chunks the page's widgets wait for (what they draw, the filters), preloaded from the
            // head and each fetched once: the widgets' imports took the preloaded modules.
            const preloaded = head.modules.map((module) => module.split('/').pop().replace(/\.js$/, '')).sort();
            const once = head.modules.every((module) => record.chunks.filter((path) => path === module).length === 1);
            check(JSON.stringify(preloaded) === JSON.stringify([...chunks].sort()) && once, `${where} the head preloads the chunks its widgets draw with (${chunks.join(', ') || 'none'}), each fetched once`, { modules: head.modules, fetched: record.chunks });
            if (preload) {
              // With the single request checked above: the widgets took the preloaded answer.
              check(JSON.stringify(head.preload) === '["fetch anonymous"]', `${where} the head preloads the default feed, as the widgets fetch it`, head.preload);
            } else {
              check(head.preload.length === 0, `${where} no preload of the default feed where a widget names a feed of its own`, head.preload);
            }
            check(head.scripts.length === 1 && head.scripts[0] === 'module', `${where} the script is loaded once, as a module, from the plugin`, head.scripts);
          } else {
            check(head.meta.length === 0 && head.scripts.length === 0 && head.preload.length === 0 && record.feedRequests === 0, `${where} a page without widgets loads neither script nor feed`, { ...head, feedRequests: record.feedRequests });
          }
          check(head.title !== 'script ran', `${where} no pasted script ran`);
          check(record.errors.length === 0 && record.failed.length === 0, `${where} no console errors, no failed requests`, [...record.errors, ...record.failed]);
        } finally {
          await context.close();
        }
      }
    }
  });
}

async function logIn(page, url, user, password) {
  await page.goto(`${url}/wp-login.php`, { waitUntil: 'load' });
  // Set, not typed: the login page moves the focus to the user name 200 ms after loading, and
  // on a slow machine that lands in the middle of typing the password.
  await page.$eval('#user_login', (field, value) => (field.value = value), user);
  await page.$eval('#user_pass', (field, value) => (field.value = value), password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  if (page.url().includes('wp-login.php')) throw new Error(`logging in as ${user} failed`);
}

/** The block editor as the Editor: the blocks exist, a block previews its widget, the sidebar speaks German. */
export async function checkEditor({ url, user, password, check, log }) {
  await withBrowser(async (browser) => {
    log('block editor, as the Editor');
    const { context, page, record } = await openPage(browser, 1280);
    try {
      await logIn(page, url, user, password);
      await page.goto(`${url}/wp-admin/post-new.php?post_type=page`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('quartier-widgets/calendar'), { timeout: 30_000 });
      const types = await page.evaluate(() => window.wp.blocks.getBlockTypes().filter((type) => type.name.startsWith('quartier-widgets/')).map((type) => `${type.name}: ${type.title}`).sort());
      check(
        JSON.stringify(types) === JSON.stringify(['quartier-widgets/calendar: Veranstaltungskalender', 'quartier-widgets/deadline-countdown: Bewerbungsfrist', 'quartier-widgets/event-card: Veranstaltung', 'quartier-widgets/event-list: Nächste Termine', 'quartier-widgets/programme-summary: Förderprogramm']),
        'the editor offers the five blocks, with German titles',
        types,
      );
      await page.evaluate(() => {
        const block = window.wp.blocks.createBlock('quartier-widgets/calendar', { month: '2015-10', now: '2015-10-01', showFilter: true });
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
        window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      await page
        .waitForFunction(() => document.querySelector('qw-calendar')?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim(), { timeout: 30_000 })
        .catch(() => {});
      const preview = await page.evaluate(() => {
        const element = document.querySelector('qw-calendar');
        return { markup: element?.outerHTML ?? null, title: element?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim() ?? null };
      });
      check(Boolean(preview.title) && preview.markup.includes('month="2015-10"'), 'the calendar block previews the rendered widget in the editor', preview);
      const labels = await page.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector label')].map((label) => label.textContent.trim()));
      check(labels.includes('Monat (JJJJ-MM)') && labels.includes('Schlagwörter als Filter'), 'the block\'s sidebar shows its settings, in German', labels);
      check(record.errors.length === 0, 'the block editor logs no console errors', record.errors);
    } finally {
      await context.close();
    }
  });
}

/** Settings → Quartier-Widgets as the administrator, in the site's German. */
export async function checkSettings({ url, user, password, check, log }) {
  await withBrowser(async (browser) => {
    log('settings page, as the administrator');
    const { context, page, record } = await openPage(browser, 1280);
    try {
      await logIn(page, url, user, password);
      await page.goto(`${url}/wp-admin/options-general.php?page=quartier-widgets`, { waitUntil: 'load' });
      const form = await page.evaluate(() => ({
        feed: document.querySelector('#quartier_widgets_feed')?.value ?? null,
        language: document.querySelector('#quartier_widgets_language')?.value ?? null,
        labels: [...document.querySelectorAll('.form-table label')].map((label) => label.textContent.trim()),
        menu: [...document.querySelectorAll('#adminmenu a[href="options-general.php?page=quartier-widgets"]')].length,
      }));
      check(form.menu === 1 && form.labels.includes('Adresse des Standard-Feeds') && form.labels.includes('Sprache der Widgets'), 'Settings → Quartier-Widgets is there, in German', form);
      check(form.feed?.endsWith(FEED) && form.language === 'de', 'the settings show the default feed and the language de', form);
      await page.$eval('#quartier_widgets_language', (select) => (select.value = 'en'));
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      const saved = await page.$eval('#quartier_widgets_language', (select) => select.value);
      check(saved === 'en', 'the settings form saves (language en)', saved);
      await page.$eval('#quartier_widgets_language', (select) => (select.value = 'de'));
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      check(record.errors.length === 0, 'the settings page logs no console errors', record.errors);
    } finally {
      await context.close();
    }
  });
}
