// Prints the size of what ships to visitors and fails past the budget.
// Run after `npm run build`; part of `npm test`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { browserBundle } from './browser-bundle.mjs';

/** gzip -9 bytes for the one script tag (all widgets, de + en, every dependency inlined). */
const BUDGET_GZIP = 25 * 1024;

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

const rows = [['dist/quartier-widgets.js', sizes(readFileSync(new URL('../dist/quartier-widgets.js', import.meta.url)))]];

// Each element alone, as a page that wants only it would load it (everything inlined, minified).
const ELEMENTS = [
  ['qw-event-card alone', 'src/components/event-card/event-card.ts'],
  ['qw-deadline-countdown alone', 'src/components/deadline-countdown/deadline-countdown.ts'],
  ['qw-programme-summary alone', 'src/components/programme-summary/programme-summary.ts'],
];
for (const [name, entry] of ELEMENTS) {
  const { code } = await browserBundle(entry, `dist/${name}.js`);
  rows.push([name, sizes(Buffer.from(code))]);
}

console.log(`${'file'.padEnd(30)}${'raw'.padStart(9)}${'gzip -9'.padStart(9)}${'brotli'.padStart(9)}`);
for (const [name, s] of rows) console.log(`${name.padEnd(30)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);

const bundle = rows[0][1];
if (bundle.gzip > BUDGET_GZIP) {
  console.error(`dist/quartier-widgets.js is ${bundle.gzip} bytes gzip, over the budget of ${BUDGET_GZIP} bytes.`);
  process.exit(1);
}
console.log(`Budget: ${bundle.gzip} of ${BUDGET_GZIP} bytes gzip used.`);
