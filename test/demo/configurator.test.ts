// The snippet configurator on demo/configurator.html: its own markup, mounted here, drives
// a live widget and writes the snippet that reproduces it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { feedSource } from '../../src/index.js';
import { mountConfigurator } from '../../demo/configurator.js';
import { snippet, type FeedFacts, type WidgetTag } from '../../demo/snippet.js';
import { eventGivesFacts, feedAddressNotice, feedFacts, givesFundingFacts } from '../../demo/configurator-form.js';
import { hasEventFacts } from '../../src/feed/event-facts.js';
import { givesFacts } from '../../src/internal/funding-facts-loader.js';
import { part, settled, text } from '../helpers.js';

describe('snippet()', () => {
  it('writes the feed\'s preload, the pinned script tag, the tokens and the element, escaping what was typed', () => {
    const written = snippet({
      tag: 'qw-event-card',
      attributes: [['feed', 'https://example.org/feed.json?a=1&b="2"'], ['event', ''], ['compact', false], ['show-filter', true], ['lang', 'en']],
      tokens: [['--qw-color-accent', '#7a2e8c'], ['--qw-radius', ''], ['--qw-font-family', 'x; } body { display: none']],
      version: '1.2.3',
    });
    expect(written).to.equal(
      [
        '<link rel="preload" href="https://example.org/feed.json?a=1&amp;b=&quot;2&quot;" as="fetch" crossorigin>',
        '<link rel="modulepreload" href="https://cdn.jsdelivr.net/npm/quartier-widgets@1.2.3/dist/chunks/en.js">',
        '<script type="module" src="https://cdn.jsdelivr.net/npm/quartier-widgets@1.2.3/dist/quartier-widgets.js"></script>',
        '<style>',
        '  qw-event-card {',
        '    --qw-color-accent: #7a2e8c;',
        '    --qw-font-family: x  body  display: none;',
        '  }',
        '</style>',
        '<qw-event-card feed="https://example.org/feed.json?a=1&amp;b=&quot;2&quot;" show-filter lang="en"></qw-event-card>',
        '',
      ].join('\n'),
    );
  });

  it('writes the script address where the webmaster serves it, escaped', () => {
    expect(snippet({ tag: 'qw-calendar', attributes: [], tokens: [], version: '1.0.0', script: '/js/qw.js?v="1"&x' })).to.equal(
      '<script type="module" src="/js/qw.js?v=&quot;1&quot;&amp;x"></script>\n<qw-calendar></qw-calendar>\n',
    );
  });

  it('leaves the style block out when no token is set', () => {
    expect(snippet({ tag: 'qw-calendar', attributes: [['feed', '/f.json']], tokens: [['--qw-radius', '']], version: '1.0.0' })).to.equal(
      '<link rel="preload" href="/f.json" as="fetch" crossorigin>\n<script type="module" src="https://cdn.jsdelivr.net/npm/quartier-widgets@1.0.0/dist/quartier-widgets.js"></script>\n<qw-calendar feed="/f.json"></qw-calendar>\n',
    );
  });

  it('preloads the chunks the widget draws its first view with, beside the script', () => {
    const links = (tag: WidgetTag, attributes: [string, string | boolean][], script?: string) =>
      [...snippet({ tag, attributes, tokens: [], version: '1.0.0', script }).matchAll(/<link rel="modulepreload" href="([^"]*)">/g)].map((match) => match[1]!);
    expect(links('qw-deadline-countdown', [['lang', 'en-GB']], '/js/qw/quartier-widgets.js?v=2')).to.deep.equal([
      '/js/qw/chunks/deadline-countdown-body.js',
      '/js/qw/chunks/en.js',
    ]);
    expect(links('qw-programme-summary', [])).to.deep.equal([
      'https://cdn.jsdelivr.net/npm/quartier-widgets@1.0.0/dist/chunks/programme-summary-body.js',
      'https://cdn.jsdelivr.net/npm/quartier-widgets@1.0.0/dist/chunks/deadline-countdown-body.js',
    ]);
    expect(links('qw-programme-summary', [['compact', true]]).map((href) => href.split('/').pop())).to.deep.equal(['programme-summary-body.js']);
    expect(links('qw-calendar', [['show-filter', true], ['lang', 'de']]).map((href) => href.split('/').pop())).to.deep.equal(['visitor-filters.js']);
    expect(links('qw-event-card', [['lang', 'de']])).to.deep.equal([]);
  });

  it('preloads the facts\' chunks where the feed\'s items give facts, as the widgets decide it', async () => {
    const links = (tag: WidgetTag, facts: FeedFacts, attributes: [string, string | boolean][] = []) =>
      [...snippet({ tag, attributes, tokens: [], version: '1.0.0', facts }).matchAll(/chunks\/([\w.-]+)\.js/g)].map((match) => match[1]);
    const all = { events: true, calls: true, programmes: true };
    expect(links('qw-event-card', all, [['event', 'x']])).to.deep.equal(['event-facts.template']);
    expect(links('qw-event-card', all), 'the next event: only the card knows which').to.deep.equal([]);
    expect(links('qw-event-list', all)).to.deep.equal(['event-list-body', 'event-facts.template']);
    expect(links('qw-deadline-countdown', all, [['call', 'x']])).to.deep.equal(['deadline-countdown-body', 'funding-facts']);
    expect(links('qw-deadline-countdown', all)).to.deep.equal(['deadline-countdown-body']);
    expect(links('qw-deadline-countdown', { ...all, calls: false }, [['call', 'x']])).to.deep.equal(['deadline-countdown-body']);
    expect(links('qw-deadline-countdown', all, [['call', 'x'], ['compact', true]])).to.deep.equal(['deadline-countdown-body']);
    expect(links('qw-programme-summary', { ...all, programmes: false })).to.deep.equal(['programme-summary-body', 'deadline-countdown-body']);
    expect(links('qw-calendar', all)).to.deep.equal([]);
    // The configurator's reading of a feed is the widgets' own, item by item.
    let seen = { events: 0, withFacts: 0, funded: 0, unfunded: 0 };
    for (const name of ['/demo/sample-feed.json', '/test/fixtures/event-facts.json', '/test/fixtures/funding.json', '/test/fixtures/events.json', '/test/fixtures/series.json']) {
      const feed = await (await fetch(name)).json();
      for (const event of feed.events ?? []) {
        expect(eventGivesFacts(event), `${name} ${event.id}`).to.equal(hasEventFacts(event));
        seen = { ...seen, events: seen.events + 1, withFacts: seen.withFacts + Number(hasEventFacts(event)) };
      }
      for (const item of [...(feed.calls ?? []), ...(feed.programmes ?? [])]) {
        expect(givesFundingFacts(item), `${name} ${item.id}`).to.equal(givesFacts(item));
        seen = givesFacts(item) ? { ...seen, funded: seen.funded + 1 } : { ...seen, unfunded: seen.unfunded + 1 };
      }
    }
    // The chosen item decides where there is one.
    const sample = await (await fetch('/demo/sample-feed.json')).json();
    const card = sample.events.find((event: { id: string }) => event.id === 'kommunalkonferenz-2017');
    expect(feedFacts(sample, [['event', 'kommunalkonferenz-2017']]).events).to.equal(hasEventFacts(card));
    expect(feedFacts(sample, [['event', '']]).events).to.equal(sample.events.some(hasEventFacts));
    expect(feedFacts(sample, []).events, 'the sample feed has events with facts').to.equal(true);
    const call = sample.calls.find((item: { id: string }) => item.id === 'difu-vielfalt-in-den-zentren');
    expect(feedFacts(sample, [['call', call.id]]).calls).to.equal(givesFacts(call));
    // Both answers occur, so a reading that always said one thing would fail.
    expect(seen.withFacts).to.be.within(1, seen.events - 1);
    expect(seen.funded).to.be.greaterThan(0);
    expect(seen.unfunded).to.be.greaterThan(0);
  });

  it('preloads the feed at the address the widget fetches, and nothing it would not fetch', () => {
    const preloaded = (feed: string) => /<link rel="preload" href="([^"]*)"/.exec(snippet({ tag: 'qw-calendar', attributes: [['feed', feed]], tokens: [], version: '1.0.0' }))?.[1];
    expect(preloaded(' webcal://example.org/termine.ics ')).to.equal('https://example.org/termine.ics');
    expect(preloaded('WEBCALS://example.org/t.ics')).to.equal('https://example.org/t.ics');
    expect(preloaded('termine/feed.json')).to.equal('termine/feed.json');
    expect(preloaded('http://example.org/feed.json')).to.equal('http://example.org/feed.json');
    expect(preloaded('javascript:alert(1)')).to.equal(undefined);
    expect(preloaded('data:application/json,{}')).to.equal(undefined);
    expect(preloaded('  ')).to.equal(undefined);
  });
});

describe('feedAddressNotice()', () => {
  it('warns of addresses that visitors of a partner page cannot reach, and of none other', () => {
    const machine = 'Diese Adresse ist nur auf Ihrem Rechner erreichbar';
    const network = 'Diese Adresse ist nur in Ihrem lokalen Netz erreichbar';
    const cases: [string, string][] = [
      ['http://localhost:5173/demo/sample-feed.json', machine],
      ['http://127.0.0.1:8080/feed.json', machine],
      ['http://[::1]/feed.json', machine],
      ['http://termine.localhost/feed.json', machine],
      ['file:///C:/Users/amt/feed.json', machine],
      ['http://192.168.1.20/feed.json', network],
      ['https://10.0.0.5/feed.json', network],
      ['https://172.20.1.1/feed.json', network],
      ['http://[fd12:3456::1]/feed.json', network],
      ['http://intranet/feed.json', network],
      ['https://server.local/feed.json', network],
      ['/feeds/termine.json', 'Diese Adresse ist relativ'],
      ['sample-feed.json', 'Diese Adresse ist relativ'],
      ['http://www.example.org/feed.json', 'Diese Adresse beginnt mit http://'],
      ['https://www.example.org/feed.json?a=1&b="2"', ''],
      ['https://172.32.0.1/feed.json', ''],
      ['//www.example.org/feed.json', ''],
      ['', ''],
    ];
    for (const [address, start] of cases) {
      const notice = feedAddressNotice(address);
      expect(start ? notice.slice(0, start.length) : notice, address).to.equal(start);
    }
  });
});

describe('the configurator page', () => {
  it('loads dist/quartier-widgets.js and no source module, and its preview renders', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Snippet erstellen" src="/demo/configurator.html" style="width: 1000px; height: 600px"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('#preview > *')?.shadowRoot?.querySelector('[part~="base"], [part~="empty"]'), 'the preview did not render', {
      timeout: 10000,
    });
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/quartier-widgets.js');
    expect(loaded.filter((path) => path.startsWith('/src/'))).to.deep.equal([]);
  });

  async function mounted(): Promise<HTMLElement> {
    const page = await (await fetch('/demo/configurator.html')).text();
    const main = new DOMParser().parseFromString(page, 'text/html').querySelector('#configurator')!;
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.append(document.importNode(main, true));
    await mountConfigurator(root.querySelector('#configurator')!, { feedSource, version: '0.1.0' });
    return root;
  }
  const choose = async (root: HTMLElement, id: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === 'on';
    else field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve));
  };
  const preview = (root: HTMLElement) => root.querySelector('#preview')!.firstElementChild as HTMLElement;
  const code = (root: HTMLElement) => root.querySelector('#snippet')!.textContent!;

  it('says what the preload line is for only where the snippet has one', async () => {
    const root = await mounted();
    const note = root.querySelector<HTMLElement>('#preload-note')!;
    await waitUntil(() => code(root).startsWith('<link '), 'a snippet with the preload');
    expect(note.hidden).to.equal(false);
    await choose(root, 'feed', '');
    await waitUntil(() => code(root).startsWith('<script '), 'a snippet without a feed has no preload');
    expect(note.hidden).to.equal(true);
  });

  it('shows the chosen widget live and the snippet for it, with the feed\'s items to pick from', async () => {
    const root = await mounted();
    const items = [...root.querySelectorAll<HTMLOptionElement>('#item option')].map((o) => o.value);
    expect(items).to.include.members(['', 'kommunalkonferenz-2017', 'beispiel-abgesagt']);

    await choose(root, 'item', 'kommunalkonferenz-2017');
    await choose(root, 'lang', 'en');
    await choose(root, 'use-accent', 'on');
    await choose(root, 'accent', '#7a2e8c');
    const card = preview(root);
    expect(card.localName).to.equal('qw-event-card');
    await settled(card);
    expect(text(part(card, 'title'))).to.equal('Bundesweite Kommunalkonferenz „Integration vor Ort leben“');
    expect(getComputedStyle(card.shadowRoot!.querySelector('a')!).color).to.equal('rgb(122, 46, 140)');
    expect(code(root)).to.include(`<qw-event-card feed="${location.origin}/demo/sample-feed.json" event="kommunalkonferenz-2017" lang="en"></qw-event-card>`);
    expect(code(root)).to.include('--qw-color-accent: #7a2e8c;');
    // Self-hosted by default, as the README says: the package is not on a CDN yet.
    expect(code(root)).to.match(
      /^<link rel="preload" href="[^"]+\/demo\/sample-feed\.json" as="fetch" crossorigin>\n<link rel="modulepreload" href="\/assets\/quartier-widgets\/0\.1\.0\/chunks\/en\.js">\n<script type="module" src="\/assets\/quartier-widgets\/0\.1\.0\/quartier-widgets\.js"><\/script>\n/,
    );
    await choose(root, 'script', 'https://www.example.org/js/quartier-widgets.js');
    expect(code(root)).to.match(/\n<script type="module" src="https:\/\/www\.example\.org\/js\/quartier-widgets\.js"><\/script>\n/);

    await choose(root, 'widget', 'qw-calendar');
    await choose(root, 'show-filter', 'on');
    await choose(root, 'programme', 'soziale-stadt');
    expect(preview(root).localName).to.equal('qw-calendar');
    expect(root.querySelector<HTMLElement>('#item')!.closest<HTMLElement>('[data-for]')!.hidden).to.equal(true);
    expect(code(root)).to.include(`<qw-calendar feed="${location.origin}/demo/sample-feed.json" month="2015-10" programme="soziale-stadt" show-filter lang="en"></qw-calendar>`);
  });

  const shownAttributes = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>('[data-attribute]')].filter((c) => !c.closest<HTMLElement>('[data-for]')?.hidden).map((c) => c.id);

  it('opens on a moment that shows the sample feed, and writes now into the code only when ticked', async () => {
    const root = await mounted();
    const now = root.querySelector<HTMLInputElement>('#now')!;
    expect(now.value).to.equal('2015-10-05T09:00');
    expect(root.querySelector<HTMLInputElement>('#month')!.value).to.equal('2015-10');
    expect(root.querySelector(`label[for="now"]`)!.textContent).to.equal('Datum und Uhrzeit der Vorschau (nur zum Ausprobieren)');
    expect(text(root.querySelector(`#${now.getAttribute('aria-describedby')}`))).to.include('In den Code kommt sie nur mit dem Häkchen');

    await settled(preview(root));
    expect(preview(root).getAttribute('now')).to.equal('2015-10-05T09:00');
    expect(text(part(preview(root), 'title'))).to.equal('Telefonsprechstunde zum Projektaufruf');
    expect(code(root)).not.to.include('now=');
    await choose(root, 'now-in-snippet', 'on');
    expect(code(root)).to.include(' now="2015-10-05T09:00"');

    await choose(root, 'widget', 'qw-calendar');
    await settled(preview(root));
    expect(preview(root).shadowRoot!.querySelectorAll('[data-id]').length).to.be.greaterThan(5);
    expect(code(root)).to.include(' month="2015-10"');

    // Another feed: the sample moment would hide its data.
    await choose(root, 'feed', `${location.origin}/test/fixtures/calendar-visitor.json`);
    await waitUntil(() => !now.value, 'now kept the sample moment for another feed');
    expect(root.querySelector<HTMLInputElement>('#month')!.value).to.equal('');
  });

  it('offers each widget the attributes it has, and writes them', async () => {
    const root = await mounted();
    const expected: Record<string, string[]> = {
      'qw-event-card': ['feed', 'tags', 'programme', 'free', 'accessibility', 'event-language', 'structured-data', 'heading-level', 'lang', 'theme'],
      'qw-event-list': ['feed', 'limit', 'days', 'place', 'hide-cancelled', 'tags', 'programme', 'free', 'accessibility', 'event-language', 'compact', 'show-filter', 'show-search', 'sync-url', 'show-subscribe', 'heading-level', 'lang', 'theme'],
      'qw-deadline-countdown': ['feed', 'tags', 'programme', 'soon', 'compact', 'calm', 'heading-level', 'lang', 'theme'],
      'qw-programme-summary': ['feed', 'compact', 'heading-level', 'lang', 'theme'],
      'qw-calendar': ['feed', 'month', 'view', 'first-day', 'hide-week-numbers', 'min', 'max', 'tags', 'programme', 'free', 'accessibility', 'event-language', 'show-filter', 'show-search', 'sync-url', 'show-subscribe', 'heading-level', 'lang', 'theme'],
    };
    for (const [tag, attributes] of Object.entries(expected)) {
      await choose(root, 'widget', tag);
      expect(shownAttributes(root), tag).to.deep.equal(attributes);
    }
    const feed = `${location.origin}/demo/sample-feed.json`;

    await choose(root, 'widget', 'qw-event-list');
    for (const [id, value] of [['limit', '3'], ['days', '90'], ['place', 'Dortmund'], ['hide-cancelled', 'on'], ['compact', 'on'], ['heading-level', '2']]) {
      await choose(root, id!, value!);
    }
    expect(code(root)).to.include(`<qw-event-list feed="${feed}" limit="3" days="90" place="Dortmund" hide-cancelled compact heading-level="2"></qw-event-list>`);
    await settled(preview(root));
    await waitUntil(() => preview(root).shadowRoot!.querySelector('.title'), 'the list drew no event');
    // Dortmund within 90 days of the sample moment: the action week, not the conference of 2017.
    const listed = [...preview(root).shadowRoot!.querySelectorAll('.title')].map(text);
    expect(listed).to.deep.equal(['Aktionswoche „Lebendige Zentren“']);
    await choose(root, 'show-search', 'on');
    expect(code(root)).to.include(' hide-cancelled compact show-search heading-level="2"');
    await waitUntil(() => preview(root).shadowRoot!.querySelector('[part~=search-input]'), 'the preview has no search box');
    await choose(root, 'show-search', 'off');

    await choose(root, 'widget', 'qw-calendar');
    for (const [id, value] of [['view', 'list'], ['first-day', 'sunday'], ['hide-week-numbers', 'on'], ['min', '2015-09'], ['max', '2017-12']]) {
      await choose(root, id!, value!);
    }
    expect(code(root)).to.include(
      `<qw-calendar feed="${feed}" month="2015-10" view="list" first-day="sunday" hide-week-numbers min="2015-09" max="2017-12" heading-level="2"></qw-calendar>`,
    );

    // The event facts' filters, and the card's structured data.
    await choose(root, 'widget', 'qw-event-card');
    for (const [id, value] of [['free', 'on'], ['accessibility', 'step-free'], ['event-language', 'tr'], ['structured-data', 'on']]) {
      await choose(root, id!, value!);
    }
    expect(code(root)).to.match(/<qw-event-card feed="[^"]+"( event="[^"]+")? free accessibility="step-free" event-language="tr" structured-data heading-level="2"><\/qw-event-card>/);
    for (const [id, value] of [['free', 'off'], ['accessibility', ''], ['event-language', ''], ['structured-data', 'off']]) await choose(root, id!, value!);

    await choose(root, 'widget', 'qw-deadline-countdown');
    await choose(root, 'soon', '21');
    expect(code(root)).to.include(`<qw-deadline-countdown feed="${feed}" soon="21" compact heading-level="2"></qw-deadline-countdown>`);
    await settled(preview(root));
    expect(part(preview(root), 'base')!.classList.contains('soon'), 'two weeks left are "soon" with soon="21"').to.equal(true);
    expect(part(preview(root), 'title')!.getAttribute('aria-level')).to.equal('2');
    expect(part(preview(root), 'time-left'), 'a running count without calm').not.to.equal(null);
    await choose(root, 'calm', 'on');
    expect(code(root)).to.include(`<qw-deadline-countdown feed="${feed}" soon="21" compact calm heading-level="2"></qw-deadline-countdown>`);
    await waitUntil(() => part(preview(root), 'base') && !part(preview(root), 'time-left'), 'calm still shows the running count');
  });

  it('warns next to the code when the feed address is reachable only from this machine', async () => {
    const root = await mounted();
    const notice = root.querySelector<HTMLElement>('#feed-notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.closest('section')).to.equal(root.querySelector('#snippet')!.closest('section'));
    expect(text(notice)).to.match(/^Diese Adresse ist nur auf Ihrem Rechner erreichbar/);
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
    await choose(root, 'feed', 'https://www.example.org/termine.json');
    await waitUntil(() => text(notice) === '', 'the notice stayed for a public address');
    await choose(root, 'feed', '/termine.json');
    await waitUntil(() => text(notice).startsWith('Diese Adresse ist relativ'), 'no notice for a relative address');
  });

  it('is usable by keyboard and passes axe', async () => {
    const root = await mounted();
    root.querySelector<HTMLSelectElement>('#widget')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => preview(root).localName === 'qw-event-list', 'the widget did not change by keyboard');
    expect(code(root)).to.include('<qw-event-list');
    await expect(root.querySelector('form')).to.be.accessible();
  });

  it('copies the snippet, or selects it when the clipboard is refused', async () => {
    const root = await mounted();
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    const status = () => root.querySelector('#copy-status')!.textContent;
    try {
      let copied = '';
      clipboard.writeText = async (value: string) => {
        copied = value;
      };
      root.querySelector<HTMLButtonElement>('#copy')!.click();
      await waitUntil(() => status() === 'Kopiert.', 'no copy status');
      expect(copied).to.equal(code(root));

      clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      root.querySelector<HTMLButtonElement>('#copy')!.click();
      await waitUntil(() => status()!.startsWith('Der Code ist markiert'), 'no fallback status');
      expect(getSelection()!.toString().trim()).to.equal(code(root).trim());
    } finally {
      clipboard.writeText = original;
    }
  });
});
