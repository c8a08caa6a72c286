import { expect } from '@open-wc/testing';
import { readFeed } from '../../src/feed/read-feed.js';
import { callMoment, callSchedule } from '../../src/feed/call-deadlines.js';
import { callTiming, deadlineState, nextCall } from '../../src/feed/select.js';
import type { Feed, FeedCall } from '../../src/feed/schema.js';
import { readTestFeed } from '../helpers.js';

const at = Date.parse;
const read = (calls: unknown[], programmes: unknown[] = []) => {
  const result = readFeed({ version: 1, timeZone: 'Europe/Berlin', calls, programmes });
  if (!result.ok) throw new Error(result.message);
  return result;
};
const issue = (result: ReturnType<typeof read>, path: string) => result.issues.find((i) => i.path === path);

describe('kinds of deadline in the feed', () => {
  it('reads a rolling call without a deadline, and skips a fixed one without any date', () => {
    const result = read([
      { id: 'laufend', title: 'Laufend', deadlineType: 'rolling' },
      { id: 'fest', title: 'Fest', deadlineType: 'fixed' },
      { id: 'mittel', title: 'Solange Mittel reichen', deadlineType: 'until-funds-exhausted' },
    ]);
    expect(result.feed.calls.map((call) => call.id)).to.deep.equal(['laufend', 'mittel']);
    expect(issue(result, 'calls[1]')).to.include({ action: 'item-skipped', field: 'calls[1].deadline' });
  });

  it('drops an unknown deadline type and receipt, and then needs a deadline as before', () => {
    const result = read([
      { id: 'a', title: 'A', deadlineType: 'laufend', receipt: 'fax', deadline: '2026-03-31' },
      { id: 'b', title: 'B', deadlineType: 'laufend' },
    ]);
    expect(result.feed.calls.map((call) => call.id)).to.deep.equal(['a']);
    expect(result.feed.calls[0]).not.to.have.property('deadlineType');
    expect(issue(result, 'calls[0].deadlineType')?.message).to.equal("'laufend' is not allowed; use fixed, rolling, until-funds-exhausted");
    expect(issue(result, 'calls[0].receipt')?.action).to.equal('field-dropped');
    expect(issue(result, 'calls[1]')?.action).to.equal('item-skipped');
  });

  it('skips a call whose deadline is not a date, whatever its type (older readers needed it)', () => {
    const result = read([{ id: 'x', title: 'X', deadlineType: 'until-funds-exhausted', deadline: '31.03.2026' }]);
    expect(result.feed.calls).to.deep.equal([]);
    expect(result.issues[0]).to.include({ action: 'item-skipped', field: 'calls[0].deadline' });
    expect(result.issues[0]!.message).to.contain('write 2026-03-31');
  });

  it('reads stages in order, drops a stage without a title, and skips stages out of order or opening after their deadline', () => {
    const result = read([
      {
        id: 'stufen',
        title: 'S',
        stages: [
          { title: 'Interessenbekundung', deadline: '2026-03-31' },
          { deadline: '2026-05-01' },
          { title: 'Vollantrag', opens: '2026-05-01', deadline: '2026-06-30T12:00' },
        ],
      },
      { id: 'verdreht', title: 'V', stages: [{ title: 'Eins', deadline: '2026-06-30' }, { title: 'Zwei', deadline: '2026-03-31' }] },
      { id: 'zu-spaet', title: 'Z', stages: [{ title: 'Eins', opens: '2026-04-01', deadline: '2026-03-31' }] },
      { id: 'unmoeglich', title: 'U', stages: [{ title: 'Eins', deadline: '2026-02-30' }] },
    ]);
    expect(result.feed.calls.map((call) => call.id)).to.deep.equal(['stufen']);
    expect(result.feed.calls[0]!.stages!.map((stage) => stage.title)).to.deep.equal(['Interessenbekundung', 'Vollantrag']);
    expect(issue(result, 'calls[0].stages[1].title')?.action).to.equal('field-dropped');
    expect(issue(result, 'calls[1]')?.message).to.equal("calls[1].stages[1].deadline: '2026-03-31' is before the previous stage's deadline '2026-06-30'");
    expect(issue(result, 'calls[2]')?.message).to.equal("calls[2].stages[0].opens: '2026-04-01' is after its deadline '2026-03-31'");
    expect(issue(result, 'calls[3]')).to.include({ action: 'item-skipped', field: 'calls[3].stages[0].deadline' });
  });

  it('skips a call that opens after its first deadline, and a round that is not a date is dropped', () => {
    const result = read([
      { id: 'a', title: 'A', opens: '2026-04-01', rounds: ['2026-03-31', '2026-09-30'] },
      { id: 'b', title: 'B', rounds: ['2026-03-31', '30.09.2026'] },
    ]);
    expect(result.feed.calls.map((call) => call.id)).to.deep.equal(['b']);
    expect(issue(result, 'calls[0]')?.message).to.equal("calls[0].opens: '2026-04-01' is after deadline '2026-03-31'");
    expect(issue(result, 'calls[1].rounds[1]')?.action).to.equal('field-dropped');
    expect(result.feed.calls[0]!.rounds).to.deep.equal(['2026-03-31']);
  });
});

describe('funding facts in the feed', () => {
  it('keeps valid facts on calls and programmes, drops invalid ones and keeps the item', () => {
    const facts = {
      fundingType: ['grant', 'credit'],
      fundingRate: { max: 90 },
      amount: { min: 10000, max: 250000, currency: 'EUR' },
      applicants: ['municipality', 'verein'],
      population: { min: 10000, max: 50000 },
      regions: ['DE', 'DE-NW', 'Bayern'],
      legalBasis: { title: 'Förderrichtlinie', url: '/richtlinie' },
      applicationUrl: 'https://antrag.example.org/',
    };
    const result = read([{ id: 'c', title: 'C', deadline: '2026-03-31', ...facts }], [{ id: 'p', name: 'P', ...facts }]);
    for (const item of [result.feed.calls[0]!, result.feed.programmes[0]!]) {
      expect(item.fundingType).to.deep.equal(['grant']);
      expect(item.fundingRate).to.deep.equal({ max: 90 });
      expect(item.amount).to.deep.equal({ min: 10000, max: 250000, currency: 'EUR' });
      expect(item.applicants).to.deep.equal(['municipality']);
      expect(item.population).to.deep.equal({ min: 10000, max: 50000 });
      expect(item.regions).to.deep.equal(['DE', 'DE-NW']);
      expect(item.applicationUrl).to.equal('https://antrag.example.org/');
    }
    expect(issue(result, 'calls[0].fundingType[1]')?.message).to.equal("'credit' is not allowed; use grant, loan, guarantee, equity, prize, advice");
    expect(issue(result, 'programmes[0].regions[2]')?.message).to.contain('is not an ISO 3166-2 code');
  });

  it('drops a rate outside 0–100, a range whose min exceeds its max, and an amount without currency', () => {
    const result = read([
      {
        id: 'c',
        title: 'C',
        deadline: '2026-03-31',
        fundingRate: { min: 50, max: 120 },
        population: { min: 50000, max: 10000 },
        amount: { max: 5000 },
        legalBasis: { url: 'https://example.org' },
      },
    ]);
    const [call] = result.feed.calls;
    expect(call!.fundingRate).to.deep.equal({ min: 50 });
    expect(issue(result, 'calls[0].fundingRate.max')?.message).to.equal("'120' is not a percentage from 0 to 100");
    expect(call).not.to.have.property('population');
    expect(issue(result, 'calls[0].population')?.message).to.equal('min 50000 is more than max 10000');
    expect(call).not.to.have.property('amount');
    expect(issue(result, 'calls[0].amount.currency')?.message).to.equal('is missing');
    expect(call).not.to.have.property('legalBasis');
  });
});

describe('a call\'s deadlines as instants', () => {
  const feed = readTestFeed({
    version: 1,
    calls: [
      {
        id: 'stufen',
        title: 'Stufen',
        opens: '2026-03-01',
        timeZone: 'America/New_York',
        stages: [
          { title: 'Skizze', deadline: '2026-03-31' },
          { title: 'Antrag', opens: '2026-05-01', deadline: '2026-06-30T12:00' },
        ],
      },
      { id: 'runden', title: 'Runden', rounds: ['2026-09-30', '2026-03-31T14:00+02:00'], deadline: '2026-09-30' },
      { id: 'laufend', title: 'Laufend', deadlineType: 'rolling', deadline: '2026-01-01' },
      { id: 'mittel', title: 'Mittel', deadlineType: 'until-funds-exhausted' },
    ],
  });
  const [stages, rounds, rolling, funds] = feed.calls as [FeedCall, FeedCall, FeedCall, FeedCall];

  it('ends a date-only stage deadline at the end of that day in the call\'s zone', () => {
    const schedule = callSchedule(stages, feed.timeZone);
    expect(schedule.kind).to.equal('stages');
    expect(schedule.deadlines.map((d) => d.end)).to.deep.equal([at('2026-04-01T03:59:59.999Z'), at('2026-06-30T16:00:00Z')]);
    // Stage 1 counts until its end; then stage 2, which opens on 1 May.
    expect(callMoment(schedule, at('2026-04-01T03:59:59.999Z'))).to.include({ index: 0, opens: at('2026-03-01T05:00:00Z') });
    const second = callMoment(schedule, at('2026-04-01T04:00:00Z'));
    expect(second).to.include({ index: 1, opens: at('2026-05-01T04:00:00Z'), opensValue: '2026-05-01' });
    expect(second.following).to.equal(undefined);
    expect(deadlineState(callTiming(stages, feed, at('2026-04-15T00:00:00Z')), at('2026-04-15T00:00:00Z'))).to.equal('upcoming');
    expect(callMoment(schedule, at('2026-07-01T00:00:00Z')).index).to.equal(2);
    expect(deadlineState(callTiming(stages, feed, at('2026-07-01T00:00:00Z')), at('2026-07-01T00:00:00Z'))).to.equal('expired');
  });

  it('sorts rounds, counts the `deadline` as one of them once, and moves to the next round after one passes', () => {
    const schedule = callSchedule(rounds, feed.timeZone);
    expect(schedule.deadlines.map((d) => d.value)).to.deep.equal(['2026-03-31T14:00+02:00', '2026-09-30']);
    expect(callTiming(rounds, feed, at('2026-03-31T12:00:00Z')).deadline).to.equal(at('2026-03-31T12:00:00Z'));
    expect(callTiming(rounds, feed, at('2026-03-31T12:00:00.001Z')).deadline).to.equal(at('2026-09-30T21:59:59.999Z'));
  });

  it('has no deadline when rolling, and is open until funds run out without one', () => {
    const now = at('2030-01-01T00:00:00Z');
    expect(callTiming(rolling, feed, now)).to.include({ deadline: undefined, type: 'rolling' });
    expect(deadlineState(callTiming(rolling, feed, now), now)).to.equal('rolling');
    expect(deadlineState(callTiming(funds, feed, now), now)).to.equal('open');
  });

  it('picks the open call with the next date first, then open calls without one, then the next to open', () => {
    const selection: Feed = { ...feed, calls: [rolling, funds, rounds, stages] };
    expect(nextCall(selection, at('2026-03-15T00:00:00Z'))?.id).to.equal('runden');
    // Stage 1 of "stufen" passed; its stage 2 opens in May: "runden" still counts to September.
    expect(nextCall(selection, at('2026-04-15T00:00:00Z'))?.id).to.equal('runden');
    expect(nextCall(selection, at('2026-10-01T00:00:00Z'))?.id).to.equal('laufend');
    expect(nextCall({ ...feed, calls: [stages] }, at('2026-04-15T00:00:00Z'))?.id).to.equal('stufen');
  });
});
