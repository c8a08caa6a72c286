// The WordPress plugin's translations, with no gettext tools needed:
//   node scripts/wordpress-i18n.mjs   rewrites languages/quartier-widgets.pot from the plugin's sources
//                                     and brings each .po in line with it (as msgmerge does)
// and, for the build, compiles each .po into the .mo that PHP reads and the JSON that the
// editor script's wp.i18n reads (see scripts/wordpress-plugin.mjs).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DOMAIN = 'quartier-widgets';
export const PLUGIN_DIR = fileURLToPath(new URL('../wordpress/quartier-widgets/', import.meta.url));
/** The script whose strings go to the JSON translations (wp_set_script_translations). */
export const EDITOR_SCRIPT = 'editor/blocks.js';

const CALL = /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'quartier-widgets'\s*\)/g;

/** Every translatable string: `__( '…', 'quartier-widgets' )` calls, the plugin header and block.json texts. */
export function extractMessages(dir = PLUGIN_DIR) {
  const messages = new Map();
  const add = (msgid, reference, msgctxt) => {
    const key = `${msgctxt ?? ''}\u0004${msgid}`;
    if (!messages.has(key)) messages.set(key, { msgctxt, msgid, references: [] });
    messages.get(key).references.push(reference);
  };
  const main = readFileSync(`${dir}/quartier-widgets.php`, 'utf8');
  for (const field of ['Plugin Name', 'Description']) add(main.match(new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm'))[1].trim(), 'quartier-widgets.php');
  const sources = ['quartier-widgets.php', EDITOR_SCRIPT, ...readdirSync(`${dir}/includes`).map((file) => `includes/${file}`)];
  for (const file of sources) {
    const lines = readFileSync(`${dir}/${file}`, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(CALL)) add(match[1].replace(/\\(['\\])/g, '$1'), `${file}:${index + 1}`);
    });
  }
  for (const block of readdirSync(`${dir}/blocks`).sort()) {
    const metadata = JSON.parse(readFileSync(`${dir}/blocks/${block}/block.json`, 'utf8'));
    add(metadata.title, `blocks/${block}/block.json`, 'block title');
    add(metadata.description, `blocks/${block}/block.json`, 'block description');
    for (const keyword of metadata.keywords ?? []) add(keyword, `blocks/${block}/block.json`, 'block keyword');
  }
  return [...messages.values()];
}

const quote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

const entryText = ({ msgctxt, msgid, references }, msgstr = '') =>
  [`#: ${references.join(' ')}`, ...(msgctxt ? [`msgctxt ${quote(msgctxt)}`] : []), `msgid ${quote(msgid)}`, `msgstr ${quote(msgstr)}`].join('\n');

/** The .po with the .pot's texts in the .pot's order: translations kept, new texts untranslated, gone ones dropped. */
export function mergePo(poText, messages) {
  const header = poText.split(/\n\s*\n/)[0];
  const translations = new Map(parsePo(poText).map((each) => [`${each.msgctxt ?? ''}\u0004${each.msgid}`, each.msgstr]));
  return `${[header, ...messages.map((each) => entryText(each, translations.get(`${each.msgctxt ?? ''}\u0004${each.msgid}`)))].join('\n\n')}\n`;
}

export function pot(messages) {
  const header = [
    '# Quartier-Widgets: the plugin\'s texts. Written by scripts/wordpress-i18n.mjs.',
    '# This file is distributed under the same licence as the plugin (MIT).',
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: Quartier-Widgets 0.1.0\\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    `"X-Domain: ${DOMAIN}\\n"`,
  ].join('\n');
  return `${[header, ...messages.map((each) => entryText(each))].join('\n\n')}\n`;
}

/** Reads a .po file (entries separated by blank lines, no plural forms): [{ msgctxt, msgid, msgstr, references }]. */
export function parsePo(text) {
  return text
    .split(/\n\s*\n/)
    .map((block) => {
      const entry = { references: [] };
      let field;
      for (const line of block.split('\n')) {
        const keyword = line.match(/^(msg\w+(?:\[\d+\])?)\s+(".*")\s*$/);
        if (keyword) {
          if (!['msgctxt', 'msgid', 'msgstr'].includes(keyword[1])) throw new Error(`po: ${keyword[1]} is not supported`);
          field = keyword[1];
          entry[field] = JSON.parse(keyword[2]);
        } else if (/^\s*"/.test(line) && field) {
          entry[field] += JSON.parse(line.trim());
        } else if (line.startsWith('#:')) {
          entry.references.push(...line.slice(2).trim().split(/\s+/));
        }
      }
      return entry;
    })
    .filter((entry) => entry.msgid !== undefined);
}

/** The GNU .mo file of the translated entries (and the header), sorted as gettext expects. */
export function mo(entries) {
  const pairs = entries
    .filter((each) => each.msgid === '' || each.msgstr)
    .map((each) => [Buffer.from(each.msgctxt ? `${each.msgctxt}\u0004${each.msgid}` : each.msgid), Buffer.from(each.msgstr)])
    .sort(([a], [b]) => Buffer.compare(a, b));
  const headerSize = 28;
  const tables = headerSize + pairs.length * 16;
  const head = Buffer.alloc(tables);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4); // revision
  head.writeUInt32LE(pairs.length, 8);
  head.writeUInt32LE(headerSize, 12); // originals' table
  head.writeUInt32LE(headerSize + pairs.length * 8, 16); // translations' table
  head.writeUInt32LE(0, 20); // no hash table
  head.writeUInt32LE(tables, 24);
  const strings = [];
  let offset = tables;
  for (const [column, table] of [[0, headerSize], [1, headerSize + pairs.length * 8]]) {
    pairs.forEach((pair, index) => {
      head.writeUInt32LE(pair[column].length, table + index * 8);
      head.writeUInt32LE(offset, table + index * 8 + 4);
      strings.push(pair[column], Buffer.alloc(1));
      offset += pair[column].length + 1;
    });
  }
  return Buffer.concat([head, ...strings]);
}

/** The JSON (Jed 1.x) that wp.i18n reads: the translated strings of the editor script. */
export function scriptTranslations(entries, locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const each of entries) {
    if (each.msgid && each.msgstr && each.references.some((reference) => reference.startsWith(`${EDITOR_SCRIPT}:`))) {
      messages[each.msgctxt ? `${each.msgctxt}\u0004${each.msgid}` : each.msgid] = [each.msgstr];
    }
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const messages = extractMessages();
  writeFileSync(`${PLUGIN_DIR}/languages/${DOMAIN}.pot`, pot(messages));
  console.log(`Wrote wordpress/quartier-widgets/languages/${DOMAIN}.pot`);
  for (const po of readdirSync(`${PLUGIN_DIR}/languages`).filter((name) => name.endsWith('.po'))) {
    const path = `${PLUGIN_DIR}/languages/${po}`;
    writeFileSync(path, mergePo(readFileSync(path, 'utf8'), messages));
    console.log(`Updated wordpress/quartier-widgets/languages/${po}`);
  }
}
