import { expect } from '@open-wc/testing';
import { attributeFilter, matchesAll, matchesFilter, splitList, tagCounts, toggled } from '../../src/feed/filter.js';
import { readTestFeed } from '../helpers.js';

const feed = readTestFeed({
  version: 1,
  events: [
    { id: 'a', title: 'A', start: '2017-03-20', tags: ['Wohnen', 'Integration'], programmeId: 'soziale-stadt' },
    { id: 'b', title: 'B', start: '2017-03-21', tags: ['wohnen', 'Ärger'] },
    { id: 'c', title: 'C', start: '2017-03-22' },
  ],
});
const ids = (filters: Parameters<typeof matchesAll>[1]) => feed.events.filter((e) => matchesAll(e, filters)).map((e) => e.id);

describe('the filter model', () => {
  it('reads the tags and programme attributes', () => {
    expect(splitList(' Wohnen, ,Integration ')).to.deep.equal(['Wohnen', 'Integration']);
    expect(attributeFilter('Wohnen, Integration', ' soziale-stadt ')).to.deep.equal({
      tags: ['Wohnen', 'Integration'],
      programme: 'soziale-stadt',
    });
    expect(attributeFilter(undefined, '  ')).to.deep.equal({ tags: [], programme: undefined });
  });

  it('lets through items of the programme with one of the tags, ignoring case', () => {
    expect(ids([attributeFilter('WOHNEN', undefined)])).to.deep.equal(['a', 'b']);
    expect(ids([attributeFilter(undefined, 'soziale-stadt')])).to.deep.equal(['a']);
    expect(ids([attributeFilter('Ärger', 'soziale-stadt')])).to.deep.equal([]);
    expect(ids([attributeFilter(undefined, undefined)])).to.deep.equal(['a', 'b', 'c']);
    expect(matchesFilter(feed.events[2]!, { tags: ['Wohnen'] })).to.equal(false);
  });

  it('combines the attributes with the visitor\'s chips: both must match', () => {
    expect(ids([attributeFilter('Wohnen', undefined), { tags: ['Integration'] }])).to.deep.equal(['a']);
    expect(ids([attributeFilter('Wohnen', undefined), { tags: [] }])).to.deep.equal(['a', 'b']);
  });

  it('counts the items of each tag, ignoring case, in the spelling first met, sorted for the language', () => {
    expect([...tagCounts(feed.events, 'de')]).to.deep.equal([
      ['Ärger', 1],
      ['Integration', 1],
      ['Wohnen', 2],
    ]);
    const twice = readTestFeed({ version: 1, events: [{ id: 'd', title: 'D', start: '2017-03-20', tags: ['Wohnen', 'WOHNEN'] }] });
    expect([...tagCounts(twice.events, 'de')]).to.deep.equal([['Wohnen', 1]]);
  });

  it('toggles a chip without changing the set it was given', () => {
    const none = new Set<string>();
    const one = toggled(none, 'Wohnen');
    expect([...one]).to.deep.equal(['Wohnen']);
    expect(none.size).to.equal(0);
    expect([...toggled(one, 'Wohnen')]).to.deep.equal([]);
  });
});
