// Runs first on the strict-CSP test page (test/server/test-api.mjs, /api/csp/page): records
// every Content-Security-Policy violation, trips the policy twice on purpose (the controls),
// and reports to the test in the parent frame once the widgets have rendered.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
});

// Control 2: Trusted Types are enforced, so a plain string into innerHTML is refused.
let trustedTypesEnforced = false;
try {
  document.createElement('div').innerHTML = '<b>x</b>';
} catch {
  trustedTypesEnforced = true;
}

// Control 3: eval is refused and reported, so code of ours or of a dependency that compiled
// with it (as some validators do unless told not to) would show up as a violation.
let evalRefused = false;
try {
  new Function('return 1')();
} catch {
  evalRefused = true;
}

// The messages of the feed with wrong values, which the schema's chunk words.
let explained;
document.addEventListener('qw-feed-load', (event) => {
  if (event.detail.url.endsWith('/mixed.json')) explained = event.detail.issues.map((issue) => issue.message);
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const part = (el, name) => el.shadowRoot?.querySelector(`[part~="${name}"]`);

window.addEventListener('load', async () => {
  const widgets = [...document.querySelectorAll('[data-check]')];
  const start = performance.now();
  while (!widgets.every((el) => part(el, 'base')) && performance.now() - start < 8000) await sleep(50);
  // The calendar's dialog renders an event card inside it.
  const calendar = document.querySelector('qw-calendar');
  part(calendar, 'grid')?.querySelector('.event')?.click();
  while (!calendar.shadowRoot?.querySelector('dialog[open] qw-event-card') && performance.now() - start < 8000) await sleep(50);
  const nested = calendar.shadowRoot?.querySelector('dialog qw-event-card');
  while (nested && !part(nested, 'base') && performance.now() - start < 8000) await sleep(50);
  // The list's entries are styled by the sheet its on-demand body adopts; the card's calendar menu likewise.
  const list = document.querySelector('qw-event-list');
  while (!part(list, 'event') && performance.now() - start < 8000) await sleep(50);
  const card = document.querySelector('qw-event-card');
  part(card, 'calendar-button')?.click();
  while (!part(card, 'calendar-menu') && performance.now() - start < 8000) await sleep(50);
  // The countdown's facts list and reminder menu are chunks with style sheets of their own too.
  const countdown = document.querySelector('qw-deadline-countdown');
  while (!part(countdown, 'funding-facts') && performance.now() - start < 8000) await sleep(50);
  part(countdown, 'calendar-button')?.click();
  while (!part(countdown, 'calendar-menu') && performance.now() - start < 8000) await sleep(50);
  // "Abonnieren" on the calendar and the list: its menu is a chunk with a style sheet of its own; the list's stays open.
  for (const widget of [calendar, list]) {
    part(widget, 'subscribe-button')?.click();
    while (!part(widget, 'subscribe-menu') && performance.now() - start < 8000) await sleep(50);
  }
  // The card with structured-data writes its JSON-LD (a chunk, and a script's text under Trusted Types).
  const jsonLd = () => document.querySelector('qw-event-card[structured-data] > script[type="application/ld+json"]');
  while ((!jsonLd() || !explained) && performance.now() - start < 8000) await sleep(50);
  await sleep(200);
  parent.postMessage(
    {
      type: 'csp-report',
      trustedTypesEnforced,
      evalRefused,
      rendered: widgets.map((el) => ({
        tag: el.localName,
        lang: el.getAttribute('lang'),
        base: Boolean(part(el, 'base')),
        styled: part(el, 'base') ? getComputedStyle(part(el, 'base')).display : '',
        title: part(el, 'title')?.textContent.trim() ?? '',
      })),
      dialog: Boolean(nested && part(nested, 'base')),
      listEntry: part(list, 'event') ? getComputedStyle(part(list, 'event')).display : '',
      jsonLd: jsonLd() ? JSON.parse(jsonLd().text)['@type'] : '',
      menu: part(card, 'calendar-menu') ? getComputedStyle(part(card, 'calendar-menu')).display : '',
      facts: part(countdown, 'funding-facts') ? getComputedStyle(part(countdown, 'funding-facts')).display : '',
      deadlineMenu: part(countdown, 'calendar-menu') ? getComputedStyle(part(countdown, 'calendar-menu')).display : '',
      subscribeMenus: [calendar, list].map((widget) => (part(widget, 'subscribe-menu') ? getComputedStyle(part(widget, 'subscribe-menu')).display : '')),
      subscribeLinks: [calendar, list].map((widget) => part(widget, 'subscribe-google')?.getAttribute('href') ?? ''),
      explained,
      violations,
    },
    location.origin,
  );
});
