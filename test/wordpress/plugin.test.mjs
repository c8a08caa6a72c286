// The WordPress plugin's sources and build pieces, without a WordPress (npm run test:wordpress
// runs the plugin in one): its blocks know every attribute of their element, its translations
// are complete and current, and the zip and .mo writers produce files that other readers
// (Python's zipfile and gettext) accept.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import { PLUGIN_DIR, extractMessages, mo, parsePo, pot } from '../../scripts/wordpress-i18n.mjs';
import { zip } from '../../scripts/zip.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const python = (code, ...args) => execFileSync('python3', ['-c', code, ...args], { encoding: 'utf8' });

test('each widget has a block whose attributes are its element\'s attributes', () => {
  const blocks = readdirSync(`${PLUGIN_DIR}/blocks`).sort();
  assert.deepEqual(blocks, elements.map((element) => element.tagName.slice(3)).sort());
  for (const element of elements) {
    const block = JSON.parse(readFileSync(`${PLUGIN_DIR}/blocks/${element.tagName.slice(3)}/block.json`, 'utf8'));
    assert.equal(block.name, `quartier-widgets/${element.tagName.slice(3)}`);
    assert.deepEqual(Object.keys(block.attributes).map(kebab).sort(), element.attributes.map((attribute) => attribute.name).sort(), element.tagName);
    for (const attribute of element.attributes) {
      const schema = block.attributes[Object.keys(block.attributes).find((name) => kebab(name) === attribute.name)];
      const type = attribute.type?.text ?? '';
      const expected = type === 'boolean' ? 'boolean' : type.startsWith('number') ? 'integer' : 'string';
      assert.equal(schema.type, expected, `${element.tagName} [${attribute.name}]: ${type}`);
    }
  }
});

test('the .pot holds every translatable text of the plugin (node scripts/wordpress-i18n.mjs rewrites it)', () => {
  const written = readFileSync(`${PLUGIN_DIR}/languages/quartier-widgets.pot`, 'utf8');
  const ids = (entries) => entries.map((each) => `${each.msgctxt ?? ''}|${each.msgid}`).sort();
  assert.deepEqual(ids(parsePo(written)), ids(parsePo(pot(extractMessages()))));
});

test('the German translation translates every text of the .pot', () => {
  const template = parsePo(readFileSync(`${PLUGIN_DIR}/languages/quartier-widgets.pot`, 'utf8')).filter((each) => each.msgid);
  const german = parsePo(readFileSync(`${PLUGIN_DIR}/languages/quartier-widgets-de_DE.po`, 'utf8'));
  for (const entry of template) {
    const translated = german.find((each) => each.msgid === entry.msgid && each.msgctxt === entry.msgctxt);
    assert.ok(translated?.msgstr, `no German for "${entry.msgid}"`);
  }
});

test('the .mo reads back in Python\'s gettext, with contexts', () => {
  const dir = mkdtempSync(`${tmpdir()}/qw-mo-`);
  try {
    const entries = parsePo(readFileSync(`${PLUGIN_DIR}/languages/quartier-widgets-de_DE.po`, 'utf8'));
    writeFileSync(`${dir}/de.mo`, mo(entries));
    const read = JSON.parse(
      python(
        'import gettext, json, sys\n' +
          't = gettext.GNUTranslations(open(sys.argv[1], "rb"))\n' +
          'print(json.dumps([t.gettext("Default feed address"), t.pgettext("block title", "Event calendar"), t.gettext("not translated"), t.info().get("language")]))',
        `${dir}/de.mo`,
      ),
    );
    assert.deepEqual(read, ['Adresse des Standard-Feeds', 'Veranstaltungskalender', 'not translated', 'de_DE']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the zip writer\'s archives read back in Python\'s zipfile: names, contents, modes, CRCs', () => {
  const dir = mkdtempSync(`${tmpdir()}/qw-zip-`);
  try {
    const text = 'Größe: '.repeat(500);
    const archive = zip([
      { name: 'plugin/' },
      { name: 'plugin/a.txt', data: text },
      { name: 'plugin/empty.txt', data: '' },
      { name: 'plugin/tiny.txt', data: 'x' },
      { name: 'plugin/bin/run', data: Buffer.from([0, 1, 2, 255]), mode: 0o100755 },
    ]);
    writeFileSync(`${dir}/test.zip`, archive);
    assert.ok(archive.length < text.length, 'compressed');
    const listing = JSON.parse(
      python(
        'import zipfile, json, sys\n' +
          'z = zipfile.ZipFile(sys.argv[1])\n' +
          'assert z.testzip() is None\n' +
          'print(json.dumps([[i.filename, i.external_attr >> 16, z.read(i).hex()] for i in z.infolist()]))',
        `${dir}/test.zip`,
      ),
    );
    assert.deepEqual(listing, [
      ['plugin/', 0o40755, ''],
      ['plugin/a.txt', 0o100644, Buffer.from(text).toString('hex')],
      ['plugin/empty.txt', 0o100644, ''],
      ['plugin/tiny.txt', 0o100644, '78'],
      ['plugin/bin/run', 0o100755, '000102ff'],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
