// The widgets in the states the accessibility and screenshot tests look at, in one list,
// so a new widget is covered everywhere by adding its states here.
import { fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { chipsShown, settled } from '../helpers.js';

export interface WidgetState {
  /** A file-name-safe name: `<widget>-<state>`. */
  readonly name: string;
  /** The widget in this state, in a language (`de`, `ar`, …). */
  readonly render: (lang: string) => TemplateResult;
  /** Brings the widget into the state after it has settled (opens a dialog, …). */
  readonly prepare?: (el: HTMLElement) => Promise<void>;
  /** Taken in screenshots (the main states; the rest only in the criterion and axe runs). */
  readonly screenshot?: boolean;
}

const EVENTS = '/test/fixtures/events.json';
const CALLS = '/test/fixtures/calls.json';
/** Calls of every kind: stages, rounds, rolling, with the funding facts. */
const FUNDING = '/test/fixtures/funding.json';
/** Events with registration, price, accessibility, languages, audience, image and a former date. */
const FACTS = '/test/fixtures/event-facts.json';
/** Full days ("+3"), long titles, tags for the filter chips, events in the neighbouring months. */
const CALENDAR = '/test/fixtures/calendar-visitor.json';
/** Running and coming events, statuses, a multi-day exhibition, more than `limit`. */
const LIST = '/test/fixtures/event-list.json';
/** Series: weekly with an exception, monthly, all-day weekly, and one whose rule cannot be expanded. */
const SERIES = '/test/fixtures/series.json';
/** Events with tags and a programme, and calendar alternates for the whole feed, a tag and the programme. */
const ALTERNATES = '/test/fixtures/alternates.json';

export const WIDGET_STATES: readonly WidgetState[] = [
  {
    name: 'event-card',
    render: (lang) => html`<qw-event-card feed=${EVENTS} event="konferenz" now="2017-03-01" lang=${lang}></qw-event-card>`,
    screenshot: true,
  },
  {
    name: 'event-card-cancelled',
    render: (lang) => html`<qw-event-card feed=${EVENTS} event="abgesagt" now="2017-03-01" lang=${lang}></qw-event-card>`,
  },
  {
    // The facts: a rescheduled, fully booked event with a price, access features with icons, languages and audience.
    name: 'event-card-facts',
    render: (lang) => html`<qw-event-card feed=${FACTS} event="buergerversammlung" now="2017-03-01" lang=${lang}></qw-event-card>`,
    screenshot: true,
  },
  {
    // Registration with a deadline, places left and its button, an accessibility note, ages and an image
    // (not in screenshots: its https: address is not served to the tests, so it never loads).
    name: 'event-card-facts-registration',
    render: (lang) => html`<qw-event-card feed=${FACTS} event="elterncafe" now="2017-03-01" lang=${lang}></qw-event-card>`,
  },
  {
    name: 'countdown-open',
    render: (lang) => html`<qw-deadline-countdown feed=${CALLS} call="difu" now="2015-10-07T08:00" lang=${lang}></qw-deadline-countdown>`,
    screenshot: true,
  },
  {
    name: 'countdown-soon',
    render: (lang) => html`<qw-deadline-countdown feed=${CALLS} call="mittags" now="2015-10-19T10:30" lang=${lang}></qw-deadline-countdown>`,
  },
  {
    name: 'countdown-upcoming',
    render: (lang) => html`<qw-deadline-countdown feed=${CALLS} call="mit-start" now="2015-08-15" lang=${lang}></qw-deadline-countdown>`,
  },
  {
    name: 'countdown-closed',
    render: (lang) => html`<qw-deadline-countdown feed=${CALLS} call="difu" now="2015-10-20T00:00" lang=${lang}></qw-deadline-countdown>`,
  },
  {
    // Stage 1 of 2, what the deadline means, the next stage, the facts list and "Zum Antrag".
    name: 'countdown-stages',
    render: (lang) => html`<qw-deadline-countdown feed=${FUNDING} call="stufen" now="2026-03-20T12:00" lang=${lang}></qw-deadline-countdown>`,
    screenshot: true,
  },
  {
    // Its reminder menu open: the .ics file, Google Calendar, Outlook.com below the button.
    name: 'countdown-stages-menu',
    render: (lang) => html`<qw-deadline-countdown feed=${FUNDING} call="stufen" now="2026-03-20T12:00" lang=${lang}></qw-deadline-countdown>`,
    prepare: async (el) => {
      el.shadowRoot!.querySelector<HTMLElement>('[part~=calendar-button]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=calendar-menu]'), 'the reminder menu did not open');
    },
    screenshot: true,
  },
  {
    name: 'countdown-compact',
    render: (lang) => html`<qw-deadline-countdown feed=${CALLS} call="difu" compact now="2015-10-07T08:00" lang=${lang}></qw-deadline-countdown>`,
  },
  {
    name: 'programme-summary',
    render: (lang) => html`<qw-programme-summary feed=${CALLS} programme="soziale-stadt" now="2017-03-01" lang=${lang}></qw-programme-summary>`,
    screenshot: true,
  },
  {
    // A grid where the box is wide enough, the list where it is narrow.
    name: 'calendar',
    render: (lang) => html`<qw-calendar feed=${CALENDAR} month="2017-03" now="2017-03-20T09:00" lang=${lang} show-filter></qw-calendar>`,
    screenshot: true,
  },
  {
    name: 'calendar-filtered',
    render: (lang) => html`<qw-calendar feed=${CALENDAR} month="2017-03" now="2017-03-20T09:00" lang=${lang} show-filter></qw-calendar>`,
    prepare: async (el) => {
      el.shadowRoot!.querySelector<HTMLElement>('[part~=chip]')!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    },
  },
  {
    name: 'calendar-day-list',
    render: (lang) => html`<qw-calendar feed=${CALENDAR} month="2017-03" now="2017-03-20T09:00" lang=${lang} view="month"></qw-calendar>`,
    prepare: (el) => openFromGrid(el, '[part~=more]'),
    screenshot: true,
  },
  {
    name: 'calendar-event',
    render: (lang) => html`<qw-calendar feed=${CALENDAR} month="2017-03" now="2017-03-20T09:00" lang=${lang} view="month"></qw-calendar>`,
    prepare: (el) => openFromGrid(el, '[data-id=konferenz]'),
  },
  {
    // The occurrences of a JSON feed's series, expanded by their chunk.
    name: 'calendar-series',
    render: (lang) => html`<qw-calendar feed=${SERIES} month="2017-03" now="2017-03-01T08:00" lang=${lang}></qw-calendar>`,
    screenshot: true,
  },
  {
    // An occurrence's card: its own date and how the series repeats.
    name: 'event-card-series',
    render: (lang) => html`<qw-event-card feed=${SERIES} event="sprechstunde/20170328T180000" now="2017-03-01" lang=${lang}></qw-event-card>`,
  },
  {
    name: 'calendar-empty',
    render: (lang) => html`<qw-calendar feed=${CALENDAR} month="2016-01" now="2016-01-10" lang=${lang}></qw-calendar>`,
  },
  {
    name: 'event-list',
    render: (lang) => html`<qw-event-list feed=${LIST} now="2017-03-20T09:00" limit="6" lang=${lang}></qw-event-list>`,
    prepare: (el) => listDrawn(el),
    screenshot: true,
  },
  {
    name: 'event-list-open',
    render: (lang) => html`<qw-event-list feed=${LIST} now="2017-03-20T09:00" limit="6" lang=${lang}></qw-event-list>`,
    prepare: async (el) => {
      const root = el.shadowRoot!;
      await listDrawn(el);
      root.querySelector<HTMLElement>('[data-index="1"]')!.click();
      await waitUntil(() => root.querySelector('qw-event-card')?.shadowRoot?.querySelector('[part~=base]'), 'the card did not open');
    },
    screenshot: true,
  },
  {
    name: 'event-list-compact',
    render: (lang) => html`<qw-event-list feed=${LIST} now="2017-03-20T09:00" limit="6" compact lang=${lang}></qw-event-list>`,
    prepare: (el) => listDrawn(el),
  },
  {
    // "Abonnieren" below the header, its menu open: webcal:, Google Calendar, Outlook.com, copy.
    name: 'calendar-subscribe-menu',
    render: (lang) => html`<qw-calendar feed=${ALTERNATES} month="2017-03" now="2017-03-20T09:00" lang=${lang} show-filter show-subscribe></qw-calendar>`,
    prepare: (el) => openSubscribeMenu(el),
    screenshot: true,
  },
  {
    name: 'event-list-subscribe',
    render: (lang) => html`<qw-event-list feed=${ALTERNATES} now="2017-03-20T09:00" lang=${lang} show-subscribe></qw-event-list>`,
    prepare: async (el) => {
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[data-index]').length >= 4, 'the list has not drawn its entries');
    },
  },
  {
    name: 'event-list-subscribe-menu',
    render: (lang) => html`<qw-event-list feed=${ALTERNATES} now="2017-03-20T09:00" lang=${lang} show-subscribe></qw-event-list>`,
    prepare: async (el) => {
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[data-index]').length >= 4, 'the list has not drawn its entries');
      await openSubscribeMenu(el);
    },
    screenshot: true,
  },
  {
    // The visitor's search box, place select and chips above the list.
    name: 'event-list-search',
    render: (lang) => html`<qw-event-list feed=${LIST} now="2017-03-20T09:00" limit="6" show-search show-filter lang=${lang}></qw-event-list>`,
    prepare: async (el) => {
      await listDrawn(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=search-input]') && el.shadowRoot!.querySelector('[part~=place-select]'), 'no search or place select');
    },
    screenshot: true,
  },
  {
    name: 'calendar-search',
    render: (lang) => html`<qw-calendar feed=${CALENDAR} month="2017-03" now="2017-03-20T09:00" lang=${lang} show-filter show-search></qw-calendar>`,
    prepare: async (el) => {
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=search-input]'), 'no search box');
    },
    screenshot: true,
  },
  {
    // The visitor's fact filters: the language select and the chips "Kostenlos" and "Barrierefrei" beside the search, the topic chips below.
    name: 'calendar-facts',
    render: (lang) => html`<qw-calendar feed=${FACTS} month="2017-03" now="2017-03-01T09:00" lang=${lang} show-filter show-search></qw-calendar>`,
    prepare: (el) => factFiltersDrawn(el),
    screenshot: true,
  },
  {
    // "Kostenlos" pressed and Turkish chosen: two events left in the list.
    name: 'event-list-facts-chosen',
    render: (lang) => html`<qw-event-list feed=${FACTS} now="2017-03-01T09:00" show-filter lang=${lang}></qw-event-list>`,
    prepare: async (el) => {
      const root = el.shadowRoot!;
      await factFiltersDrawn(el);
      root.querySelector<HTMLElement>('[part~=chip-free]')!.click();
      const select = root.querySelector<HTMLSelectElement>('[part~=language-select]')!;
      select.value = 'tr';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => root.querySelectorAll('[data-index]').length === 2, 'the chosen facts did not filter the list');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    },
    screenshot: true,
  },
  {
    name: 'calendar-error',
    render: (lang) => html`<qw-calendar feed="/api/status/500" lang=${lang}></qw-calendar>`,
  },
];

/** Opens "Abonnieren" and waits until its menu (a chunk) is drawn. */
async function openSubscribeMenu(el: HTMLElement) {
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=subscribe-button]'), 'no "Abonnieren" button');
  el.shadowRoot!.querySelector<HTMLElement>('[part~=subscribe-button]')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=subscribe-menu]'), 'the subscribe menu did not open');
}

/**
 * Waits until the list's body (a chunk loaded on connect) has drawn its entries and, but in
 * compact lines, the conference's facts (a second chunk, loaded when a listed event has facts).
 */
async function listDrawn(el: HTMLElement) {
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelectorAll('[data-index]').length >= 6, 'the list has not drawn its entries');
  if (!el.hasAttribute('compact')) await waitUntil(() => root.querySelector('[part~=compact-facts]'), "the list has not drawn the conference's facts");
}

/** Waits until the visitor's controls (a chunk) have drawn the fact chips and the language select. */
async function factFiltersDrawn(el: HTMLElement) {
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('[part~=chip-free]') && root.querySelector('[part~=language-select]'), 'no fact chips or language select');
}

/** Clicks a control in the calendar's grid and waits until its dialog is open with the content drawn (and a card in it loaded). */
async function openFromGrid(el: HTMLElement, selector: string) {
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector(selector), `nothing matches ${selector}`);
  root.querySelector<HTMLElement>(selector)!.click();
  const dialog = root.querySelector('dialog')!;
  await waitUntil(() => dialog.open && dialog.querySelector('.close'), 'the dialog did not open');
  const card = dialog.querySelector('qw-event-card');
  if (card) await waitUntil(() => card.shadowRoot?.querySelector('[part~=base]'), 'the card in the dialog did not load');
}

/**
 * Renders a widget state inside a box (`style` of the box, e.g. a width), waits until it has
 * loaded and laid out for the box's width, and brings it into its state.
 */
export async function mount(state: WidgetState, lang: string, boxStyle = ''): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const box = await fixture<HTMLElement>(html`<div style=${boxStyle}>${state.render(lang)}</div>`);
  const el = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await settled(el);
  if (el.hasAttribute('show-filter')) await chipsShown(el);
  // The calendar measures its width in the frame after its first render and redraws to fit.
  await nextFrame();
  await el.updateComplete;
  await state.prepare?.(el);
  return el;
}

export const stateNamed = (name: string) => WIDGET_STATES.find((state) => state.name === name)!;
