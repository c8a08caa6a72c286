import { expect } from '@open-wc/testing';
import { pickLanguage } from '../../src/i18n/index.js';
import { resolveTiming } from '../../src/time/feed-time.js';
import { formatTiming } from '../../src/time/format.js';
import { visitorTimeZone } from '../../src/time/intl-cache.js';

const de = pickLanguage('de');

describe('formatTiming (visitor in New York)', () => {
  it('runs in a browser whose clock is set to New York', () => {
    expect(visitorTimeZone()).to.equal('America/New_York');
  });

  it('shows a Berlin event in Berlin time and names the zone', () => {
    const timing = resolveTiming('2017-03-20T10:30', '2017-03-20T17:00', 'Europe/Berlin')!;
    expect(formatTiming(timing, de.locale, de.messages, visitorTimeZone())).to.equal(
      'Montag, 20. März 2017, 10:30–17:00 Uhr (MEZ)',
    );
  });

  it('keeps an all-day date on its calendar day, without a zone', () => {
    const timing = resolveTiming('2017-03-22', undefined, 'Europe/Berlin')!;
    expect(formatTiming(timing, de.locale, de.messages, visitorTimeZone())).to.equal('Mittwoch, 22. März 2017');
  });

  it('reads a date-only start as that date, not the evening before', () => {
    const timing = resolveTiming('2017-03-22', undefined, 'Europe/Berlin')!;
    expect(timing.startDate).to.deep.equal({ year: 2017, month: 3, day: 22 });
  });
});
