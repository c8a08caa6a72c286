import { expect } from '@open-wc/testing';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import { formatMoney } from '../../src/i18n/money.js';
import { formatPeriod } from '../../src/time/format.js';

// Intl separates number, unit and currency with no-break spaces; written out here.
const nbsp = (text: string) => text.replaceAll(' ', '\u00a0');

describe('formatMoney', () => {
  it('writes German sums short, as German writes them', () => {
    expect(formatMoney(300_000_000, 'EUR', 'de', 'short')).to.equal(nbsp('300 Mio. €'));
    expect(formatMoney(2_500_000, 'EUR', 'de', 'short')).to.equal(nbsp('2,5 Mio. €'));
    expect(formatMoney(1_200_000_000, 'EUR', 'de', 'short')).to.equal(nbsp('1,2 Mrd. €'));
  });

  it('writes English sums long, with the currency where English puts it', () => {
    expect(formatMoney(300_000_000, 'EUR', 'en', 'long')).to.equal('€300 million');
    expect(formatMoney(2_500_000, 'EUR', 'en', 'long')).to.equal('€2.5 million');
    expect(formatMoney(45_000, 'USD', 'en', 'long')).to.equal('$45 thousand');
  });
});

describe('formatPeriod', () => {
  it('writes whole calendar years as years', () => {
    expect(formatPeriod('2017-01-01', '2020-12-31', 'de', de)).to.equal('2017–2020');
    expect(formatPeriod('2017-01-01', '2017-12-31', 'de', de)).to.equal('2017');
  });

  it('writes other spans as dates, and open ends in words', () => {
    expect(formatPeriod('2017-07-01', '2019-06-30', 'de', de)).to.equal('1. Juli 2017 – 30. Juni 2019');
    expect(formatPeriod('2017-01-01', undefined, 'de', de)).to.equal('ab 2017');
    expect(formatPeriod(undefined, '2020-12-31', 'en', en)).to.equal('until 2020');
    expect(formatPeriod(undefined, undefined, 'en', en)).to.equal(undefined);
  });
});
