// Under the strictest policy a partner site may have (no inline script or style, no eval,
// Trusted Types required), every widget renders fully, styled, with the on-demand chunks
// (a language, the iCalendar reader, the schema that words a wrong value) and the calendar's dialog, a card writes its JSON-LD, and the browser reports no
// violation but the three the test page provokes on purpose.
import { expect, fixture, html } from '@open-wc/testing';

interface Report {
  trustedTypesEnforced: boolean;
  evalRefused: boolean;
  rendered: { tag: string; lang: string | null; base: boolean; styled: string; title: string }[];
  dialog: boolean;
  /** The display of the list's first entry and of the card's calendar menu: styles from on-demand chunks. */
  listEntry: string;
  menu: string;
  /** The same for the countdown's facts list and its reminder menu. */
  facts: string;
  deadlineMenu: string;
  /** The `@type` of the JSON-LD the card with `structured-data` wrote. */
  jsonLd: string;
  /** The display of the calendar's and the list's "Abonnieren" menu, and their Google Calendar links. */
  subscribeMenus: string[];
  subscribeLinks: string[];
  /** The issue messages of a feed with wrong values, worded by the schema's chunk. */
  explained: string[];
  violations: { directive: string; blocked: string; sample: string }[];
}

describe('a strict Content-Security-Policy with Trusted Types', () => {
  it('renders every widget with no violation of our own', async () => {
    const report = new Promise<Report>((resolve) =>
      window.addEventListener('message', function listen(event: MessageEvent) {
        if (event.data?.type !== 'csp-report') return;
        window.removeEventListener('message', listen);
        resolve(event.data as Report);
      }),
    );
    await fixture(html`<iframe title="Seite mit strenger CSP" src="/api/csp/page" style="width: 900px; height: 600px"></iframe>`);
    const { trustedTypesEnforced, evalRefused, rendered, dialog, listEntry, menu, facts, deadlineMenu, jsonLd, subscribeMenus, subscribeLinks, explained, violations } = await report;
    // The controls: the policy is in force, and each of its violations is seen.
    const inlineScript = (v: Report['violations'][number]) => v.directive === 'script-src-elem' && v.blocked === 'inline';
    const htmlSink = (v: Report['violations'][number]) => v.directive === 'require-trusted-types-for' && v.sample === 'Element innerHTML|<b>x</b>';
    // Trusted Types stop a string given to Function or eval before the eval rule does.
    const evalSink = (v: Report['violations'][number]) => v.directive === 'require-trusted-types-for' && /^Function\|[^]*return 1/.test(v.sample);
    expect(trustedTypesEnforced, 'Trusted Types not enforced').to.equal(true);
    expect(evalRefused, 'eval not refused').to.equal(true);
    expect(violations.filter(inlineScript), 'the inline script').to.have.length(1);
    expect(violations.filter(htmlSink), 'innerHTML').to.have.length(1);
    expect(violations.filter(evalSink), 'new Function').to.have.length(1);

    const ours = violations.filter((v) => !inlineScript(v) && !htmlSink(v) && !evalSink(v));
    expect(ours).to.deep.equal([]);
    expect(rendered).to.deep.equal([
      { tag: 'qw-event-card', lang: null, base: true, styled: 'grid', title: 'Bundesweite Kommunalkonferenz „Integration vor Ort leben“' },
      { tag: 'qw-deadline-countdown', lang: null, base: true, styled: 'grid', title: rendered[1]!.title },
      { tag: 'qw-programme-summary', lang: null, base: true, styled: 'grid', title: 'Soziale Stadt' },
      { tag: 'qw-calendar', lang: null, base: true, styled: 'grid', title: 'Oktober 2015' },
      { tag: 'qw-event-card', lang: 'ar', base: true, styled: 'grid', title: rendered[4]!.title },
      { tag: 'qw-event-list', lang: 'en', base: true, styled: 'grid', title: '' },
      { tag: 'qw-event-card', lang: null, base: true, styled: 'grid', title: 'Bürgerversammlung zum Quartiersplatz' },
      { tag: 'qw-event-card', lang: null, base: true, styled: 'grid', title: 'Gültige Veranstaltung' },
    ]);
    // zod's schema, loaded for this feed only, words what is wrong without compiling code.
    expect(explained).to.include("events[1].start: '20.03.2017' is not a date; write 2017-03-20");
    expect(listEntry, 'the list body\'s style sheet').to.equal('flex');
    expect(menu, 'the calendar menu\'s style sheet').to.equal('grid');
    expect(facts, 'the funding facts\' style sheet').to.equal('grid');
    expect(deadlineMenu, 'the reminder menu\'s style sheet').to.equal('grid');
    expect(subscribeMenus, 'the subscribe menus\' style sheet').to.deep.equal(['grid', 'grid']);
    const webcal = 'webcal://www.example.org/integration-im-quartier/termine.ics';
    expect(subscribeLinks.map((link) => new URL(link).searchParams.get('cid'))).to.deep.equal([webcal, webcal]);
    expect(jsonLd, 'the JSON-LD of the card with structured-data').to.equal('Event');
    expect(rendered[1]!.title).to.match(/^Vielfalt in den Zentren/);
    expect(rendered[4]!.title).to.not.equal('');
    expect(dialog, 'the calendar dialog did not render its event card').to.equal(true);
  });
});
