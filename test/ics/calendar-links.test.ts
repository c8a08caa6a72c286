// The add-to-calendar links, read back field by field as the services read them.
import { expect } from '@open-wc/testing';
import { googleCalendarLink, outlookCalendarLink } from '../../src/ics/calendar-links.js';
import { resolveTiming } from '../../src/time/feed-time.js';

const timing = (start: string, end?: string, zone = 'Europe/Berlin') => resolveTiming(start, end, zone)!;
const params = (link: string) => Object.fromEntries(new URL(link).searchParams);

describe('add-to-calendar links', () => {
  it('Google: a timed event in UTC with the event zone as ctz, text, details and place', () => {
    const link = googleCalendarLink({
      title: 'Fachtagung „Soziale Stadt“ & Workshop',
      timing: timing('2017-03-26T01:30', '2017-03-26T04:00'),
      details: 'Anmeldung bis 10. März',
      location: 'Rathaus, 44135 Dortmund',
    });
    expect(link.startsWith('https://calendar.google.com/calendar/render?')).to.equal(true);
    // 01:30 CET is 00:30 UTC; 04:00 is already CEST (the clocks went forward at 02:00): 02:00 UTC.
    expect(params(link)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Fachtagung „Soziale Stadt“ & Workshop',
      dates: '20170326T003000Z/20170326T020000Z',
      ctz: 'Europe/Berlin',
      details: 'Anmeldung bis 10. März',
      location: 'Rathaus, 44135 Dortmund',
    });
  });

  it('Google: a multi-day all-day event ends on the day after its inclusive last day, without ctz', () => {
    const link = googleCalendarLink({ title: 'Aktionswoche', timing: timing('2017-10-29', '2017-11-03') });
    expect(params(link)).to.deep.equal({ action: 'TEMPLATE', text: 'Aktionswoche', dates: '20171029/20171104' });
  });

  it('Google: across a month and year end, a one-day event ends the next day', () => {
    expect(params(googleCalendarLink({ title: 'Silvester', timing: timing('2017-12-31') })).dates).to.equal('20171231/20180101');
  });

  it('Outlook.com: a timed event as UTC instants; without an end it ends when it starts', () => {
    const link = outlookCalendarLink({ title: 'Frist: Difu-Aufruf', timing: timing('2017-10-31T23:59', undefined, 'America/New_York') });
    expect(link.startsWith('https://outlook.live.com/calendar/0/deeplink/compose?')).to.equal(true);
    expect(params(link)).to.deep.equal({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'Frist: Difu-Aufruf',
      startdt: '2017-11-01T03:59:00Z',
      enddt: '2017-11-01T03:59:00Z',
      allday: 'false',
    });
  });

  it('Outlook.com: an all-day event as dates with an exclusive end and allday=true', () => {
    const link = outlookCalendarLink({ title: 'Aktionswoche', timing: timing('2017-10-29', '2017-11-03'), location: 'Münster', details: 'Zeile 1\nZeile 2' });
    expect(params(link)).to.deep.equal({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'Aktionswoche',
      startdt: '2017-10-29',
      enddt: '2017-11-04',
      allday: 'true',
      location: 'Münster',
      body: 'Zeile 1\nZeile 2',
    });
  });

  it('a timed event ending at midnight keeps its exact end instant', () => {
    const link = googleCalendarLink({ title: 'Abend', timing: timing('2017-03-20T19:00', '2017-03-21T00:00') });
    expect(params(link).dates).to.equal('20170320T180000Z/20170320T230000Z');
  });
});
