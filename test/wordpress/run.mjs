// npm run test:wordpress: the plugin in a real WordPress (Debian's package, Apache with mod_php,
// MariaDB), on 127.0.0.1 only. Installs the Debian packages where missing (as root), runs its own
// MariaDB and Apache on free ports from a temporary folder (stopped and removed at the end),
// installs dist/quartier-widgets-wordpress.zip through WordPress's plugin installer, and as an
// Editor WITHOUT unfiltered_html writes pages with every shortcode, every block and pasted
// markup through the REST API. Headless Chromium then loads each page at 1280 and 375 px, under a
// block theme and a classic theme, and checks that every widget renders from one feed request.
// KEEP_WORDPRESS=1 leaves the site running for a look (stop it with the printed command).
// WORDPRESS_DIR=/path/to/wordpress tests another WordPress copy (e.g. a newer release) with
// Debian's Apache, PHP and MariaDB; themes and German translations it lacks come from Debian's.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { checkEditor, checkPages, checkSettings } from './browser.mjs';
import { PAGES } from './pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ZIP = `${ROOT}dist/quartier-widgets-wordpress.zip`;
const PACKAGES = ['wordpress', 'wordpress-l10n', 'wordpress-theme-twentytwentythree', 'wordpress-theme-twentytwentyone', 'mariadb-server', 'apache2', 'php', 'libapache2-mod-php', 'php-mysql'];
const THEMES = ['twentytwentythree', 'twentytwentyone'];
const DEBIAN_WORDPRESS = '/usr/share/wordpress';
const WORDPRESS_DIR = process.env.WORDPRESS_DIR ?? DEBIAN_WORDPRESS;
const started = Date.now();
let passed = 0;

const log = (message) => console.log(`[wordpress ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}`);

/** A check: counted when it holds, the run stops with its message when it does not. */
function check(condition, message, detail) {
  if (!condition) throw new Error(`${message}${detail === undefined ? '' : `\n  got: ${typeof detail === 'string' ? detail : JSON.stringify(detail, null, 2)}`}`);
  passed += 1;
  console.log(`  ok ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result.stdout;
}

async function waitFor(what, test, timeoutMs, service) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    if (service && service.exitCode !== null) throw new Error(`${what} exited (${service.exitCode}) before it was ready; its log is below`);
    try {
      if (await test()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000} s${last ? ` (${last.message})` : ''}`);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

function isInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function installPackages() {
  const missing = PACKAGES.filter((name) => !isInstalled(name));
  if (missing.length === 0) return log('Debian packages: all there');
  if (!existsSync('/usr/bin/apt-get')) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. This test needs Debian's (or Ubuntu's) packages of WordPress, Apache, PHP and MariaDB.`);
  }
  log(`installing ${missing.join(' ')} …`);
  // The packages would start the system's Apache and MariaDB; this test runs its own instead.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-q', ...missing], { stdio: 'inherit', env, timeout: 900_000 }).status === 0;
  try {
    if (!install()) {
      run('apt-get', ['update', '-q'], { stdio: 'inherit', env, timeout: 300_000 });
      if (!install()) throw new Error(`apt-get install ${missing.join(' ')} failed`);
    }
  } finally {
    if (ownPolicy) rmSync(policy);
  }
}

/** Builds the plugin when its zip is missing or older than the plugin's or the library's sources. */
function ensureZip() {
  const newest = (dir) =>
    readdirSync(dir, { recursive: true }).reduce((latest, name) => Math.max(latest, statSync(`${dir}/${name}`).mtimeMs), 0);
  if (existsSync(ZIP) && statSync(ZIP).mtimeMs > Math.max(newest(`${ROOT}wordpress`), newest(`${ROOT}src`))) return;
  log('building the plugin (npm run build) …');
  run('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 600_000 });
}

const services = [];

function startService(name, command, args, logFile) {
  // A process group of its own: Apache signals its whole group when it stops, which must not be ours.
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.on('exit', (code) => {
    if (!child.stopping) console.error(`${name} exited (${code}): ${stderr}${existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : ''}`);
  });
  services.push({ name, child });
  return child;
}

async function stopServices() {
  for (const { name, child } of services.splice(0).reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.stopping = true;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 20_000))]);
    if (!stopped) child.kill('SIGKILL');
    log(`stopped ${name}`);
  }
}

async function startMariaDb(work, port) {
  const data = `${work}/mysql`;
  run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=mysql', '--auth-root-authentication-method=normal', '--skip-test-db'], { timeout: 180_000 });
  // The server runs as mysql: its socket, pid and log go to a folder of its own.
  const runDir = `${work}/mysql-run`;
  mkdirSync(runDir);
  run('chown', ['mysql:mysql', runDir]);
  const socket = `${runDir}/mysqld.sock`;
  const server = startService('MariaDB', 'mariadbd', [
    '--no-defaults', `--datadir=${data}`, '--user=mysql', `--socket=${socket}`, `--port=${port}`, '--bind-address=127.0.0.1',
    `--pid-file=${runDir}/mysqld.pid`, `--log-error=${runDir}/mysqld.log`, '--skip-log-bin', '--innodb-buffer-pool-size=64M',
  ], `${runDir}/mysqld.log`);
  const client = (sql) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], { timeout: 30_000 });
  await waitFor('MariaDB', () => (client('SELECT 1'), true), 60_000, server);
  const password = randomBytes(12).toString('hex');
  client(`CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';`);
  return password;
}

function writeSite(work, url, dbPort, dbPassword) {
  const site = `${work}/site`;
  // Debian's relative links (to /usr/share/javascript and others) become absolute in the copy.
  // Of the translations, only the site's German ones (the others are most of the 90 MB).
  const wanted = (path) => !/\/wp-content\/languages\/.*\.(mo|po|json)$/.test(path) || path.includes('de_DE');
  cpSync(WORDPRESS_DIR, site, { recursive: true, verbatimSymlinks: false, filter: wanted });
  rmSync(`${site}/.htaccess`, { force: true }); // Debian's link to /etc/wordpress/htaccess
  for (const theme of THEMES) {
    const path = `wp-content/themes/${theme}`;
    if (!existsSync(`${site}/${path}`)) cpSync(`${DEBIAN_WORDPRESS}/${path}`, `${site}/${path}`, { recursive: true });
  }
  mkdirSync(`${site}/wp-content/languages`, { recursive: true });
  for (const file of readdirSync(`${DEBIAN_WORDPRESS}/wp-content/languages`).filter((name) => name.includes('de_DE'))) {
    if (!existsSync(`${site}/wp-content/languages/${file}`)) copyFileSync(`${DEBIAN_WORDPRESS}/wp-content/languages/${file}`, `${site}/wp-content/languages/${file}`);
  }
  const salt = () => randomBytes(32).toString('base64');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  writeFileSync(
    `${site}/wp-config.php`,
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '${dbPassword}' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
// Nobody may post unfiltered HTML, administrators included: kses filters every post.
define( 'DISALLOW_UNFILTERED_HTML', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords over plain http
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${work}/debug.log' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  writeFileSync(`${site}/favicon.ico`, ''); // as on a real site: the browser asks for one on every page
  mkdirSync(`${site}/feed`);
  copyFileSync(`${ROOT}demo/sample-feed.json`, `${site}/feed/sample-feed.json`);
  writeFileSync(`${work}/debug.log`, '');
  chmodSync(`${work}/debug.log`, 0o666);
  return site;
}

async function startApache(work, site, port, url) {
  const php = readdirSync('/usr/lib/apache2/modules').find((name) => /^libphp[\d.]*\.so$/.test(name));
  if (!php) throw new Error('mod_php not found in /usr/lib/apache2/modules (package libapache2-mod-php)');
  const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias'];
  mkdirSync(`${work}/apache`);
  writeFileSync(
    `${work}/apache.conf`,
    `${modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join('\n')}
LoadModule php_module /usr/lib/apache2/modules/${php}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${work}/apache/httpd.pid
DefaultRuntimeDir ${work}/apache
ErrorLog ${work}/apache/error.log
LogLevel warn
User www-data
Group www-data
StartServers 2
MaxRequestWorkers 16
TypesConfig /etc/mime.types
DocumentRoot ${site}
DirectoryIndex index.php index.html
<Directory ${site}>
  Require all granted
  AllowOverride None
  # Debian's WordPress links its JavaScript libraries from /usr/share/javascript.
  Options FollowSymLinks
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`,
  );
  const server = startService('Apache', 'apache2', ['-f', `${work}/apache.conf`, '-DFOREGROUND'], `${work}/apache/error.log`);
  await waitFor('Apache', async () => (await fetch(`${url}/feed/sample-feed.json`)).ok, 30_000, server);
}

function sitePhp(site, ...args) {
  const output = run('php', [`${ROOT}test/wordpress/site.php`, site, ...args], { timeout: 180_000 });
  return JSON.parse(output.trim().split('\n').pop());
}

/** The REST API as the editor, with their application password (basic auth). */
function restClient(url, user, password) {
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return async (method, address, body) => {
    // Plain permalinks: the route goes in rest_route, its own query after it.
    const [route, query] = address.split('?');
    const response = await fetch(`${url}/?rest_route=${route}${query ? `&${query}` : ''}${method === 'GET' ? '&context=edit' : ''}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${address}: HTTP ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`${signal}: stopping the services this test started`);
    await stopServices();
    process.exit(1);
  });
}

async function main() {
  if (process.getuid?.() !== 0) {
    console.error('npm run test:wordpress runs as root: it installs Debian packages and starts Apache and MariaDB under their own users (www-data, mysql).');
    process.exit(1);
  }
  installPackages();
  ensureZip();
  const work = mkdtempSync('/tmp/qw-wordpress-');
  chmodSync(work, 0o755); // Apache's www-data and MariaDB's mysql read their files here
  const [webPort, dbPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${webPort}`;
  const keep = process.env.KEEP_WORDPRESS === '1';
  let failed = false;
  try {
    log(`site in ${work}, ${url}, WordPress from ${WORDPRESS_DIR}`);
    const dbPassword = await startMariaDb(work, dbPort);
    const site = writeSite(work, url, dbPort, dbPassword);
    await startApache(work, site, webPort, url);
    log('WordPress: installing (de_DE)');
    const adminPassword = randomBytes(12).toString('hex');
    const install = sitePhp(site, 'install', url, 'de_DE', adminPassword);
    check(install.locale === 'de_DE', 'the site speaks German (WPLANG de_DE)', install);

    log(`plugin: installing ${ZIP.replace(ROOT, '')} with WordPress's plugin installer`);
    const plugin = sitePhp(site, 'plugin', ZIP, `${url}/feed/sample-feed.json`);
    check(plugin.plugin === 'quartier-widgets/quartier-widgets.php' && plugin.active, 'the zip installs as quartier-widgets/quartier-widgets.php and activates', plugin);
    check(plugin.language === 'de', 'activation takes the widgets\' language from the site (de_DE → de)', plugin.language);
    check(plugin.editor_unfiltered === false, 'the Editor lacks unfiltered_html', plugin);
    check(plugin.app_passwords === true, 'application passwords are available (environment local)', plugin);

    const rest = restClient(url, plugin.editor, plugin.editor_password);
    // The REST API lists the role's capabilities; DISALLOW_UNFILTERED_HTML takes unfiltered_html
    // away when it is checked (map_meta_cap), which the kses checks on the saved pages show.
    const me = await rest('GET', '/wp/v2/users/me');
    check(JSON.stringify(me.roles) === '["editor"]', 'the REST API acts as the Editor (application password)', me.roles);

    log('pages: written by the Editor through the REST API');
    const pages = [];
    for (const page of PAGES) {
      const created = await rest('POST', '/wp/v2/pages', { title: page.title, content: page.content, status: 'publish' });
      const saved = await rest('GET', `/wp/v2/pages/${created.id}`);
      page.checkSaved?.(saved.content.raw, check);
      pages.push({ ...page, link: created.link });
    }

    const preview = await rest('GET', '/wp/v2/block-renderer/quartier-widgets/calendar?attributes[month]=2015-10&attributes[showFilter]=1');
    check(
      preview.rendered === '<div class="wp-block-quartier-widgets-calendar"><qw-calendar month="2015-10" show-filter lang="de"></qw-calendar></div>',
      'the editor\'s preview endpoint (block-renderer) renders the block\'s markup for the Editor',
      preview,
    );

    const rendered = sitePhp(site, 'render');
    check(rendered.quote === '<qw-event-card event="x&quot; onmouseover=&quot;alert(1)" lang="de"></qw-event-card>', 'shortcode attribute values are escaped', rendered.quote);
    check(rendered.unknown === '<qw-calendar month="2015-10" show-filter lang="de"></qw-calendar>', 'unknown shortcode attributes are dropped; a bare name switches a boolean on, "0" off', rendered.unknown);
    check(rendered.invalid === '<qw-deadline-countdown compact lang="de"></qw-deadline-countdown>', 'values a widget cannot take (soon="soon", heading-level="9", theme="blue") are dropped', rendered.invalid);
    check(
      rendered.block === '<div class="wp-block-quartier-widgets-programme-summary"><qw-programme-summary programme="soziale-stadt" compact lang="de" heading-level="2"></qw-programme-summary></div>',
      'a block renders its attributes under the element\'s names, unknown ones dropped',
      rendered.block,
    );

    for (const theme of THEMES) {
      const switched = sitePhp(site, 'theme', theme);
      check(switched.theme === theme, `theme ${theme} (${switched.block_theme ? 'block' : 'classic'} theme) is active`, switched);
      await checkPages({ pages, theme, check, log });
    }
    await checkEditor({ url, user: plugin.editor, password: plugin.editor_login_password, check, log });
    await checkSettings({ url, user: 'admin', password: adminPassword, check, log });

    const uninstalled = sitePhp(site, 'uninstall');
    check(!uninstalled.folder_exists && uninstalled.feed === null && uninstalled.language === null, 'deleting the plugin removes its folder and its options (uninstall.php)', uninstalled);
    const withoutPlugin = sitePhp(site, 'kses', '<qw-event-card event="x"></qw-event-card>');
    check(withoutPlugin.filtered === '', 'without the plugin, kses strips pasted <qw-…> elements (as the README says)', withoutPlugin);

    const debugLog = readFileSync(`${work}/debug.log`, 'utf8');
    const ours = debugLog.split('\n').filter((line) => line.includes('quartier-widgets'));
    check(ours.length === 0, 'no PHP error, warning or notice from the plugin in debug.log', ours.join('\n'));
  } catch (error) {
    failed = true;
    console.error(`\nFAILED: ${error.message}`);
    for (const file of ['debug.log', 'apache/error.log', 'mysql-run/mysqld.log']) {
      if (existsSync(`${work}/${file}`)) console.error(`--- ${file} (end)\n${readFileSync(`${work}/${file}`, 'utf8').slice(-3000)}`);
    }
  } finally {
    if (keep) {
      log(`KEEP_WORDPRESS=1: ${url} (admin) stays up; stop with: kill ${services.map(({ child }) => child.pid).join(' ')}; rm -rf ${work}`);
    } else {
      await stopServices();
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log(`wordpress: ${passed} passed, ${failed ? 1 : 0} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(failed ? 1 : 0);
}

await main().catch((error) => {
  console.error(`\nFAILED: ${error.message}`);
  console.log(`wordpress: ${passed} passed, 1 failed`);
  process.exit(1);
});
