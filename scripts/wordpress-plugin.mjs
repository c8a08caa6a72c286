// dist/quartier-widgets-wordpress.zip: the WordPress plugin (wordpress/quartier-widgets/) with
// the built script and its chunks in assets/, and the compiled translations (.mo for PHP,
// JSON for the editor script). Run by scripts/build.mjs after the script is built.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMAIN, PLUGIN_DIR, mo, parsePo, scriptTranslations } from './wordpress-i18n.mjs';
import { zip } from './zip.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const PLUGIN_ZIP = `${DIST}quartier-widgets-wordpress.zip`;
const FOLDER = 'quartier-widgets/';

/** Paths of the files under dir, folders before their contents, sorted (the same zip every build). */
function walk(dir, prefix = '') {
  const entries = [];
  for (const name of readdirSync(dir).sort()) {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) entries.push(`${prefix}${name}/`, ...walk(path, `${prefix}${name}/`));
    else entries.push(`${prefix}${name}`);
  }
  return entries;
}

export function buildPluginZip() {
  const files = new Map(); // name in the zip → contents (undefined for a folder)
  for (const name of walk(PLUGIN_DIR)) files.set(FOLDER + name, name.endsWith('/') ? undefined : readFileSync(PLUGIN_DIR + name));

  const bundled = walk(DIST).filter((name) => /^(quartier-widgets\.js|chunks\/)/.test(name));
  if (!bundled.includes('quartier-widgets.js')) throw new Error('wordpress-plugin: build dist/quartier-widgets.js first');
  files.set(`${FOLDER}assets/`, undefined);
  for (const name of bundled) files.set(`${FOLDER}assets/${name}`, name.endsWith('/') ? undefined : readFileSync(DIST + name));

  for (const po of readdirSync(`${PLUGIN_DIR}/languages`).filter((name) => name.endsWith('.po'))) {
    const locale = po.slice(`${DOMAIN}-`.length, -'.po'.length);
    const entries = parsePo(readFileSync(`${PLUGIN_DIR}/languages/${po}`, 'utf8'));
    files.set(`${FOLDER}languages/${DOMAIN}-${locale}.mo`, mo(entries));
    // load_script_textdomain() looks for {domain}-{locale}-{script handle}.json in the given folder.
    files.set(`${FOLDER}languages/${DOMAIN}-${locale}-quartier-widgets-editor.json`, Buffer.from(scriptTranslations(entries, locale)));
  }

  const names = [...files.keys()].sort();
  writeFileSync(PLUGIN_ZIP, zip([FOLDER, ...names.filter((name) => name !== FOLDER)].map((name) => ({ name, data: files.get(name) }))));
  return names.filter((name) => !name.endsWith('/'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Wrote ${PLUGIN_ZIP} (${buildPluginZip().length} files)`);
}
