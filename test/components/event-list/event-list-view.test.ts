import { expect } from '@open-wc/testing';
import { groupByDay, upcomingEvents } from '../../../src/components/event-list/event-list-view.js';
import { foldText } from '../../../src/feed/filter.js';
import type { FeedEvent } from '../../../src/feed/schema.js';
import { readTestFeed } from '../../helpers.js';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const feed = readTestFeed({
  version: 1,
  timeZone: 'Europe/Berlin',
  events: [
    { id: 'ends-now', title: 'a', start: '2017-03-20T08:00', end: '2017-03-20T09:00' },
    { id: 'ended', title: 'b', start: '2017-03-20T08:00', end: '2017-03-20T08:59' },
    { id: 'moment', title: 'c', start: '2017-03-20T09:00' },
    { id: 'yesterday-all-day', title: 'd', start: '2017-03-19' },
    { id: 'running', title: 'e', start: '2017-03-18', end: '2017-03-21' },
    { id: 'new-york-evening', title: 'f', start: '2017-03-20T20:00', timeZone: 'America/New_York' },
    { id: 'tomorrow-all-day', title: 'g', start: '2017-03-21', location: { city: 'Münster' } },
    { id: 'far', title: 'h', start: '2017-06-20T10:00', status: 'cancelled', location: { city: 'Köln' } },
  ],
  calls: [],
  programmes: [],
});
const now = Date.UTC(2017, 2, 20, 8, 0); // 09:00 in Berlin
const ids = (events: { placed: { event: FeedEvent } }[]) => events.map((listed) => listed.placed.event.id);
const input = { feed, events: feed.events, now, today: day('2017-03-20') };

describe('the event list view', () => {
  it('keeps what is not over at now, each under its first day or today, earlier-begun first, then by time', () => {
    const listed = upcomingEvents(input);
    expect(ids(listed)).to.deep.equal(['running', 'ends-now', 'moment', 'new-york-evening', 'tomorrow-all-day', 'far']);
    expect(listed[0]!.day).to.equal(day('2017-03-20'));
    // 20:00 in New York is listed on its own day there (the 20th), as the calendar places it.
    expect(listed[3]!.day).to.equal(day('2017-03-20'));
    expect(groupByDay(listed).map((group) => group.events.length)).to.deep.equal([4, 1, 1]);
  });

  it('keeps to the window of days, leaves cancelled events out when asked, and filters by city without case or accents', () => {
    expect(ids(upcomingEvents({ ...input, days: 1 }))).to.deep.equal(['running', 'ends-now', 'moment', 'new-york-evening']);
    expect(ids(upcomingEvents({ ...input, hideCancelled: true }))).not.to.include('far');
    expect(ids(upcomingEvents({ ...input, place: 'MUNSTER' }))).to.deep.equal(['tomorrow-all-day']);
    expect(ids(upcomingEvents({ ...input, place: 'koln, münster' }))).to.deep.equal(['tomorrow-all-day', 'far']);
  });

  it('folds text for comparison: case, accents and ß', () => {
    expect(foldText('Münster')).to.equal(foldText('MUNSTER'));
    expect(foldText('Straße')).to.equal('strasse');
    expect(foldText(' Çağlayan Şişli ')).to.equal('caglayan sisli');
    expect(foldText('Münster')).not.to.equal(foldText('Minster'));
  });
});
