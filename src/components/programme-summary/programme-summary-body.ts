/**
 * What `<qw-programme-summary>` draws, with its styles: a chunk, requested when the element
 * connects (beside the feed's request), since few pages show a programme. It receives the
 * language and the parts the element keeps (the facts list) from the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, FeedProgramme } from '../../feed/schema.js';
import { callTiming, eventTiming, programmeState } from '../../feed/select.js';
import type { Language } from '../../i18n/index.js';
import { formatMoney } from '../../i18n/money.js';
import { css } from '../../internal/chunk-styles.js';
import { renderContact } from '../../internal/render-contact.js';
import { formatPeriod, formatTiming } from '../../time/format.js';
import { listFormat, visitorTimeZone } from '../../time/intl-cache.js';

/** How many of the programme's upcoming events are listed. */
const EVENTS_SHOWN = 3;

/** What the element hands over to draw one programme. */
export interface SummaryView {
  readonly programme: FeedProgramme;
  readonly feed: Feed;
  readonly feedUrl: string;
  readonly language: Language;
  readonly now: number;
  /** The element's `now` attribute, handed on to the calls' countdowns. */
  readonly nowAttribute: string | undefined;
  readonly level: number;
  readonly compact: boolean;
  /** The facts list (or nothing), drawn by the element's loader of it. */
  readonly facts: unknown;
}

export function renderProgramme(view: SummaryView): TemplateResult {
  const { programme, feed, language, now, level, compact } = view;
  const { messages, locale } = language;
  const state = programmeState(programme, feed, now);
  const budget = programme.budget;
  const period = formatPeriod(programme.start, programme.end, locale, messages);
  return html`
    <article part="base" class=${state ?? 'undated'} aria-labelledby="title">
      ${state ? html`<p part="state" class="badge">${messages.programmeState[state]}</p>` : nothing}
      <p id="title" part="title" role="heading" aria-level=${level}><bdi>${programme.name}</bdi></p>
      ${programme.summary && !compact ? html`<p part="summary"><bdi>${programme.summary}</bdi></p>` : nothing}
      ${budget || period || programme.funders?.length
        ? html`<dl part="facts">
            ${budget
              ? html`<div>
                  <dt>${messages.budgetLabel}</dt>
                  <dd part="budget">
                    ${messages.budget(formatMoney(budget.amount, budget.currency, locale, messages.moneyDisplay), budget.period ?? 'total')}
                  </dd>
                </div>`
              : nothing}
            ${period
              ? html`<div>
                  <dt>${messages.periodLabel}</dt>
                  <dd part="period">${period}</dd>
                </div>`
              : nothing}
            ${programme.funders?.length && !compact
              ? html`<div>
                  <dt>${messages.funders}</dt>
                  <dd part="funders">${listFormat(locale, { type: 'conjunction' }).format(programme.funders)}</dd>
                </div>`
              : nothing}
          </dl>`
        : nothing}
      ${compact ? nothing : view.facts}
      ${compact ? nothing : renderCalls(view)}
      ${compact ? nothing : renderEvents(view)}
      ${compact ? nothing : renderRelated(programme, feed, language)}
      ${compact
        ? nothing
        : renderContact(programme.contact, messages, (contact) => html`<p part="contact">
            <span class="label">${messages.contact}:</span> ${contact}
          </p>`)}
      ${programme.url || (programme.applicationUrl && !compact)
        ? html`<p part="links" class="links">
            ${programme.applicationUrl && !compact
              ? html`<a part="link apply-link" class="primary" href=${programme.applicationUrl}>${messages.applyNow}</a>`
              : nothing}
            ${programme.url ? html`<a part="link website-link" href=${programme.url}>${messages.programmeWebsite}</a>` : nothing}
          </p>`
        : nothing}
    </article>
  `;
}

function renderCalls({ programme, feed, now, language, level, feedUrl, nowAttribute }: SummaryView) {
  const calls = feed.calls
    .filter((call) => call.programmeId === programme.id)
    // Calls without a deadline (rolling, until funds run out) are open and listed after the dated ones.
    .map((call) => ({ call, deadline: callTiming(call, feed, now).deadline ?? Number.POSITIVE_INFINITY }))
    .filter(({ deadline }) => deadline >= now)
    .sort((a, b) => a.deadline - b.deadline);
  if (calls.length === 0) return nothing;
  // The countdowns read the same feed (one request, shared) and the same `now`.
  return renderSection(
    'calls',
    language.messages.openCalls,
    level,
    calls.map(
      ({ call }) => html`<li>
        <qw-deadline-countdown
          part="call"
          exportparts="base: call-base, state: call-state, title: call-title, time-left: call-time-left, deadline: call-deadline, calendar-button: call-calendar-button, calendar-menu: call-calendar-menu, calendar-ics: call-calendar-ics, calendar-google: call-calendar-google, calendar-outlook: call-calendar-outlook"
          compact
          feed=${feedUrl}
          call=${call.id}
          heading-level=${Math.min(level + 2, 6)}
          now=${nowAttribute ?? nothing}
        ></qw-deadline-countdown>
      </li>`,
    ),
  );
}

function renderEvents({ programme, feed, now, language, level }: SummaryView) {
  const events = feed.events
    .filter((event) => event.programmeId === programme.id)
    .map((event) => ({ event, timing: eventTiming(event, feed) }))
    .filter(({ timing }) => timing.end >= now)
    .sort((a, b) => a.timing.start - b.timing.start)
    .slice(0, EVENTS_SHOWN);
  if (events.length === 0) return nothing;
  const { messages, locale } = language;
  return renderSection(
    'events',
    messages.upcomingEvents,
    level,
    events.map(
      ({ event, timing }) => html`<li part="event">
        ${event.url ? html`<a href=${event.url}>${event.title}</a>` : html`<span>${event.title}</span>`}
        ${event.status === 'cancelled' ? html`<strong>${messages.eventStatus.cancelled}</strong>` : nothing}
        <span class="when">${formatTiming(timing, locale, messages, visitorTimeZone())}</span>
      </li>`,
    ),
  );
}

/** A titled list (open calls, upcoming events); its heading is one level below the programme's. */
function renderSection(name: 'calls' | 'events', title: string, level: number, items: TemplateResult[]) {
  return html`<section part=${name} aria-labelledby=${`${name}-title`}>
    <p id=${`${name}-title`} class="label" role="heading" aria-level=${Math.min(level + 1, 6)}>${title}</p>
    <ul>
      ${items}
    </ul>
  </section>`;
}

function renderRelated(programme: FeedProgramme, feed: Feed, { messages }: Language) {
  const related = (programme.relatedProgrammeIds ?? [])
    .map((id) => feed.programmes.find((candidate) => candidate.id === id))
    .filter((candidate): candidate is FeedProgramme => candidate !== undefined);
  if (related.length === 0) return nothing;
  return html`<div class="related">
    <p class="label" id="related-title">${messages.relatedProgrammes}</p>
    <ul part="related" aria-labelledby="related-title">
      ${related.map((item) => html`<li>${item.url ? html`<a href=${item.url}>${item.name}</a>` : item.name}</li>`)}
    </ul>
  </div>`;
}

/** The summary's own styles, adopted by each summary's shadow root when this module arrives. */
export const summaryStyles = css`
  [part~='summary'] {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  [part~='facts'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--qw-space-s, 0.5rem);
  }
  /* Every label in one style; the facts' values in one size, so budget, period and funders share a baseline. */
  dt,
  .label {
    font-weight: 700;
  }
  [part~='facts'] dd {
    margin: 0;
    font-size: 1.125em;
  }
  [part~='budget'] {
    font-weight: 700;
  }
  section,
  .related {
    display: grid;
    gap: 0.25rem;
  }
  ul {
    display: grid;
    gap: var(--qw-space-s, 0.5rem);
    padding: 0;
    list-style: none;
  }
  [part~='event'],
  [part~='contact'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
  }
`;
