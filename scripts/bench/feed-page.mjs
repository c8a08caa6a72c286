// Group 2: JSON.parse alone against parse + validation (the widgets' readFeedText) for
// feeds of N items, in the browser that runs the widgets.
import { readFeedText } from '/dist/bench/feed-entry.js';

const pad = (n) => String(n).padStart(2, '0');

/** A feed of n items: 80% events, 15% calls, 5% programmes, every kind of field in use. */
function feedText(n) {
  const events = [];
  const calls = [];
  const programmes = [];
  for (let i = 0; i < n; i++) {
    const day = `2017-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;
    if (i % 20 < 16) {
      events.push({
        id: `event-${i}`,
        title: `Fachtag ${i}: Integration im Quartier`,
        description: 'Austausch zu Beteiligung, Wohnen und Nachbarschaft im Stadtteil.',
        start: `${day}T10:00`,
        end: `${day}T16:30`,
        location: { name: 'Rathaus', address: 'Friedensplatz 1', postalCode: '44135', city: 'Dortmund' },
        organizer: { name: 'Difu', email: 'info@difu.de' },
        url: `https://www.example.org/termine/${i}`,
        tags: ['Integration', 'Beteiligung'],
      });
    } else if (i % 20 < 19) {
      calls.push({ id: `call-${i}`, title: `Aufruf ${i}`, deadline: day, funders: ['BMUB'], url: 'https://www.example.org/aufruf' });
    } else {
      programmes.push({ id: `programme-${i}`, name: `Programm ${i}`, budget: { amount: 300_000_000, currency: 'EUR', period: 'year' }, start: '2017-01-01', end: '2020-12-31' });
    }
  }
  return JSON.stringify({ version: 1, timeZone: 'Europe/Berlin', events, calls, programmes });
}

window.runFeedBench = ({ sizes, runs, warmup }) => {
  const results = {};
  for (const n of sizes) {
    const text = feedText(n);
    const times = { 'JSON.parse': [], 'parse + validation': [] };
    for (let run = 0; run < warmup + runs; run++) {
      // Interleaved, so drift on a shared machine hits both alike.
      let start = performance.now();
      JSON.parse(text);
      const parse = performance.now() - start;
      start = performance.now();
      const result = readFeedText(text, 'https://www.example.org/feed.json');
      const read = performance.now() - start;
      if (!result.ok || result.issues.length > 0) throw new Error('the benchmark feed must be valid');
      if (run >= warmup) {
        times['JSON.parse'].push(parse);
        times['parse + validation'].push(read);
      }
    }
    results[n] = { bytes: text.length, times };
  }
  return results;
};
window.benchReady = true;
