// Seeded fuzzing: 1,200 mutations of the sample feed (wrong types, deletions, duplicates,
// strings in right-to-left scripts, combining marks, emoji, NUL and lone surrogates, script
// payloads, impossible dates, deep junk) through every widget in the browser, each feed served
// over HTTP. Any uncaught error, executed payload or widget that never settles fails the test
// and names the seed that reproduces the case. The cases run in four test files (fuzz-*.test.ts)
// of 300 each, so no file nears the runner's limit per file on a busy machine.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { readFeed } from '../../src/feed/read-feed.js';
import { installScriptTrap, XSS_PAYLOADS } from './xss-payloads.js';
import { seededRandom as generator } from '../seeded-random.js';

const BASE_SEED = 20_261_121;
/** All cases, split in equal ranges over the fuzz-*.test.ts files. */
export const CASES = 1_200;
const BATCH = 60;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const STRINGS = [
  '',
  '   ',
  'مرحبا بكم في الحي',
  'שלום עולם',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308',
  'Z̸̢̛̖̰͎̓a̷̛̯͒l̵̡͚̈́g̸̰̀o̴̳͒',
  '👩‍👩‍👧‍👦🏳️‍🌈🇩🇪',
  'NUL\u0000im Text',
  'lone \ud800 surrogate',
  '\u202eRTL override\u202c',
  'zero\u200bwidth\u200dspace',
  'x'.repeat(5_000),
  '2017-02-30',
  '275760-09-13',
  '0000-01-01T00:00',
  '2017-03-26T02:30',
  '2017-10-29T02:30+01:00',
  'Europe/Atlantis',
  'https://example.org/ok',
  'mailto:info@example.org',
];

function randomValue(random: () => number, depth = 0): Json {
  const pick = random();
  if (pick < 0.3) return random() < 0.3 ? XSS_PAYLOADS[Math.floor(random() * XSS_PAYLOADS.length)]! : STRINGS[Math.floor(random() * STRINGS.length)]!;
  if (pick < 0.45) return [0, -1, 1e308, -0, 0.5, 2 ** 53 + 1, NaN, Infinity][Math.floor(random() * 8)]! as number;
  if (pick < 0.55) return random() < 0.5;
  if (pick < 0.65) return null;
  if (pick < 0.8 && depth < 3) return [randomValue(random, depth + 1), randomValue(random, depth + 1)];
  if (depth < 3) return { [STRINGS[Math.floor(random() * 4)]! || 'k']: randomValue(random, depth + 1) };
  return 'tief';
}

function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const inner = Array.isArray(value) ? value.map((v, i) => paths(v, [...prefix, i])) : Object.entries(value).map(([k, v]) => paths(v, [...prefix, k]));
  return [prefix, ...inner.flat()];
}

/** One mutation at a random place of the feed. */
function mutate(feed: Json, random: () => number) {
  const all = paths(feed).filter((p) => p.length > 0);
  const path = all[Math.floor(random() * all.length)]!;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, feed) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const op = random();
  if (op < 0.35) parent[key] = randomValue(random);
  else if (op < 0.5) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (op < 0.6 && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]!));
  else if (op < 0.7) parent[`unbekannt-${Math.floor(random() * 100)}`] = randomValue(random);
  else if (op < 0.8) {
    let junk: Json = 'Grund';
    for (let i = 0; i < 200; i++) junk = random() < 0.5 ? [junk] : { j: junk };
    parent[key] = junk;
  } else parent[key] = STRINGS[Math.floor(random() * STRINGS.length)]!;
}

let sample: Json;
async function fuzzedFeed(seed: number): Promise<Json> {
  sample ??= await (await fetch('/demo/sample-feed.json')).json();
  const random = generator(seed);
  const feed = structuredClone(sample);
  const count = 1 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) mutate(feed, random);
  if (random() < 0.05) return random() < 0.5 ? [] : 'kein Feed';
  return feed;
}

const settledPart = (el: Element) => el.shadowRoot?.querySelector('[part~="base"], [part~="empty"], [part~="error"]');

/** The cases `first` to `last` (inclusive), read and then rendered in batches. */
export function describeFuzzing(first: number, last: number) {
  describe(`fuzzing: mutated feeds ${first}–${last} of ${CASES} through every widget`, function () {
    this.timeout(240_000);
    let executed: unknown[][] = [];
    const uncaught: unknown[] = [];
    const saved = { warn: console.warn, error: console.error };
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

    before(() => {
      executed = installScriptTrap();
      // Thousands of skipped items would flood the test log; the reports are tested elsewhere.
      console.warn = console.error = () => undefined;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    after(() => {
      console.warn = saved.warn;
      console.error = saved.error;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    it('reads every case without throwing', async () => {
      for (let i = first; i <= last; i++) {
        const seed = BASE_SEED + i;
        const feed = await fuzzedFeed(seed);
        expect(() => readFeed(feed), `seed ${seed}`).not.to.throw();
      }
    });

    for (let start = first; start <= last; start += BATCH) {
      it(`renders cases ${start}–${start + BATCH - 1} in all five widgets`, async () => {
        const seeds = Array.from({ length: BATCH }, (_, i) => BASE_SEED + start + i);
        const urls = await Promise.all(
          seeds.map(async (seed) => {
            const url = `/api/stored?key=fuzz-${seed}`;
            await fetch(url, { method: 'POST', body: JSON.stringify(await fuzzedFeed(seed)) });
            return url;
          }),
        );
        const page = await fixture<HTMLElement>(html`<div>
          ${urls.map(
            (url) => html`<div>
              <qw-event-card feed=${url} now="2015-10-01"></qw-event-card>
              <qw-deadline-countdown feed=${url} now="2015-10-07"></qw-deadline-countdown>
              <qw-programme-summary feed=${url} programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>
              <qw-calendar feed=${url} month="2015-10" now="2015-10-19" show-subscribe></qw-calendar>
              <qw-event-list feed=${url} now="2015-10-01" show-subscribe></qw-event-list>
            </div>`,
          )}
        </div>`);
        const deadline = performance.now() + 20_000;
        const unsettled = () => [...page.children].flatMap((group, i) => [...group.children].filter((w) => !settledPart(w)).map((w) => `seed ${seeds[i]}: <${w.localName}>`));
        while (unsettled().length && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unsettled(), 'widgets that never settled').to.deep.equal([]);
        // Most mutations leave most items valid: the cases reach the widgets' content, not only their error states.
        const withContent = [...page.querySelectorAll('*')].filter((w) => w.shadowRoot?.querySelector('[part~="base"]')).length;
        expect(withContent).to.be.greaterThan(BATCH * 2);
        expect(executed, `a payload ran in seeds ${seeds[0]}–${seeds[seeds.length - 1]}`).to.deep.equal([]);
        expect(uncaught.map(String), `uncaught in seeds ${seeds[0]}–${seeds[seeds.length - 1]}`).to.deep.equal([]);
      });
    }
  });
}
