import { expect } from '@open-wc/testing';
import {
  addMonths,
  firstDayOfWeek,
  isoWeek,
  monthWeeks,
  parseMonth,
  sameDayIn,
} from '../../src/time/calendar-month.js';
import { formatIsoDate, fromEpochDay, parseIsoDate } from '../../src/time/plain-date.js';

const week = (iso: string) => isoWeek(parseIsoDate(iso));
const iso = (epochDay: number) => formatIsoDate(fromEpochDay(epochDay));

describe('calendar month arithmetic', () => {
  it('takes the first day of the week from the language', () => {
    expect(firstDayOfWeek('de')).to.equal(1);
    expect(firstDayOfWeek('de-AT')).to.equal(1);
    expect(firstDayOfWeek('en-GB')).to.equal(1);
    expect(firstDayOfWeek('en-US')).to.equal(7);
    expect(firstDayOfWeek('en')).to.equal(7);
    expect(firstDayOfWeek('ar')).to.equal(6);
    expect(firstDayOfWeek('tr')).to.equal(1);
    expect(firstDayOfWeek('not a tag')).to.equal(1);
  });

  it('numbers ISO weeks across year edges', () => {
    expect(week('2020-12-31')).to.equal(53);
    expect(week('2021-01-03')).to.equal(53);
    expect(week('2021-01-04')).to.equal(1);
    expect(week('2019-12-30')).to.equal(1); // Monday of 2020's week 1
    expect(week('2016-01-03')).to.equal(53);
    expect(week('2017-01-01')).to.equal(52);
    expect(week('2017-01-02')).to.equal(1);
    expect(week('2017-03-20')).to.equal(12);
    expect(week('2026-12-31')).to.equal(53);
  });

  it('lays out the weeks of a month from the chosen first day', () => {
    const monday = monthWeeks({ year: 2017, month: 3 }, 1);
    expect(monday.length).to.equal(5);
    expect(iso(monday[0]![0]!)).to.equal('2017-02-27');
    expect(iso(monday[4]![6]!)).to.equal('2017-04-02');
    const sunday = monthWeeks({ year: 2017, month: 3 }, 7);
    expect(iso(sunday[0]![0]!)).to.equal('2017-02-26');
    expect(iso(sunday[4]![6]!)).to.equal('2017-04-01');
    const saturday = monthWeeks({ year: 2017, month: 3 }, 6);
    expect(iso(saturday[0]![0]!)).to.equal('2017-02-25');
    expect(saturday.length).to.equal(5);
    // February 2021 starts on a Monday and has exactly four weeks.
    expect(monthWeeks({ year: 2021, month: 2 }, 1).length).to.equal(4);
    // A month can need six rows.
    expect(monthWeeks({ year: 2017, month: 7 }, 1).length).to.equal(6);
  });

  it('reads months and moves by months, clamping the day', () => {
    expect(parseMonth('2017-03')).to.deep.equal({ year: 2017, month: 3 });
    expect(parseMonth('2017-13')).to.equal(undefined);
    expect(parseMonth('März 2017')).to.equal(undefined);
    expect(addMonths({ year: 2017, month: 12 }, 1)).to.deep.equal({ year: 2018, month: 1 });
    expect(addMonths({ year: 2017, month: 1 }, -13)).to.deep.equal({ year: 2015, month: 12 });
    expect(sameDayIn(parseIsoDate('2017-01-31'), { year: 2017, month: 2 })).to.deep.equal(parseIsoDate('2017-02-28'));
    expect(sameDayIn(parseIsoDate('2016-03-31'), { year: 2016, month: 2 })).to.deep.equal(parseIsoDate('2016-02-29'));
  });
});
