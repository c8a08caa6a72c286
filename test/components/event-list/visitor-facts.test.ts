import { expect } from '@open-wc/testing';
import { languageName } from '../../../src/i18n/event-facts/language-names.js';
import { choicesOf, countFacts, filterOf, languageOptions, primaryLanguage } from '../../../src/internal/visitor-facts.js';
import { readTestFeed } from '../../helpers.js';

const event = (id: string, facts: object) => ({ id, title: id, start: '2017-03-20T10:00', ...facts });
const { events } = readTestFeed({
  version: 1,
  events: [
    event('frei', { price: { free: true }, accessibility: ['step-free', 'sign-language'], languages: ['de', 'gsg'] }),
    event('null-euro', { price: { amount: 0, currency: 'EUR' }, accessibility: ['step-free'], languages: ['tr-TR', 'TR'] }),
    event('fuenf-euro', { price: { amount: 5, currency: 'EUR' }, accessibility: ['sign-language'], languages: ['tr'] }),
    event('ohne', {}),
  ],
});

describe('the visitor fact filters: plain functions', () => {
  it('counts free (marked or 0) and step-free events, and each primary language once per event', () => {
    const counts = countFacts(events);
    expect(counts.free).to.equal(2);
    expect(counts.stepFree).to.equal(2);
    expect([...counts.languages]).to.deep.equal([
      ['de', 1],
      ['gsg', 1],
      ['tr', 2],
    ]);
    expect(countFacts([])).to.deep.equal({ free: 0, stepFree: 0, languages: new Map() });
  });

  it('reads a region tag as its primary language', () => {
    expect(primaryLanguage('TR-tr')).to.equal('tr');
    expect(primaryLanguage('gsg')).to.equal('gsg');
    expect(primaryLanguage('')).to.equal('');
  });

  it('turns choices into a filter holding only what is chosen, and back', () => {
    expect(filterOf({ free: false, stepFree: false, language: '' })).to.deep.equal({});
    const filter = filterOf({ free: true, stepFree: true, language: 'tr' });
    expect(filter).to.deep.equal({ free: true, accessibility: ['step-free'], eventLanguages: ['tr'] });
    expect(choicesOf(filter)).to.deep.equal({ free: true, stepFree: true, language: 'tr' });
    expect(choicesOf({})).to.deep.equal({ free: false, stepFree: false, language: '' });
  });

  it("offers the languages by name in the widget's language and order, keeping a chosen one the events lack", () => {
    const counts = countFacts(events);
    expect(languageOptions(counts, '', 'de').map((o) => o.name)).to.deep.equal(['Deutsch', 'Deutsche Gebärdensprache', 'Türkisch']);
    // Arabic, chosen (from the query string) though no event names it, first in English order.
    expect(languageOptions(counts, 'ar', 'en')).to.deep.equal([
      { tag: 'ar', name: 'Arabic' },
      { tag: 'de', name: 'German' },
      { tag: 'gsg', name: 'German Sign Language' },
      { tag: 'tr', name: 'Turkish' },
    ]);
  });

  it('names sign languages Intl does not know in each language, and leaves an unknown tag as written', () => {
    expect(['de', 'en', 'tr', 'ar', 'uk'].map((locale) => languageName('gsg', locale))).to.deep.equal([
      'Deutsche Gebärdensprache',
      'German Sign Language',
      'Alman İşaret Dili',
      'لغة الإشارة الألمانية',
      'німецька жестова мова',
    ]);
    expect(languageName('tr', 'de-AT')).to.equal('Türkisch');
    expect(languageName('qaa', 'de')).to.equal('qaa');
  });
});
