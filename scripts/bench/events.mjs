// The benchmark's events, the same in Node (the server's feeds) and in the pages: a seeded
// generator, so every run and every renderer sees the same feed.

const TAGS = ['Integration', 'Wohnen', 'Klima', 'Beteiligung'];
const pad = (n) => String(n).padStart(2, '0');
export const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (`2017-03-01`, or the date part of a date-time). */
export const epochDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/** The month every calendar shows. */
export const SHOWN_MONTH = '2017-03';

/**
 * N events spread evenly over the days from `from` to `to` (ISO dates, both included),
 * 55 % timed, 25 % all-day, 20 % over several days; by default all in the shown month.
 */
export function makeEvents(n, { from = '2017-03-01', to = '2017-03-31', seed = 42 } = {}) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const first = epochDay(from);
  const days = epochDay(to) - first + 1;
  const events = [];
  for (let i = 0; i < n; i++) {
    const kind = random();
    const day = first + Math.floor(random() * days);
    const date = isoDay(day);
    // The fields a municipal feed carries for each event (our reader checks and resolves them too).
    const event = {
      id: `e${i}`,
      title: `Termin ${i} im Quartier`,
      description: 'Austausch zu Beteiligung, Wohnen und Nachbarschaft im Stadtteil.',
      location: { name: 'Stadtteilzentrum', address: 'Friedensplatz 1', postalCode: '44135', city: 'Dortmund' },
      url: `https://www.example.org/termine/${i}`,
      tags: [TAGS[i % TAGS.length]],
    };
    if (kind < 0.55) {
      const hour = 8 + Math.floor(random() * 12);
      Object.assign(event, { start: `${date}T${pad(hour)}:00`, end: `${date}T${pad(hour + 1)}:30` });
    } else if (kind < 0.8) {
      event.start = date;
    } else {
      Object.assign(event, { start: date, end: isoDay(day + 1 + Math.floor(random() * 4)) });
    }
    events.push(event);
  }
  return events;
}

/** A feed v1 document of `events`, as the server sends it. */
export const feedText = (events) => JSON.stringify({ version: 1, timeZone: 'Europe/Berlin', events });

/** An event of the feed as FullCalendar takes it. */
export function toFullCalendar(event) {
  const allDay = event.start.length === 10;
  // FullCalendar's all-day end is exclusive, like iCalendar's; the feed's is the last day.
  const end = allDay && event.end ? isoDay(epochDay(event.end) + 1) : event.end;
  return { id: event.id, title: event.title, start: event.start, end, allDay };
}
