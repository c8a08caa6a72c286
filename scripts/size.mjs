// Prints the size of what ships to visitors and fails past the budget.
// Run after `npm run build`; part of `npm test`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { browserBundle } from './browser-bundle.mjs';

/**
 * gzip -9 bytes for the one script tag (all widgets, German, every dependency inlined).
 * The target is 25 KB (25,600 bytes). With the calendar the bundle measures above it; this
 * is the measured size, a ratchet until the target is met (see docs/performance.md). Recognising
 * an iCalendar feed and loading its reader costs the bundle 243 bytes (the reader is a chunk);
 * the zone-offset cache that makes reading a feed 5× faster, and one clock timer per wake-up,
 * 159 bytes; loading Arabic, Turkish and Ukrainian on demand and following a language's
 * writing direction, 418 bytes (the languages themselves are chunks of 1.3–1.6 KB); the dark
 * scheme, print and reduced-motion styles and the styles that resist a hostile page, 536 bytes;
 * the `theme` property and telling a foreign definition of our tags from another copy of
 * ours, 65 bytes; retrying with backoff and keeping the last good feed in localStorage across
 * page loads, 336 bytes; reading a feed in slices and skipping other months' events by their
 * date text, so 50,000 items never block the page for 200 ms, 206 bytes; one shared padding
 * helper and no unread snapshot flag, -24 bytes; building only the calendar layout that fits
 * its width (grid or agenda, measured by a ResizeObserver), which halves the calendar's DOM
 * nodes, 102 bytes; reading feed times at their fixed places instead of through a regular
 * expression's captures, and month lengths by arithmetic (3× faster, for every event a
 * calendar places and every time a feed validates), 121 bytes; a day's list in pages of 50
 * ("50 weitere anzeigen", so a day of thousands opens at once), 145 bytes; the calendar in
 * parts (a view model, five template modules, width, keyboard and dialog controllers, one
 * filter model) and one shared render of the feed states for every widget, 699 bytes (mostly
 * the option and view property names the minifier cannot shorten), less 287 bytes for
 * dropping the comments of css`` templates from the bundle: 412 bytes; a click listener on
 * each list button instead of one on the list, and `ifDefined` for today's `aria-current`,
 * so the templates pass the accessibility lint and lit-analyzer, 36 bytes; English loaded on
 * demand like the other languages besides German (its request runs beside the feed's on a
 * first visit), -690 bytes: 242 bytes below the budget before the calendar was split;
 * plausible e-mail addresses and phone numbers only, an impossible date skipping its item, no
 * negative or absurd budgets, zod's jitless setting moved to the script-tag entry and zod's
 * definitions read through one adapter, less a length check zod no longer makes, and one
 * default zone, -94 bytes; following the page's colour scheme, colours of their own for the
 * loading, error, empty and stale messages, one shared observer that re-renders on a change
 * of `lang`, a placeholder shaped like the content while the feed loads (no layout shift),
 * and the compact countdown's title link, 304 bytes.
 * The calendar for what a visitor sees: neighbouring months' events (a bar split at the
 * month's edge, tinted), titles kept inside each piece of a bar, short start times, two-line
 * bars, three lanes with "+N" beside the day's number, 24 px targets, `view`, week numbers
 * only on Monday rows, no overflow from long words, titles that clip at their own end and
 * `dir="auto"` on feed texts (right to left), 478 bytes, about 320 of them CSS; the agenda
 * from today on with "Frühere Termine", today marked, a multi-day event once with its dates, 271 bytes
 * (both measured on an earlier base; on this one together 858 bytes).
 * Handing lit-html's `html`, `svg`, `nothing` and `noChange` to on-demand chunks under a
 * global symbol, so widgets can load rarely used templates as chunks without a second copy
 * of lit-html (6 KB), 22 bytes.
 * The calendar's dialog headed by the event's title with a way back to the day's list and a
 * backdrop that closes it, times written alike in list and card (two-digit hours), and the
 * feed copy stored when the page is idle, 412 bytes; the dialog's template and styles then
 * moved into a chunk loaded on the first touch or key in the calendar (2,072 bytes gzip of
 * its own, not counted here), less what the controller that loads it costs, -128 bytes.
 * WCAG 2.2 AA fixes found by the accessibility tests (docs/accessibility.md): targets of at
 * least 24 CSS px on pages with a small root font size (bars, "+N", standalone links), edges
 * for bars and today's marker and a filled pressed chip in forced colours, and
 * week numbers that survive the WCAG text spacing, 93 bytes, all CSS (measured on a base of
 * 35,751 bytes, which already held the dialog's Back button, title and phone layout).
 * <qw-event-list>, its element and attributes (the list's view, rendering and styles are a
 * chunk loaded when it connects), 279 bytes; the German texts of the list and of the
 * calendar menu, and accent folding for search and place, 150 bytes; on every card the
 * registration link drawn as the primary button and "In meinen Kalender" with the styles of
 * both (its menu is a chunk loaded when first opened), 612 bytes; together 835 bytes.
 * The first visit of a large feed: zone offsets read once per day, 33 bytes; feed links
 * already in the URL parser's form kept without `new URL` (5,000 links cost about 15 ms),
 * 169 bytes.
 * Topic chips that look like chips, not buttons: a visible label, the shown month's tags
 * with their counts (a chosen tag the month lacks kept with 0), one row that scrolls
 * sideways on a phone; their styles in a sheet of their own, 403 bytes (about 250 CSS).
 * The kept copy of a feed read from localStorage after the request has gone out, so the
 * storage's first use on a page overlaps the network, 24 bytes. A multi-day event's line
 * that breaks after the comma before its dates, not before the comma, 5 bytes.
 * Funding calls as they really are, 2,451 bytes: the feed's kinds of deadline, stages, rounds,
 * receipt and funding facts in the schema, 685 bytes; reading them, the next deadline of a
 * staged or recurring call and the German words of the new states, 731 bytes; the countdown's
 * stages, rounds, rolling calls, `calm`, "Zum Antrag", the reminder button and the loader of
 * the facts list, 942 bytes; the summary's facts and the calls' exported menu parts, 116 bytes;
 * 23 bytes less in the other layers.
 * The facts list with its words and styles and the reminder menu with the entry's title are
 * chunks (3.4 and 3.6 KB gzip of their own, not counted here); on an earlier base, moving the
 * facts' words and styles there saved 398 bytes, and sharing the event card's menu and its
 * button controller instead of a second menu, 217 bytes.
 * The programme summary: facts' values in one size on one baseline, related programmes one
 * per line, name and summary isolated (<bdi>) so a German text keeps its punctuation in an
 * Arabic summary, 20 bytes.
 * Event facts (registration, price, accessibility, languages, audience, image, former date,
 * series): their validation in the feed schema, each value checked on its own, 738 bytes;
 * the card's test for facts, loader and loading shape (their templates, words in five
 * languages, icons and styles are a chunk loaded only for an event with facts) and the .ics
 * writer's locale, 205 bytes; the attributes free, accessibility and event-language on card,
 * calendar and list with their filter and the warning of an unknown feature, 294 bytes; the
 * widget's `now` handed to the cards the list and the calendar's dialog open, 13 bytes; the
 * card's opt-in `structured-data` and the loader of its JSON-LD chunk, 223 bytes; together
 * 1,473 bytes measured on a base of 36,752 bytes; with the chips' counts also keyed by the
 * fact attributes, 1,491 bytes on a base of 37,184; beside the funding calls, on this base of
 * 39,655 bytes, 1,577 bytes.
 * "Abonnieren" (`show-subscribe`) on the list and the calendar, 671 bytes on a base of
 * 41,232: the feed's `alternates` in the schema, 87 bytes; reading them and the German words
 * of the menu, 97 bytes; the button, the choice of the calendar alternate for the shown tags or
 * programme (the button shows only when there is one) and its styles, 478 bytes in the
 * calendar's layer and 27 in the list's; the add-to-calendar controller named per menu, 49
 * bytes in the card's, countdown's and summary's layers; 67 bytes less in the remaining
 * exports. The menu itself (links, copy, status, styles) is a chunk loaded on the first open
 * (1.2 KB gzip of its own, not counted here).
 * The visitor's search, place select and query-string sync on the list and the calendar
 * (`show-search`, `show-filter`, `sync-url`): in the bundle only their attributes, a loader
 * that fetches their chunk when one is set, the search text and place in the filter model,
 * the four German words and the chips on the list, 376 bytes; the search, select, their
 * styles and the query string are a chunk of 2.2 KB gzip loaded only where asked for
 * (measured on a base of 41,232 bytes; the two together 1,066 bytes on that base). The
 * calendar's row of visitor controls (subscribe, search, chips) drawn by a template function
 * of its own, so the element stays within 300 lines, 92 bytes.
 * A feed checked by plain functions (src/feed/feed-shape.ts, held to the zod schema's
 * verdicts by a differential test) instead of zod: zod and the schema with its messages
 * leave the bundle for a chunk (9.3 KB gzip of its own) loaded only for a feed with a wrong
 * value, and the script-tag bundle no longer exports the one-call `readFeed`/`readFeedText`
 * (the npm module does): -6,601 bytes.
 * What `<qw-programme-summary>` draws and its styles, a chunk requested when it connects
 * beside the feed's request (4.5 KB gzip of its own, not counted here; few pages show a
 * programme), less its loader and error text: -1,192 bytes. What `<qw-deadline-countdown>`
 * draws for a call, likewise a chunk (3.0 KB gzip of its own; the element keeps choosing the
 * call, the clock, the milestones and the events): -539 bytes. The first day of the week
 * read from `Intl.Locale` once per language, not on every render of a calendar, 18 bytes.
 * Templates without the whitespace beside block elements' tags (a month grid draws 290
 * fewer text nodes), -16 bytes.
 * The visitor's fact filters (`show-filter`: "Kostenlos", "Barrierefrei", the events'
 * language; `sync-url`: qw-free, qw-access, qw-lang), 98 bytes on a base of 34,060 (103
 * measured on 34,076: their
 * five German words, 67 bytes; the visitor's facts in the filter model and the shown period
 * handed to the visitor's controls, 20 bytes in the calendar's layer; 16 bytes across the
 * other layers). The chips, the select, the counting and the query string are in the
 * visitor-filters chunk (2.2 KB gzip before, 3.4 KB now; not counted here).
 * Expanding a JSON feed's series (`events[].recurrence`): in the bundle only the test whether
 * any event has one and the import of the expansion, 57 bytes on a base of 34,158 (60 on
 * 34,076); the
 * expansion itself (ical.js and the iCalendar reader's series code) is a chunk of 29.9 KB gzip,
 * fetched only for a feed with a series.
 * The script tag exports the elements' classes and events, the loader's functions and the
 * clock, no longer the plain functions for applications (times, countdowns, which call or
 * event is next, money, months, a month's layout; the npm module keeps them), whose code the
 * widgets' drawing no longer holds in the bundle since the summary's and the countdown's
 * drawing are chunks: -481 bytes. A card given a series' own id shows its next occurrence
 * (its last once all are over), 60 bytes. A tag chosen by the query string in another
 * spelling lights its chip, 44 bytes (the month's parameter written only after the visitor
 * moved is in the visitor-filters chunk). The calendar's month range check written where
 * it is used, so the element stays within 300 lines, -4 bytes. A series' id matched only by
 * a series' occurrences (`id/` and a start, with `recurrence`), not by any id that begins
 * alike, and the summary asking for its calls' countdown chunk when it connects, not after its
 * own has drawn them, 54 bytes. The schema's chunk asked for at the first refused value, while
 * the feed is read on, and waited for at most 3 s before the messages say only "is not
 * valid", so a feed with a wrong value is not held back by a slow or hanging chunk, 77 bytes.
 * A series that fails to expand shows at its start instead of failing the feed, 4 bytes.
 * A chunk that failed to load (the visitor offline for a moment) asked for again once the
 * browser is back online, 18 bytes. The summary and the countdown waiting for their chunks
 * with the loading message over their shape, as while their feed loads, -2 bytes. A link's
 * text trimmed once, not for each use, 1 byte. The calendar's month shape drawn in the first
 * frame only where the feed's answer has not come by then (the store's `reading` flag, the
 * frame's callback, the box's height), so a feed that answers at once is drawn once, 96 bytes.
 * The instant of a zone's change found once per day of a change (17 readings), not each time
 * of that day read from Intl, and the reader writing a field's path out only for nested
 * fields or a failure and walking the shape's fields without a list of entries, 109 bytes
 * together. A first look at a large feed (1,000 events or more), its month's events read and
 * drawn before the rest is read: the calendar's period of days, the source's `prefer` and
 * `preview`, the element drawing a preview that covers its period, the store asking for the
 * chunk that reads it (chunks/preview.js, 365 bytes, loaded only for such a feed) and waiting
 * for the page to be idle before the whole read; and the month's shape drawn after
 * `feedSettings.shapeAfterMs` instead of at the first frame, 286 bytes. One helper that waits
 * for the page to be idle, for the stored copy and the first look, and no whitespace beside a
 * day's number, its "+N" and a bar's label (195 fewer text nodes in a month of 50 events), -7.
 * A wall time resolved at once where the zone has one offset a day either side, without the
 * lists of candidates (10,000 times in a feed of 5,000 events), 8 bytes. A review's fixes to
 * the first look, 13 bytes: a calendar asks for the month it shows within min and max and
 * checks it again in the first look's own zone (one `shownMonth` and `visitorDay` with the
 * month's view); a first look keeps the status `loading`, so a retry after a failure fires no
 * second error; periods kept by key, so asking again adds none; no whitespace inside the
 * header's, the list's and the chips' buttons or the card's badge and tags.
 * The visitor's day at an instant, one `visitorDay` in zoned.ts for the calendar and the
 * list instead of the same computation written in each, -1 byte.
 * The topic chips (`show-filter`) and their styles moved into the visitor-filters chunk, which
 * such a page loads already for its place and fact filters; the filter controller without the
 * chips' counts and host, -685 bytes (33,805). The first look's chunk asked for before the
 * parse where the body is over 100,000 characters, so it arrives while the parse runs, not a
 * round trip after it (the five-year feed painted 124 → 111 ms in one interleaved run), 24 bytes.
 * The visitor's own zone read through `Date` (same zone data, no Intl formatter, whole minutes
 * from 1973 on): the first render makes no zone formatter, and a first look at the five-year
 * feed reads in 17 ms instead of 22 (medians of 9 interleaved), 43 bytes. The pressed chip's
 * forced colours and the chips' print rule moved from the calendar's styles into the chips'
 * sheet (where the chips' own rules had been overriding them), -39 bytes. One template for a
 * bar's label, shown or for screen readers only (61 fewer template instances and comment
 * markers in a month of 50 events), -3 bytes. The calendar and the list wait in their loading
 * state for the visitor-filters chunk where `show-filter`, `show-search` or `sync-url` asks
 * for it, so its chips and fields (and a month from the query string) no longer push the
 * content down when they come (layout shift of such a page 0.126 → 0.004), 65 bytes. The
 * visitor's zone name read again once a second has passed, so it stays the zone `Date` reads
 * when the visitor's zone changes with the page open (a laptop on a trip), 30 bytes. A task
 * of its own after the parse of a large body, which the first look's chunk, now already in,
 * no longer gave it (50,000 events: longest task 99 → 75 ms with tracing on), 6 bytes. No
 * first look where a feed is already shown (a refresh, the copy kept from an earlier visit),
 * which nobody would draw, 8 bytes. A first look of more than 200 events drawn in a task after
 * the one that read it (50,000 events: longest task 90–105 → 51–68 ms in a slow hour), 9 bytes.
 * One `nextTask` in parse.ts for the four places that start a task of their own (the reader's
 * slices, the store after a large parse and before a large first look), 5 bytes. V8's compile
 * hint as the bundle's first line (`//# allFunctionsCalledOnLoad`: every function compiled
 * off the main thread while the file streams in, not on its first call; the calendar's first
 * visit at N = 50 83 → 65 ms, medians of 9 interleaved), 20 bytes. The feed's walk returns a
 * valid value as it is and a refused one as an instance of its own class, instead of a wrapper
 * object for each of the some 70,000 values of 5,000 events (first visit at N = 5,000 150 → 145 ms,
 * medians of 15 interleaved), 6 bytes. The reader's check of an event's times asks only
 * whether its end lies before its start (`endsBeforeStart`), without the calendar dates and
 * the midnight rule that `resolveTiming` works out for the widgets (N = 5,000: 142 → 134 ms,
 * medians of 13 interleaved), 48 bytes. The calendar's switch to its list counted in em of
 * its own text, not in the page's root size (a theme's `html { font-size: 62.5% }` had kept
 * a cramped grid down to 360 px, a root of 40 px had turned a 640 px calendar into a list),
 * -2 bytes. The visitor's zone name forgotten by a timer after a second instead of a clock
 * read at every call (`performance.now()` costs some 220 ns, more than the rest of a zone
 * offset, and the first visit of 5,000 events asks for the name 21,289 times: the read
 * 52 → 47 ms, medians of 11 interleaved), -2 bytes. The clock forgets the name as the page
 * comes back from the background, whose `visibilitychange` runs before the timer that fell
 * due while it slept (a zone changed meanwhile was otherwise kept for the render it starts),
 * 4 bytes. The feed's request without an `Accept` header of its own, so a page's preload of
 * the feed serves it in Firefox too, -25 bytes.
 */
const TARGET_GZIP = 25 * 1024;
const BUDGET_GZIP = 34_002;

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
const dist = new URL('../dist/', import.meta.url);

const bundleText = readFileSync(new URL('quartier-widgets.js', dist));
// The iCalendar parser (ical.js) belongs in its chunk; a string only it has must not be in the bundle.
if (bundleText.includes('icalclass')) {
  console.error('dist/quartier-widgets.js contains ical.js; it must load on demand (chunks/ics-feed.js).');
  process.exit(1);
}
const rows = [['dist/quartier-widgets.js', sizes(bundleText)]];
// Loaded only when used (e.g. the .ics writer when a visitor downloads).
for (const chunk of readdirSync(new URL('chunks/', dist)).filter((file) => file.endsWith('.js'))) {
  rows.push([`  on demand: ${chunk.replace(/\.js$/, '')}`, sizes(readFileSync(new URL(`chunks/${chunk}`, dist)))]);
}

// Each element alone, as a page that wants only it would load it (everything inlined, minified).
const ELEMENTS = [
  ['qw-event-card alone', 'src/components/event-card/event-card.ts'],
  ['qw-deadline-countdown alone', 'src/components/deadline-countdown/deadline-countdown.ts'],
  ['qw-programme-summary alone', 'src/components/programme-summary/programme-summary.ts'],
  ['qw-calendar alone', 'src/components/calendar/calendar.ts'],
  ['qw-event-list alone', 'src/components/event-list/event-list.ts'],
];
for (const [name, entry] of ELEMENTS) {
  const [bundle] = await browserBundle(entry, `dist/${name.replace(/\W+/g, '-')}.js`);
  rows.push([name, sizes(Buffer.from(bundle.text))]);
}

console.log(`${'file'.padEnd(32)}${'raw'.padStart(9)}${'gzip -9'.padStart(9)}${'brotli'.padStart(9)}`);
for (const [name, s] of rows) console.log(`${name.padEnd(32)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);

const bundle = rows[0][1];

// What costs what: the bundle built up layer by layer, each layer bundled and minified the
// same way with everything before it, so each step is what that layer adds to the gzip file.
const LAYERS = [
  ['Lit (what the elements use)', "export { LitElement, html, css, nothing } from 'lit';"],
  ['+ the feed\'s shape (its checks)', "export * from '../../src/feed/feed-shape.ts';"],
  [
    '+ reader, loader, clock, German, base',
    "export * from '../../src/internal/feed-element.ts'; export * from '../../src/feed/parse.ts'; export * from '../../src/feed/store.ts'; export * from '../../src/time/clock.ts';",
  ],
  ['+ <qw-event-card>', "import '../../src/components/event-card/event-card.ts';"],
  ['+ <qw-deadline-countdown>', "import '../../src/components/deadline-countdown/deadline-countdown.ts';"],
  ['+ <qw-programme-summary>', "import '../../src/components/programme-summary/programme-summary.ts';"],
  ['+ <qw-calendar>', "import '../../src/components/calendar/calendar.ts';"],
  ['+ <qw-event-list>', "import '../../src/components/event-list/event-list.ts';"],
  ['+ the remaining exports (the whole bundle)', null],
];
const layersDir = new URL('size-layers/', dist);
mkdirSync(layersDir, { recursive: true });
console.log(`\nWhat costs what (gzip -9, each layer with all before it):`);
let entry = '';
let before = 0;
for (const [index, [name, line]] of LAYERS.entries()) {
  let gzip = bundle.gzip;
  if (line) {
    entry += `${line}\n`;
    const file = new URL(`layer-${index}.ts`, layersDir);
    writeFileSync(file, entry);
    const [layer] = await browserBundle(file.pathname, `dist/size-layers/layer-${index}.js`);
    gzip = sizes(Buffer.from(layer.text)).gzip;
  }
  console.log(`  ${name.padEnd(44)}${String(gzip - before).padStart(7)} bytes${String(gzip).padStart(8)} in all`);
  before = gzip;
}
rmSync(layersDir, { recursive: true, force: true });

if (bundle.gzip > BUDGET_GZIP) {
  console.error(`dist/quartier-widgets.js is ${bundle.gzip} bytes gzip, over the budget of ${BUDGET_GZIP} bytes.`);
  process.exit(1);
}
console.log(
  `Budget: ${bundle.gzip} of ${BUDGET_GZIP} bytes gzip used; the target of ${TARGET_GZIP} bytes is ` +
    (bundle.gzip <= TARGET_GZIP ? 'met.' : `missed by ${bundle.gzip - TARGET_GZIP} bytes.`),
);
