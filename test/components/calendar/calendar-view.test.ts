// The calendar's view model, without a page or a server: month clamping, the first day of
// the week, where a key leads, part names, and what lies in the shown month.
import { expect } from '@open-wc/testing';
import {
  clampMonth,
  compactTime,
  eventParts,
  isInViewMonth,
  keyTarget,
  monthAllowed,
  monthName,
  monthView,
  parseFirstDay,
  weekStart,
} from '../../../src/components/calendar/calendar-view.js';
import { partName } from '../../../src/internal/part-name.js';
import { formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from '../../../src/time/plain-date.js';
import { readTestFeed } from '../../helpers.js';

const day = (iso: string) => toEpochDay(parseIsoDate(iso));
const iso = (epochDay: number | undefined) => (epochDay === undefined ? undefined : formatIsoDate(fromEpochDay(epochDay)));
const march = { year: 2017, month: 3 };

const feed = readTestFeed({
  version: 1,
  events: [
    { id: 'a', title: 'Auftakt', start: '2017-03-20T10:00', end: '2017-03-20T12:00', tags: ['Soziale Stadt'] },
    { id: 'b', title: 'Woche', start: '2017-03-30', end: '2017-04-02', programmeId: 'Städtebau' },
    { id: 'c', title: 'April', start: '2017-04-10T09:00', status: 'cancelled' },
  ],
});

describe('calendar view model', () => {
  it('clamps a month into min … max and says which months a visitor may reach', () => {
    const min = { year: 2017, month: 1 };
    const max = { year: 2017, month: 6 };
    expect(clampMonth({ year: 2016, month: 12 }, min, max)).to.deep.equal(min);
    expect(clampMonth({ year: 2017, month: 7 }, min, max)).to.deep.equal(max);
    expect(clampMonth(march, min, max)).to.deep.equal(march);
    expect(clampMonth(march, undefined, undefined)).to.deep.equal(march);
    expect(monthAllowed({ year: 2017, month: 7 }, min, max)).to.equal(false);
    expect(monthAllowed({ year: 2017, month: 6 }, min, max)).to.equal(true);
  });

  it('reads first-day as a weekday name or ISO number, and falls back to the language', () => {
    expect(parseFirstDay('monday')).to.equal(1);
    expect(parseFirstDay(' Sunday ')).to.equal(7);
    expect(parseFirstDay('6')).to.equal(6);
    expect(parseFirstDay(undefined)).to.equal(undefined);
    expect(parseFirstDay('')).to.equal(undefined);
    expect(Number.isNaN(parseFirstDay('8'))).to.equal(true);
    expect(Number.isNaN(parseFirstDay('montag'))).to.equal(true);
    expect(weekStart(parseFirstDay('montag'), 'en-US')).to.equal(7);
    expect(weekStart(parseFirstDay('tuesday'), 'en-US')).to.equal(2);
    expect(weekStart(undefined, 'de')).to.equal(1);
  });

  it('leads each key to its day, flipping the arrows right to left', () => {
    const wednesday = day('2017-03-22');
    const at = (key: string, shift = false, rtl = false) => iso(keyTarget(key, shift, wednesday, 1, rtl));
    expect(at('ArrowRight')).to.equal('2017-03-23');
    expect(at('ArrowRight', false, true)).to.equal('2017-03-21');
    expect(at('ArrowLeft')).to.equal('2017-03-21');
    expect(at('ArrowDown')).to.equal('2017-03-29');
    expect(at('ArrowUp')).to.equal('2017-03-15');
    expect(at('Home')).to.equal('2017-03-20');
    expect(at('End')).to.equal('2017-03-26');
    expect(at('PageDown')).to.equal('2017-04-22');
    expect(at('PageUp', true)).to.equal('2016-03-22');
    expect(at('Tab')).to.equal(undefined);
    // Sunday-first rows: Home from a Wednesday is the Sunday before.
    expect(iso(keyTarget('Home', false, wednesday, 7, false))).to.equal('2017-03-19');
    // A month away from the 31st lands on the last day of a shorter month.
    expect(iso(keyTarget('PageDown', false, day('2017-01-31'), 1, false))).to.equal('2017-02-28');
  });

  it('names parts after tags and programmes, lower-case with dashes', () => {
    expect(partName('Soziale Stadt')).to.equal('soziale-stadt');
    expect(partName('Städtebau & Wohnen!')).to.equal('stadtebau-wohnen');
    expect(eventParts(feed.events[0]!)).to.equal('event tag-soziale-stadt');
    expect(eventParts(feed.events[1]!)).to.equal('event programme-stadtebau');
    expect(eventParts(feed.events[2]!)).to.equal('event event-cancelled');
  });

  it('holds the shown month, its rows, today and the active day', () => {
    const base = { feed, events: feed.events, min: undefined, max: undefined, firstDay: 1, now: 0, locale: 'de' };
    const view = monthView({ ...base, month: march, today: day('2017-03-20'), activeDay: undefined });
    expect(iso(view.monthFirst)).to.equal('2017-03-01');
    expect(iso(view.monthLast)).to.equal('2017-03-31');
    expect(view.weeks.length).to.equal(5);
    expect(iso(view.weeks[0]![0])).to.equal('2017-02-27');
    expect(iso(view.active)).to.equal('2017-03-20');
    expect(view.layout.events.map((placed) => placed.event.id)).to.deep.equal(['a', 'b']);
    expect(isInViewMonth(view, day('2017-02-28'))).to.equal(false);
    expect(isInViewMonth(view, day('2017-03-31'))).to.equal(true);
    expect(view.spanText(view.layout.events[1]!)).to.match(/30\. März.*2\. April/);
    expect(view.spanText(view.layout.events[0]!)).to.equal(undefined);
    expect(monthName(view.month, 'de')).to.equal('März 2017');
    // Today outside the month: the first of the month holds the tab stop; an active day in it wins.
    const april = monthView({ ...base, month: { year: 2017, month: 4 }, today: day('2017-03-20'), activeDay: undefined });
    expect(iso(april.active)).to.equal('2017-04-01');
    const chosen = monthView({ ...base, month: march, today: day('2017-03-20'), activeDay: day('2017-03-05') });
    expect(iso(chosen.active)).to.equal('2017-03-05');
    // Without a month: the month of today.
    expect(monthView({ ...base, month: undefined, today: day('2017-04-02'), activeDay: undefined }).month).to.deep.equal({ year: 2017, month: 4 });
  });

  it('reuses the layout while the month, the rows and the events are the same', () => {
    const base = { feed, events: feed.events, min: undefined, max: undefined, now: 0, today: day('2017-03-20'), activeDay: undefined, locale: 'de' };
    const first = monthView({ ...base, month: march, firstDay: 1 });
    expect(monthView({ ...base, month: march, firstDay: 1, previous: first }).layout).to.equal(first.layout);
    expect(monthView({ ...base, month: march, firstDay: 7, previous: first }).layout).not.to.equal(first.layout);
    expect(monthView({ ...base, month: march, firstDay: 1, events: [...feed.events], previous: first }).layout).not.to.equal(first.layout);
  });

  it('writes a bar\'s start time short: the minutes only where not zero, a one-letter day period', () => {
    const short = (locale: string, hour: number, minute: number) =>
      compactTime(new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }), hour, minute);
    expect([short('de', 9, 0), short('de', 9, 30), short('de', 21, 0), short('de', 0, 5)]).to.deep.equal(['9', '9:30', '21', '0:05']);
    expect([short('en-US', 9, 0), short('en-US', 9, 30), short('en-US', 21, 0)]).to.deep.equal(['9a', '9:30a', '9p']);
    expect(short('ar', 21, 0)).to.equal('9 م');
  });
});
