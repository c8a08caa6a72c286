// The manifest (custom-elements.json) lists every attribute, event, part and custom property
// the code has, and nothing the code lacks. Read from the sources, not from the manifest.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const sorted = (values) => [...new Set(values)].sort();

const COMPONENTS = {
  'qw-event-card': 'event-card',
  'qw-deadline-countdown': 'deadline-countdown',
  'qw-programme-summary': 'programme-summary',
  'qw-calendar': 'calendar',
};
const base = read('src/internal/feed-element.ts');
/** The base of the widgets that show events, with the attributes that filter by their facts. */
const eventBase = read('src/internal/event-fact-filters.ts');
const hostStyles = read('src/styles/host.styles.ts');
const allStyles = [hostStyles, ...Object.values(COMPONENTS).map((f) => read(`src/components/${f}/${f}.styles.ts`))].join('\n');

/** Static part names in templates: `part="a b"`, and string literals in `part=${…}`. */
function partsIn(source) {
  const names = [];
  for (const [, value] of source.matchAll(/part="([^"]*)"/g)) {
    names.push(...value.replace(/\$\{[^}]*\}/g, ' ').split(/\s+/));
    for (const [, literal] of value.matchAll(/'([^']*)'/g)) names.push(...literal.split(/\s+/));
  }
  for (const [, expression] of source.matchAll(/part=\$\{([^}]*)\}/g)) {
    for (const [, literal] of expression.matchAll(/'([^']*)'/g)) names.push(...literal.split(/\s+/));
  }
  return names.filter((name) => /^[a-z][a-z-]*$/.test(name));
}

/** Attributes of Lit's `static properties`, without internal state. */
function attributesIn(source) {
  const block = source.match(/static override properties: PropertyDeclarations = \{([\s\S]*?)\n {2}\};/)?.[1] ?? '';
  return [...block.matchAll(/^\s+(\w+): \{([^}]*)\}/gm)]
    .filter(([, , options]) => !options.includes('state: true'))
    .map(([, name, options]) => options.match(/attribute: '([^']+)'/)?.[1] ?? name.toLowerCase());
}

const eventTypes = Object.fromEntries(
  ['src/events/feed-events.ts', 'src/events/calendar-events.ts'].flatMap((file) =>
    [...read(file).matchAll(/class (Qw\w+Event)[\s\S]*?static readonly type = '([^']+)'/g)].map(([, name, type]) => [name, type]),
  ),
);

for (const [tag, folder] of Object.entries(COMPONENTS)) {
  const element = elements.find((e) => e.tagName === tag);
  const component = read(`src/components/${folder}/${folder}.component.ts`);
  const styles = read(`src/components/${folder}/${folder}.styles.ts`);

  test(`<${tag}> is in the manifest`, () => assert.ok(element, `${tag} missing from custom-elements.json`));

  test(`<${tag}>: attributes`, () => {
    const inherited = component.includes('extends EventFeedElement') ? [...attributesIn(base), ...attributesIn(eventBase)] : attributesIn(base);
    assert.deepEqual(sorted(element.attributes.map((a) => a.name)), sorted([...attributesIn(component), ...inherited]));
    for (const attribute of element.attributes) assert.ok(attribute.description?.trim(), `${tag} [${attribute.name}] has no description`);
  });

  test(`<${tag}>: every part in its templates is documented`, () => {
    const documented = new Set(element.cssParts.map((p) => p.name));
    // Variants documented under their part's entry (`day-today` under `day`, `details-link` under `link`).
    const variants = element.cssParts.map((p) => p.description).join(' ');
    const code = sorted([...partsIn(component), ...partsIn(base)]);
    const undocumented = code.filter((name) => !documented.has(name) && !variants.includes(`\`${name}\``));
    assert.deepEqual(undocumented, []);
    const absent = [...documented].filter((name) => !component.includes(name) && !base.includes(name));
    assert.deepEqual(absent, [], 'documented parts the code never renders');
  });

  test(`<${tag}>: every custom property its styles read is documented, and nothing else`, () => {
    const readHere = sorted([...`${styles}\n${hostStyles}`.matchAll(/var\((--qw-[a-z-]+)/g)].map(([, name]) => name));
    const own = sorted(element.cssProperties.filter((p) => !p.inheritedFrom).map((p) => p.name));
    const global = element.cssProperties.filter((p) => p.inheritedFrom).map((p) => p.name);
    // The card tokens (--qw-card-*) are how each widget hands its own tokens to the shared card styles.
    const undocumented = readHere.filter((name) => !name.startsWith('--qw-card-') && !own.includes(name) && !global.includes(name));
    assert.deepEqual(undocumented, []);
    assert.deepEqual(own.filter((name) => !readHere.includes(name)), [], 'documented properties its styles never read');
    assert.deepEqual(global.filter((name) => !allStyles.includes(`var(${name}`)), [], 'global tokens no widget reads');
  });

  test(`<${tag}>: every event it dispatches is documented, and every documented event exists`, () => {
    const documented = new Set(element.events.map((e) => e.name));
    const dispatched = [...component.matchAll(/new (Qw\w+Event)\(/g)].map(([, name]) => eventTypes[name]);
    for (const type of [...dispatched, 'qw-feed-load', 'qw-feed-error']) assert.ok(documented.has(type), `${type} is not documented`);
    for (const type of documented) assert.ok(Object.values(eventTypes).includes(type), `${type} is no event of ours`);
  });
}
