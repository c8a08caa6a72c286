import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import '../deadline-countdown/deadline-countdown.js';
import type { Feed, FeedProgramme } from '../../feed/schema.js';
import { callTiming, eventTiming, programmeState } from '../../feed/select.js';
import type { Language } from '../../i18n/index.js';
import { formatMoney } from '../../i18n/money.js';
import { FeedElement } from '../../internal/feed-element.js';
import { FundingFactsLoader } from '../../internal/funding-facts-loader.js';
import { renderContact } from '../../internal/render-contact.js';
import { fundingStyles } from '../../styles/funding.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { formatPeriod, formatTiming } from '../../time/format.js';
import { listFormat, visitorTimeZone } from '../../time/intl-cache.js';
import { programmeSummaryStyles } from './programme-summary.styles.js';

/** How many of the programme's upcoming events are listed. */
const EVENTS_SHOWN = 3;

/**
 * @tagname qw-programme-summary
 * @summary A funding programme at a glance: budget, period and state, open calls with
 * their deadlines, upcoming events, related programmes and links.
 *
 * Open calls are shown as compact `<qw-deadline-countdown>` elements, so they count down
 * on the page's shared clock.
 *
 * @csspart base - The summary (`<article>`); its class is the state: `upcoming`, `running` or `ended`.
 * @csspart state - The state badge ("Laufendes Programm", …), when the programme gives dates.
 * @csspart title - The programme's name (a heading).
 * @csspart summary - The programme's summary.
 * @csspart facts - The list of budget, period and funders.
 * @csspart budget - The budget ("300 Mio. € pro Jahr").
 * @csspart period - The running period ("2017–2020").
 * @csspart funders - The funding bodies.
 * @csspart funding-facts - The facts applicants decide by (funding type, rate, amount, who, where, legal basis). Each value is also `fact-<name>` (`fact-fundingRate`, …).
 * @csspart calls - The section of open calls.
 * @csspart call - One open call (a compact `<qw-deadline-countdown>`); its parts are exported as `call-base`, `call-state`, `call-title`, `call-time-left`, `call-deadline`, `call-calendar-button` and `call-calendar-menu` (its reminder menu: "Frist in meinen Kalender") with `call-calendar-ics`, `call-calendar-google` and `call-calendar-outlook`.
 * @csspart events - The section of upcoming events.
 * @csspart event - One upcoming event.
 * @csspart related - The list of related programmes.
 * @csspart contact - The contact.
 * @csspart links - The links to apply and to the programme's page.
 * @csspart link - A link; also `apply-link` (the primary "Zum Antrag") or `website-link`.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart stale - The notice shown above earlier data when an update failed.
 * @csspart empty - Shown when the programme does not exist.
 *
 * @cssproperty --qw-programme-background - Background (falls back to `--qw-color-background`).
 * @cssproperty --qw-programme-border - Border (falls back to `--qw-color-border`).
 * @cssproperty --qw-programme-padding - Inner spacing (falls back to `--qw-space-m`).
 *
 * @event qw-deadline-reached - Bubbles up from an open call's countdown when its deadline passes. `detail`: `{ call, deadline }`.
 */
export class QwProgrammeSummary extends FeedElement {
  static override styles = [hostStyles, fundingStyles, programmeSummaryStyles];

  static override properties: PropertyDeclarations = {
    programme: { type: String },
    compact: { type: Boolean, reflect: true },
  };

  /** id of the programme to show. */
  declare programme: string | undefined;
  /** Name, state, budget, period and link only. */
  declare compact: boolean;

  readonly #facts = new FundingFactsLoader(this);

  constructor() {
    super();
    this.compact = false;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const id = this.programme?.trim();
    if (!this.compact && id) this.#facts.want(this.shownFeed?.programmes.find((candidate) => candidate.id === id));
  }

  protected override renderContent(feed: Feed, language: Language) {
    const id = this.programme?.trim();
    const programme = id ? feed.programmes.find((candidate) => candidate.id === id) : undefined;
    if (!id) this.warnOnce('no programme attribute: set it to the id of a programme in the feed');
    if (!programme) return this.renderEmpty(language.messages.programmeNotFound);
    // The facts list is a chunk; waiting for it in the placeholder keeps the page from moving.
    if (!this.compact && this.#facts.pending(programme)) return this.renderPlaceholder(language);
    return this.#renderProgramme(programme, feed, language);
  }

  #renderProgramme(programme: FeedProgramme, feed: Feed, language: Language): TemplateResult {
    const { messages, locale } = language;
    const now = this.currentTime(feed);
    const state = programmeState(programme, feed, now);
    const level = this.titleLevel();
    const budget = programme.budget;
    const period = formatPeriod(programme.start, programme.end, locale, messages);
    return html`
      <article part="base" class=${state ?? 'undated'} aria-labelledby="title">
        ${state ? html`<p part="state" class="badge">${messages.programmeState[state]}</p>` : nothing}
        <p id="title" part="title" role="heading" aria-level=${level}><bdi>${programme.name}</bdi></p>
        ${programme.summary && !this.compact ? html`<p part="summary"><bdi>${programme.summary}</bdi></p>` : nothing}
        ${budget || period || programme.funders?.length
          ? html`<dl part="facts">
              ${budget
                ? html`<div>
                    <dt>${messages.budgetLabel}</dt>
                    <dd part="budget">
                      ${messages.budget(
                        formatMoney(budget.amount, budget.currency, locale, messages.moneyDisplay),
                        budget.period ?? 'total',
                      )}
                    </dd>
                  </div>`
                : nothing}
              ${period
                ? html`<div>
                    <dt>${messages.periodLabel}</dt>
                    <dd part="period">${period}</dd>
                  </div>`
                : nothing}
              ${programme.funders?.length && !this.compact
                ? html`<div>
                    <dt>${messages.funders}</dt>
                    <dd part="funders">${listFormat(locale, { type: 'conjunction' }).format(programme.funders)}</dd>
                  </div>`
                : nothing}
            </dl>`
          : nothing}
        ${this.compact ? nothing : this.#facts.render(programme, language)}
        ${this.compact ? nothing : this.#renderCalls(programme, feed, now, language, level)}
        ${this.compact ? nothing : this.#renderEvents(programme, feed, now, language, level)}
        ${this.compact ? nothing : this.#renderRelated(programme, feed, language)}
        ${this.compact
          ? nothing
          : renderContact(programme.contact, messages, (contact) => html`<p part="contact">
              <span class="label">${messages.contact}:</span> ${contact}
            </p>`)}
        ${programme.url || (programme.applicationUrl && !this.compact)
          ? html`<p part="links" class="links">
              ${programme.applicationUrl && !this.compact
                ? html`<a part="link apply-link" class="primary" href=${programme.applicationUrl}>${messages.applyNow}</a>`
                : nothing}
              ${programme.url ? html`<a part="link website-link" href=${programme.url}>${messages.programmeWebsite}</a>` : nothing}
            </p>`
          : nothing}
      </article>
    `;
  }

  #renderCalls(programme: FeedProgramme, feed: Feed, now: number, { messages }: Language, level: number) {
    const calls = feed.calls
      .filter((call) => call.programmeId === programme.id)
      // Calls without a deadline (rolling, until funds run out) are open and listed after the dated ones.
      .map((call) => ({ call, deadline: callTiming(call, feed, now).deadline ?? Number.POSITIVE_INFINITY }))
      .filter(({ deadline }) => deadline >= now)
      .sort((a, b) => a.deadline - b.deadline);
    if (calls.length === 0) return nothing;
    // The countdowns read the same feed (one request, shared) and the same `now`.
    return this.#renderSection(
      'calls',
      messages.openCalls,
      level,
      calls.map(
          ({ call }) => html`<li>
            <qw-deadline-countdown
              part="call"
              exportparts="base: call-base, state: call-state, title: call-title, time-left: call-time-left, deadline: call-deadline, calendar-button: call-calendar-button, calendar-menu: call-calendar-menu, calendar-ics: call-calendar-ics, calendar-google: call-calendar-google, calendar-outlook: call-calendar-outlook"
              compact
              feed=${this.feedController.snapshot!.url}
              call=${call.id}
              heading-level=${Math.min(level + 2, 6)}
              now=${this.now ?? nothing}
            ></qw-deadline-countdown>
          </li>`,
      ),
    );
  }

  #renderEvents(programme: FeedProgramme, feed: Feed, now: number, language: Language, level: number) {
    const events = feed.events
      .filter((event) => event.programmeId === programme.id)
      .map((event) => ({ event, timing: eventTiming(event, feed) }))
      .filter(({ timing }) => timing.end >= now)
      .sort((a, b) => a.timing.start - b.timing.start)
      .slice(0, EVENTS_SHOWN);
    if (events.length === 0) return nothing;
    const { messages, locale } = language;
    return this.#renderSection(
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
  #renderSection(name: 'calls' | 'events', title: string, level: number, items: TemplateResult[]) {
    return html`<section part=${name} aria-labelledby=${`${name}-title`}>
      <p id=${`${name}-title`} class="label" role="heading" aria-level=${Math.min(level + 1, 6)}>${title}</p>
      <ul>
        ${items}
      </ul>
    </section>`;
  }

  #renderRelated(programme: FeedProgramme, feed: Feed, { messages }: Language) {
    const related = (programme.relatedProgrammeIds ?? [])
      .map((id) => feed.programmes.find((candidate) => candidate.id === id))
      .filter((candidate): candidate is FeedProgramme => candidate !== undefined);
    if (related.length === 0) return nothing;
    return html`<div class="related">
      <p class="label" id="related-title">${messages.relatedProgrammes}</p>
      <ul part="related" aria-labelledby="related-title">
        ${related.map(
          (item) => html`<li>${item.url ? html`<a href=${item.url}>${item.name}</a>` : item.name}</li>`,
        )}
      </ul>
    </div>`;
  }
}
