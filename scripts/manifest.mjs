// npm run manifest: writes custom-elements.json from the components' JSDoc (through the
// Custom Elements Manifest analyzer) and the reference tables in docs/ from it: each
// element's in docs/reference.md, the global tokens in docs/theming.md.
// With --check (part of `npm test`), changes nothing and fails when any of these is stale,
// so the manifest and the docs cannot drift from the code.
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
const analysed = JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8'));
rmSync(scratch, { recursive: true, force: true });
// The analyzer lists the modules in the order it finished reading them, which varies from
// run to run; by path, the file is the same for the same code.
const manifest = { ...analysed, modules: [...analysed.modules].sort((a, b) => a.path.localeCompare(b.path)) };
const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;

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
    ) + (properties.length ? '\n\nand the [global tokens](theming.md#global-tokens).' : ''),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The global tokens every widget reads (declared once, on the shared base class). */
function globalTokens() {
  const any = elements[0];
  return table(['token', 'meaning'], any.cssProperties.filter((p) => p.inheritedFrom).map((p) => [`\`${p.name}\``, oneLine(p.description)]));
}

/** Each generated block, `<!-- reference:NAME -->` … `<!-- /reference -->`, and the file it lives in. */
const documents = {
  'docs/theming.md': { tokens: globalTokens() },
  'docs/reference.md': Object.fromEntries(elements.map((e) => [e.tagName, reference(e)])),
};
const problems = [];
const rewritten = [];
for (const [file, blocks] of Object.entries(documents)) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  let written = text;
  for (const [name, block] of Object.entries(blocks)) {
    const pattern = new RegExp(`(<!-- reference:${name} -->)[\\s\\S]*?(<!-- /reference -->)`);
    if (!pattern.test(written)) {
      problems.push(`${file} has no <!-- reference:${name} --> … <!-- /reference --> block`);
      continue;
    }
    written = written.replace(pattern, (_, start, end) => `${start}\n${block}\n${end}`);
  }
  if (written !== text) rewritten.push({ file, path, written });
}

const manifestPath = join(root, 'custom-elements.json');
const committed = readFileSync(manifestPath, 'utf8');
if (check) {
  if (committed !== manifestText) {
    // Where the two first part, so a failure says what changed.
    const had = committed.split('\n');
    const now = manifestText.split('\n');
    const at = now.findIndex((line, i) => line !== had[i]);
    const around = (lines) => lines.slice(Math.max(0, at - 3), at + 4).join('\n');
    problems.push(
      `custom-elements.json is not what the code says: run \`npm run manifest\`\n` +
        `first difference at line ${at + 1}; committed:\n${around(had)}\nfrom the code:\n${around(now)}`,
    );
  }
  for (const { file } of rewritten) problems.push(`${file}'s reference tables are not what the manifest says: run \`npm run manifest\``);
} else {
  writeFileSync(manifestPath, manifestText);
  for (const { path, written } of rewritten) writeFileSync(path, written);
}
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
console.log(
  `${check ? 'Checked' : 'Wrote'} custom-elements.json and the reference tables in docs/: ` +
    elements.map((e) => `<${e.tagName}> ${e.attributes.length} attributes, ${e.events.length} events, ${e.cssParts.length} parts, ${e.cssProperties.length} custom properties`).join('; '),
);
