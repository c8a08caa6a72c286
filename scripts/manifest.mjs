// npm run manifest: writes custom-elements.json from the components' JSDoc (through the
// Custom Elements Manifest analyzer) and the README's reference tables from it.
// With --check (part of `npm test`), changes nothing and fails when either file is stale,
// so the manifest and the README cannot drift from the code.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

// The analyzer takes its output folder relative to the project.
const scratch = join(root, '.manifest-scratch');
execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet', '--outdir', '.manifest-scratch'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const manifestText = readFileSync(join(scratch, 'custom-elements.json'), 'utf8');
rmSync(scratch, { recursive: true, force: true });
const manifest = JSON.parse(manifestText);

export const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The reference of one element, as Markdown. */
function reference(element) {
  const own = (item) => !item.inheritedFrom;
  const attributes = [...element.attributes.filter(own), ...element.attributes.filter((a) => !own(a))];
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && !m.name.startsWith('#'));
  const properties = element.cssProperties.filter(own);
  return [
    table(['attribute', 'property', 'meaning'], attributes.map((a) => [`\`${a.name}\``, `\`${a.fieldName === 'langAttribute' ? 'lang' : a.fieldName ?? camel(a.name)}\``, oneLine(a.description)])),
    table(['method', 'meaning'], methods.map((m) => [`\`${m.name}()\``, oneLine(m.description)])),
    table(['event', 'meaning'], element.events.map((e) => [`\`${e.name}\``, oneLine(e.description)])),
    table(['part', 'meaning'], element.cssParts.map((p) => [`\`${p.name}\``, oneLine(p.description)])),
    table(
      ['custom property', 'meaning'],
      properties.map((p) => [`\`${p.name}\``, oneLine(p.description)]),
    ) + (properties.length ? '\n\nand the [global tokens](#theming).' : ''),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The global tokens every widget reads (declared once, on the shared base class). */
function globalTokens() {
  const any = elements[0];
  return table(['token', 'meaning'], any.cssProperties.filter((p) => p.inheritedFrom).map((p) => [`\`${p.name}\``, oneLine(p.description)]));
}

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
let written = readme;
const blocks = { tokens: globalTokens(), ...Object.fromEntries(elements.map((e) => [e.tagName, reference(e)])) };
const problems = [];
for (const [name, text] of Object.entries(blocks)) {
  const pattern = new RegExp(`(<!-- reference:${name} -->)[\\s\\S]*?(<!-- /reference -->)`);
  if (!pattern.test(written)) {
    problems.push(`README.md has no <!-- reference:${name} --> … <!-- /reference --> block`);
    continue;
  }
  written = written.replace(pattern, (_, start, end) => `${start}\n${text}\n${end}`);
}

const manifestPath = join(root, 'custom-elements.json');
const committed = readFileSync(manifestPath, 'utf8');
if (check) {
  if (committed !== manifestText) problems.push('custom-elements.json is not what the code says: run `npm run manifest`');
  if (written !== readme) problems.push('README.md\'s reference tables are not what the manifest says: run `npm run manifest`');
} else {
  writeFileSync(manifestPath, manifestText);
  writeFileSync(readmePath, written);
}
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
console.log(
  `${check ? 'Checked' : 'Wrote'} custom-elements.json and the README's reference: ` +
    elements.map((e) => `<${e.tagName}> ${e.attributes.length} attributes, ${e.events.length} events, ${e.cssParts.length} parts, ${e.cssProperties.length} custom properties`).join('; '),
);
