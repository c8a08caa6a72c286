import { expect } from '@open-wc/testing';
import { loadLanguage, pickLanguage } from '../../src/i18n/index.js';
import { resolveTiming } from '../../src/time/feed-time.js';
import { formatTiming } from '../../src/time/format.js';
import { visitorTimeZone } from '../../src/time/intl-cache.js';

// English is loaded on demand, like every language but German.
await loadLanguage('en');
const de = pickLanguage('de');
const en = pickLanguage('en');
const format = (start: string, end: string | undefined, language = de, zone = 'Europe/Berlin') =>
  formatTiming(resolveTiming(start, end, zone)!, language.locale, language.messages, 'Europe/Berlin');

describe('formatTiming (visitor in Berlin)', () => {
  it('runs in a browser whose clock is set to Berlin', () => {
    expect(visitorTimeZone()).to.equal('Europe/Berlin');
  });

  it('writes a same-day event the German way', () => {
    expect(format('2017-03-20T10:30', '2017-03-20T17:00')).to.equal('Montag, 20. März 2017, 10:30–17:00 Uhr');
  });

  it('writes it in English', () => {
    expect(format('2017-03-20T10:30', '2017-03-20T17:00', en)).to.match(/^Monday, March 20, 2017, 10:30\sAM\s–\s5:00\sPM$/);
  });

  it('writes an all-day event as its date, multi-day as a range with an inclusive end', () => {
    expect(format('2017-03-22', undefined)).to.equal('Mittwoch, 22. März 2017');
    expect(format('2017-03-27', '2017-03-29')).to.equal('Montag, 27. – Mittwoch, 29. März 2017');
  });

  it('writes an event over midnight as a range of date-times', () => {
    const text = format('2017-03-23T18:00', '2017-03-24T02:00');
    expect(text).to.contain('Donnerstag, 23. März 2017');
    expect(text).to.contain('Freitag, 24. März 2017');
    expect(text).to.contain('18:00');
    expect(text).to.contain('2:00');
    expect(text).to.match(/Uhr$/);
  });

  it('writes a start without end as one time', () => {
    expect(format('2017-04-03T09:00', undefined)).to.equal('Montag, 3. April 2017, 09:00 Uhr');
  });

  it('names the event zone when it differs from the visitor\'s', () => {
    const text = format('2017-03-20T09:00', '2017-03-20T10:00', de, 'America/New_York');
    expect(text).to.match(/^Montag, 20\. März 2017, 09:00–10:00 Uhr \((GMT-4|EDT|Nordamerikanische Ostküsten-Sommerzeit)\)$/);
  });

  it('does not name a zone whose clock matches the visitor\'s', () => {
    expect(format('2017-03-20T10:30', '2017-03-20T17:00', de, 'Europe/Paris')).to.equal('Montag, 20. März 2017, 10:30–17:00 Uhr');
  });
});
