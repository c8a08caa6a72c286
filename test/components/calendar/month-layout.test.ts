import { expect } from '@open-wc/testing';
import { readTestFeed } from '../../helpers.js';
import { layoutMonth, placeEvent, SHOWN_LANES, type MonthLayout } from '../../../src/components/calendar/month-layout.js';
import type { Feed } from '../../../src/feed/schema.js';
import { monthWeeks } from '../../../src/time/calendar-month.js';
import { daysInMonth, formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from '../../../src/time/plain-date.js';

const iso = (epochDay: number) => formatIsoDate(fromEpochDay(epochDay));

const loadFeed = async () => readTestFeed(await (await fetch('/test/fixtures/calendar.json')).json());

function layout(feed: Feed, year: number, month: number, firstDay = 1): MonthLayout {
  const first = toEpochDay({ year, month, day: 1 });
  return layoutMonth(feed.events, feed, monthWeeks({ year, month }, firstDay), first, first + daysInMonth(year, month) - 1);
}

/** The days each event is listed on, as ISO dates. */
function daysOf(result: MonthLayout): Record<string, string[]> {
  const days: Record<string, string[]> = {};
  for (const [day, events] of [...result.byDay].sort((a, b) => a[0] - b[0])) {
    for (const placed of events) (days[placed.event.id] ??= []).push(iso(day));
  }
  return days;
}

describe('month layout', () => {
  let feed: Feed;
  before(async () => {
    feed = await loadFeed();
  });

  it('places every event on the days it covers in its own zone, within the grid', () => {
    const days = daysOf(layout(feed, 2017, 3));
    expect(days['konferenz']).to.deep.equal(['2017-03-20']);
    // All-day ends are inclusive.
    expect(days['fachtag']).to.deep.equal(['2017-03-08', '2017-03-09', '2017-03-10']);
    // On the neighbouring months' days the grid shows, too.
    expect(days['vorher']).to.deep.equal(['2017-02-27', '2017-02-28', '2017-03-01', '2017-03-02']);
    expect(days['woche']).to.deep.equal(['2017-03-27', '2017-03-28', '2017-03-29', '2017-03-30', '2017-03-31', '2017-04-01', '2017-04-02']);
    // In the spring-forward gap (02:30 does not exist in Berlin that night): still the 26th.
    expect(days['zeitumstellung']).to.deep.equal(['2017-03-26']);
    // 23:30 UTC on the 25th is 00:30 on the 26th in the feed's zone.
    expect(days['nachts-utc']).to.deep.equal(['2017-03-26']);
    // 21:00 in New York is 03:00 on 1 April in Berlin; the event's own zone decides.
    expect(days['new-york']).to.deep.equal(['2017-03-31']);
    // A timed end at midnight closes the day before.
    expect(days['mitternacht']).to.deep.equal(['2017-03-15']);
    expect(days['lange']!.length).to.equal(9);
    expect(days['herbst']).to.equal(undefined);
  });

  it('places events on the autumn change and across the year edge', () => {
    expect(daysOf(layout(feed, 2017, 10))['herbst']).to.deep.equal(['2017-10-29']);
    expect(daysOf(layout(feed, 2020, 12))['silvester']).to.deep.equal(['2020-12-31', '2021-01-01']);
    expect(daysOf(layout(feed, 2021, 1))['silvester']).to.deep.equal(['2020-12-31', '2021-01-01']);
  });

  it('draws multi-day events as pieces per week row that continue across rows and month edges', () => {
    const result = layout(feed, 2017, 3);
    const pieces = (id: string) =>
      result.weeks.flatMap((week) => {
        const found = new Set(week.lanes.flat().filter((segment) => segment?.placed.event.id === id));
        return [...found].map((s) => ({
          from: iso(week.days[s!.startColumn]!),
          span: s!.span,
          before: s!.continuesBefore,
          after: s!.continuesAfter,
        }));
      });
    expect(pieces('lange')).to.deep.equal([
      { from: '2017-03-13', span: 7, before: false, after: true },
      { from: '2017-03-20', span: 2, before: true, after: false },
    ]);
    // Split at the month's edge, so the neighbouring month's piece can be drawn dimmed with its own title.
    expect(pieces('vorher')).to.deep.equal([
      { from: '2017-02-27', span: 2, before: false, after: true },
      { from: '2017-03-01', span: 2, before: true, after: false },
    ]);
    expect(pieces('woche')).to.deep.equal([
      { from: '2017-03-27', span: 5, before: false, after: true },
      { from: '2017-04-01', span: 2, before: true, after: false },
    ]);
    // A piece keeps one lane on all its days, so the bar is straight.
    const week = result.weeks.find((w) => iso(w.days[0]!) === '2017-03-13')!;
    const lanes = week.lanes.map((column) => column.findIndex((s) => s?.placed.event.id === 'lange'));
    expect(new Set(lanes).size).to.equal(1);
  });

  it('shows at most the lanes that fit and counts the rest of a full day', () => {
    const result = layout(feed, 2017, 3);
    const week = result.weeks.find((w) => w.days.includes(toEpochDay(parseIsoDate('2017-03-22'))))!;
    const column = week.days.indexOf(toEpochDay(parseIsoDate('2017-03-22')));
    const shown = week.lanes[column]!.filter(Boolean).length;
    expect(shown).to.equal(SHOWN_LANES);
    expect(week.hidden[column]).to.equal(5 - shown);
    expect(result.byDay.get(toEpochDay(parseIsoDate('2017-03-22')))!.map((p) => p.event.id)).to.deep.equal([
      'voll-1',
      'voll-2',
      'voll-3',
      'voll-4',
      'voll-5',
    ]);
  });

  it('stays one pass: 5,000 events on one day keep the shown lanes and count the rest', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...feed.events[0]!,
      id: `e${i}`,
      start: `2017-03-20T${String(i % 24).padStart(2, '0')}:00`,
      end: undefined,
    }));
    const first = toEpochDay({ year: 2017, month: 3, day: 1 });
    const result = layoutMonth(many, feed, monthWeeks({ year: 2017, month: 3 }, 1), first, first + 30);
    expect(result.events.length).to.equal(5000);
    const week = result.weeks[3]!;
    expect(week.hidden[0]).to.equal(5000 - SHOWN_LANES);
  });

  it('reads the start time in the event\'s zone', () => {
    const placed = placeEvent(feed.events.find((e) => e.id === 'nachts-utc')!, feed)!;
    expect(placed.startTime).to.include({ hour: 0, minute: 30 });
    expect(placeEvent(feed.events.find((e) => e.id === 'fachtag')!, feed)!.startTime).to.equal(undefined);
  });
});
