// The pages the Editor writes, and what each must hold after WordPress saved it (kses ran on it).
// The widgets show the sample feed (demo/sample-feed.json), which the site serves itself and
// names once in Settings → Quartier-Widgets; `now` puts each widget at a time with content.

const EVENT = 'event="kommunalkonferenz-2017"';
const CALL = 'call="difu-vielfalt-in-den-zentren" now="2015-10-01T12:00"';
const PROGRAMME = 'programme="soziale-stadt" now="2017-03-01"';
const MONTH = 'month="2015-10" now="2015-10-01"';

export const WIDGETS = ['qw-event-card', 'qw-deadline-countdown', 'qw-programme-summary', 'qw-calendar'];

export const PAGES = [
  {
    title: 'Shortcodes',
    // As the classic editor saves it: paragraphs, no block comments.
    content: `Unsere nächsten Termine:

[qw_event_card ${EVENT}]

[qw_deadline_countdown ${CALL}]

[qw_programme_summary ${PROGRAMME}]

[qw_calendar ${MONTH} show-filter="1"]`,
    widgets: WIDGETS,
    chunks: ['deadline-countdown-body', 'programme-summary-body', 'visitor-filters'],
  },
  {
    title: 'Blöcke',
    content: [
      '<!-- wp:heading --><h2>Termine</h2><!-- /wp:heading -->',
      '<!-- wp:quartier-widgets/event-card {"event":"kommunalkonferenz-2017","headingLevel":3} /-->',
      '<!-- wp:quartier-widgets/deadline-countdown {"call":"difu-vielfalt-in-den-zentren","now":"2015-10-01T12:00","compact":true} /-->',
      '<!-- wp:quartier-widgets/programme-summary {"programme":"soziale-stadt","now":"2017-03-01"} /-->',
      '<!-- wp:quartier-widgets/calendar {"month":"2015-10","now":"2015-10-01","showFilter":true} /-->',
    ].join('\n\n'),
    widgets: WIDGETS,
    chunks: ['deadline-countdown-body', 'programme-summary-body', 'visitor-filters'],
    checkSaved(raw, check) {
      check((raw.match(/<!-- wp:quartier-widgets\//g) ?? []).length === 4, 'the blocks page keeps its four block comments after kses', raw);
    },
  },
  {
    title: 'Eingefügt',
    // Markup pasted into a Custom HTML block, with a script that kses must remove.
    content: `<!-- wp:html -->
<qw-event-card ${EVENT} heading-level="2"></qw-event-card>
<qw-deadline-countdown ${CALL}></qw-deadline-countdown>
<qw-programme-summary ${PROGRAMME} compact></qw-programme-summary>
<qw-calendar ${MONTH} show-filter></qw-calendar>
<script>document.title = 'script ran'</script>
<!-- /wp:html -->`,
    widgets: WIDGETS,
    chunks: ['deadline-countdown-body', 'programme-summary-body', 'visitor-filters'],
    checkSaved(raw, check) {
      check(
        raw.includes(`<qw-event-card ${EVENT} heading-level="2"></qw-event-card>`) &&
          raw.includes(`<qw-deadline-countdown ${CALL}></qw-deadline-countdown>`) &&
          raw.includes(`<qw-calendar ${MONTH} show-filter`),
        'pasted <qw-…> elements and their attributes survive kses for the Editor',
        raw,
      );
      check(!/<script/i.test(raw), 'kses still removes a pasted <script> for the Editor', raw);
    },
  },
  {
    title: 'Kompakt',
    // A compact summary draws no countdowns, and a filter switched off loads no filters: no chunks for those.
    content: `[qw_programme_summary ${PROGRAMME} compact="1"]

[qw_calendar ${MONTH} show-filter="0"]`,
    widgets: ['qw-programme-summary', 'qw-calendar'],
    chunks: ['programme-summary-body'],
  },
  {
    title: 'Eigener Feed',
    // A widget that names a feed of its own: the default feed may go unread, so it is not preloaded.
    content: `[qw_event_card ${EVENT} feed="/feed/sample-feed.json?quelle=eigen"]`,
    widgets: ['qw-event-card'],
    preload: false,
  },
  {
    title: 'Ohne Widgets',
    content: '<!-- wp:paragraph --><p>Eine Seite ohne Widgets.</p><!-- /wp:paragraph -->',
    widgets: [],
  },
];
