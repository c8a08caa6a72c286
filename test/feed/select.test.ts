import { expect } from '@open-wc/testing';
import { readTestFeed } from '../helpers.js';
import { callTiming, deadlineState, nextCall, programmeState } from '../../src/feed/select.js';
import type { Feed } from '../../src/feed/schema.js';


const feed = readTestFeed({
  version: 1,
  calls: [
    { id: 'a', title: 'A', opens: '2015-09-01', deadline: '2015-10-19' },
    { id: 'b', title: 'B', deadline: '2015-10-30T12:00', timeZone: 'America/New_York' },
  ],
  programmes: [{ id: 'p', name: 'P', start: '2017-01-01', end: '2020-12-31' }],
});
const [a, b] = feed.calls as [Feed['calls'][0], Feed['calls'][0]];
const at = Date.parse;

describe('call timing and state', () => {
  it('opens at the start of a date and closes at the end of the deadline day, in the call\'s zone', () => {
    expect(callTiming(a, feed)).to.deep.equal({
      opens: at('2015-08-31T22:00:00Z'),
      deadline: at('2015-10-19T21:59:59.999Z'),
      timeZone: 'Europe/Berlin',
      type: 'fixed',
    });
    expect(callTiming(b, feed).deadline).to.equal(at('2015-10-30T16:00:00Z'));
  });

  it('is upcoming, open, closing soon by calendar days, then expired', () => {
    const timing = callTiming(a, feed);
    expect(deadlineState(timing, at('2015-08-31T21:59:59Z'))).to.equal('upcoming');
    expect(deadlineState(timing, at('2015-08-31T22:00:00Z'))).to.equal('open');
    // 12 Oct 23:59 Berlin: 7 days and a minute left; at midnight 6 days, 23:59 h.
    expect(deadlineState(timing, at('2015-10-12T21:59:00Z'))).to.equal('open');
    expect(deadlineState(timing, at('2015-10-12T22:00:00Z'))).to.equal('soon');
    expect(deadlineState(timing, at('2015-10-12T22:00:00Z'), 0)).to.equal('open');
    expect(deadlineState(timing, at('2015-10-19T21:59:59.999Z'))).to.equal('soon');
    expect(deadlineState(timing, at('2015-10-19T22:00:00Z'))).to.equal('expired');
  });

  it('picks the open call that closes first, else the one that opens next', () => {
    expect(nextCall(feed, at('2015-08-15T00:00:00Z'))?.id).to.equal('b');
    expect(nextCall(feed, at('2015-09-15T00:00:00Z'))?.id).to.equal('a');
    expect(nextCall(feed, at('2015-11-01T00:00:00Z'))).to.equal(undefined);
    const onlyA = readTestFeed({ version: 1, calls: [{ id: 'a', title: 'A', opens: '2015-09-01', deadline: '2015-10-19' }] });
    expect(nextCall(onlyA, at('2015-08-15T00:00:00Z'))?.id).to.equal('a');
  });
});

describe('programmeState', () => {
  it('follows the programme\'s inclusive dates in the feed\'s zone', () => {
    const [p] = feed.programmes as [Feed['programmes'][0]];
    expect(programmeState(p, feed, at('2016-12-31T22:59:59Z'))).to.equal('upcoming');
    expect(programmeState(p, feed, at('2016-12-31T23:00:00Z'))).to.equal('running');
    expect(programmeState(p, feed, at('2020-12-31T22:59:59Z'))).to.equal('running');
    expect(programmeState(p, feed, at('2020-12-31T23:00:00Z'))).to.equal('ended');
    expect(programmeState({ id: 'x', name: 'X' }, feed, 0)).to.equal(undefined);
  });
});
