import { expect } from '@open-wc/testing';
import { attributeFilter, matchesAll, unknownFeatures } from '../../src/feed/filter.js';
import { readTestFeed } from '../helpers.js';

const event = (id: string, facts: object) => ({ id, title: id, start: '2017-03-20T10:00', ...facts });
const feed = readTestFeed({
  version: 1,
  events: [
    event('frei', { price: { free: true }, accessibility: ['step-free', 'sign-language'], languages: ['de', 'gsg'] }),
    event('null-euro', { price: { amount: 0, currency: 'EUR' }, accessibility: ['step-free'], languages: ['tr-TR'] }),
    event('fuenf-euro', { price: { amount: 5, currency: 'EUR' }, accessibility: ['sign-language'], languages: ['tr'] }),
    event('ohne', { tags: ['Wohnen'] }),
  ],
  calls: [{ id: 'aufruf', title: 'Aufruf', deadline: '2017-06-30' }],
});
const ids = (...filters: Parameters<typeof attributeFilter>) =>
  feed.events.filter((e) => matchesAll(e, [attributeFilter(...filters)])).map((e) => e.id);

describe('the filter model: event facts', () => {
  it('reads the free, accessibility and event-language attributes, adding nothing when unset', () => {
    expect(attributeFilter(undefined, undefined, { free: true, accessibility: ' step-free, sign-language ', eventLanguage: 'tr' })).to.deep.equal({
      tags: [],
      programme: undefined,
      free: true,
      accessibility: ['step-free', 'sign-language'],
      eventLanguages: ['tr'],
    });
    expect(attributeFilter(undefined, undefined, { free: false, accessibility: '', eventLanguage: undefined })).to.deep.equal({ tags: [], programme: undefined });
  });

  it('free: events marked free or costing 0; an event without a price does not pass', () => {
    expect(ids(undefined, undefined, { free: true })).to.deep.equal(['frei', 'null-euro']);
  });

  it('accessibility: every feature asked for', () => {
    expect(ids(undefined, undefined, { accessibility: 'step-free' })).to.deep.equal(['frei', 'null-euro']);
    expect(ids(undefined, undefined, { accessibility: 'step-free,sign-language' })).to.deep.equal(['frei']);
  });

  it('event-language: one of the languages, a region of it too, case-insensitive', () => {
    expect(ids(undefined, undefined, { eventLanguage: 'tr' })).to.deep.equal(['null-euro', 'fuenf-euro']);
    expect(ids(undefined, undefined, { eventLanguage: 'GSG, uk' })).to.deep.equal(['frei']);
  });

  it('combines with tags and with each other', () => {
    expect(ids(undefined, undefined, { free: true, eventLanguage: 'tr' })).to.deep.equal(['null-euro']);
    expect(ids('Wohnen', undefined, { free: true })).to.deep.equal([]);
  });

  it('a call has no facts: it passes only a filter that asks for none', () => {
    const call = feed.calls[0]!;
    expect(matchesAll(call, [attributeFilter(undefined, undefined)])).to.equal(true);
    expect(matchesAll(call, [attributeFilter(undefined, undefined, { free: true })])).to.equal(false);
  });

  it('names the accessibility words that are no feature', () => {
    expect(unknownFeatures('step-free, rollstuhl,Sign-Language')).to.deep.equal(['rollstuhl', 'Sign-Language']);
  });
});
