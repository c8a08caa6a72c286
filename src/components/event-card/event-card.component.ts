import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import { hasEventFacts, registrationLink } from '../../feed/event-facts.js';
import { attributeFilter } from '../../feed/filter.js';
import { eventTiming, nextEvent, placeParts } from '../../feed/select.js';
import type { Language } from '../../i18n/index.js';
import { CalendarMenuController } from '../../internal/calendar-menu-controller.js';
import { EventFeedElement } from '../../internal/event-fact-filters.js';
import { OnDemandController } from '../../internal/on-demand.js';
import { renderContact } from '../../internal/render-contact.js';
import { hostStyles } from '../../styles/host.styles.js';
import { formatTiming } from '../../time/format.js';
import { visitorTimeZone } from '../../time/intl-cache.js';
import { eventCardStyles } from './event-card.styles.js';
import type { EventFactsView } from './event-facts.template.js';

type FactsModule = typeof import('./event-facts.template.js');
type JsonLdModule = typeof import('./event-json-ld.js');

/**
 * @tagname qw-event-card
 * @summary One event from the feed: title, date and time, place, organizer and links.
 *
 * @csspart base - The card (`<article>`).
 * @csspart status - The badge of a cancelled, postponed or rescheduled event.
 * @csspart title - The event's title (a heading).
 * @csspart date - Date and time.
 * @csspart location - Venue and address.
 * @csspart attendance - In person / online.
 * @csspart description - The event's description.
 * @csspart organizer - Organizer and contact.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart links - Registration (the primary action), details and "In meinen Kalender".
 * @csspart link - One link; also `details-link`, `register-link` (drawn as the primary button), `online-link`, `calendar-google` and `calendar-outlook`.
 * @csspart button - The "In meinen Kalender" button (also `calendar-button`) and the menu's `calendar-ics`.
 * @csspart calendar-menu - The menu it opens: an .ics file, Google Calendar, Outlook.com.
 * @csspart image - The event's image.
 * @csspart registration - The registration badges ("Anmeldung erforderlich bis 10. März", "noch 5 Plätze", "Ausgebucht").
 * @csspart previous-start - The former date of a rescheduled event.
 * @csspart series - How a series repeats ("jeden Dienstag, 18:00–19:30 Uhr").
 * @csspart price - The price ("Kostenlos").
 * @csspart accessibility - The accessibility features and note.
 * @csspart accessibility-item - One accessibility feature, icon and words.
 * @csspart accessibility-note - The publisher's note on accessibility.
 * @csspart languages - The languages the event is held in.
 * @csspart audience - Whom the event is for, with the age range.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart stale - The notice shown above earlier data when an update failed.
 * @csspart empty - Shown when the event does not exist or nothing is upcoming.
 *
 * @cssproperty --qw-event-card-background - Card background (falls back to `--qw-color-background`).
 * @cssproperty --qw-event-card-border - Card border (falls back to `--qw-color-border`).
 * @cssproperty --qw-event-card-padding - Inner spacing (falls back to `--qw-space-m`).
 *
 */
export class QwEventCard extends EventFeedElement {
  static override styles = [hostStyles, eventCardStyles];

  static override properties: PropertyDeclarations = {
    event: { type: String },
    tags: { type: String },
    programme: { type: String },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** id of the event. Without it: the next event not yet over at `now` (cancelled ones skipped). */
  declare event: string | undefined;
  /** Comma-separated; without `event`, the next event carrying one of them (case-insensitive). */
  declare tags: string | undefined;
  /** Programme id; without `event`, the next event of that programme. */
  declare programme: string | undefined;
  /**
   * Writes the event as schema.org `Event` JSON-LD (a `<script type="application/ld+json">`
   * child of the card), for search engines on the publisher's own event page. Off by default:
   * on partner pages the same event would be marked up twice.
   */
  declare structuredData: boolean;

  // "In meinen Kalender" loads its menu the first time a visitor opens it.
  readonly #calendarMenu = new CalendarMenuController(this, () => import('../../ics/calendar-menu.js'));
  // The facts' templates, loaded once a shown event has facts.
  readonly #facts = new OnDemandController<FactsModule>(this, () => import('./event-facts.template.js'));
  readonly #jsonLd = new OnDemandController<JsonLdModule>(this, () => import('./event-json-ld.js'));
  /** The event last drawn, for its JSON-LD. */
  #shown: { event: FeedEvent; feed: Feed } | undefined;

  constructor() {
    super();
    this.structuredData = false;
  }

  protected override renderContent(feed: Feed, language: Language) {
    const event = this.#chooseEvent(feed);
    this.#shown = event && { event, feed };
    if (event && hasEventFacts(event) && !this.#facts.module && !this.#facts.error) {
      // The card keeps its loading shape until the facts can be drawn with it, so nothing moves twice.
      void this.#facts.load();
      return this.renderLoading(language);
    }
    if (event) return this.#renderEvent(event, feed, language);
    return this.renderEmpty(this.event ? language.messages.eventNotFound : language.messages.noUpcomingEvents);
  }

  #chooseEvent(feed: Feed): FeedEvent | undefined {
    const id = this.event?.trim();
    const now = this.currentTime(feed);
    if (!id) return nextEvent(feed, now, attributeFilter(this.tags, this.programme, this));
    const event = feed.events.find((candidate) => candidate.id === id);
    if (event) return event;
    // A series' own id, once its occurrences are expanded (`id/20170307T180000`): the next one, else the last.
    const isOccurrence = (candidate: FeedEvent) =>
      candidate.recurrence && candidate.id.startsWith(`${id}/`) && /^\d{8}(T\d{6})?$/.test(candidate.id.slice(id.length + 1));
    const occurrences = feed.events.filter(isOccurrence);
    return nextEvent({ ...feed, events: occurrences }, now) ?? occurrences.at(-1);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    this.#facts.module?.adoptFactStyles(this.renderRoot as ShadowRoot);
    this.#writeStructuredData();
  }

  /** The shown event's JSON-LD while `structured-data` is set; none otherwise (or while nothing is shown). */
  #writeStructuredData() {
    const shown = this.structuredData && this.#shown?.feed === this.shownFeed ? this.#shown : undefined;
    const module = this.#jsonLd.module;
    if (!shown) {
      module?.writeJsonLd(this, undefined);
      return;
    }
    if (!module) {
      void this.#jsonLd.load();
      return;
    }
    const data = module.eventJsonLd(shown.event, shown.feed, this.currentTime(shown.feed));
    if (!module.writeJsonLd(this, module.jsonLdText(data))) {
      this.warnOnce("structured-data: the page's trusted-types list refuses the policy 'qw-json-ld'; add it for the JSON-LD");
    }
  }

  #renderFacts(event: FeedEvent, feed: Feed, locale: string): EventFactsView | undefined {
    const module = this.#facts.module;
    if (!module || !hasEventFacts(event)) return undefined;
    const context = { locale, messages: module.factMessages(locale), timeZone: event.timeZone ?? feed.timeZone, now: this.currentTime(feed) };
    return module.renderEventFacts(event, context);
  }

  #renderEvent(event: FeedEvent, feed: Feed, language: Language): TemplateResult {
    const { messages, locale } = language;
    const facts = this.#renderFacts(event, feed, locale);
    const register = registrationLink(event);
    const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
    const when = formatTiming(eventTiming(event, feed), locale, messages, visitorTimeZone());
    const attendance = event.attendance ?? 'offline';
    const onlineUrl = attendance !== 'offline' ? event.location?.url : undefined;
    return html`
      <article part="base" class=${status ?? 'scheduled'} aria-labelledby="title"
        >${facts?.image ?? nothing}
        <div class="heading">
          ${status ? html`<p part="status" class=${status === 'cancelled' ? 'badge danger' : 'badge warning'}>${messages.eventStatus[status]}</p>` : nothing}
          <p id="title" part="title" role="heading" aria-level=${this.titleLevel()}>${event.title}</p>
        </div>
        ${facts?.registration ?? nothing}
        <dl class="facts">
          <div>
            <dt class="visually-hidden">${messages.when}</dt>
            <dd part="date">${when}</dd>
            ${facts?.moved ?? nothing}
          </div>
          ${this.#renderLocation(event, language)}
          ${event.attendance
            ? html`<div>
                <dt class="visually-hidden">${messages.attendanceLabel}</dt>
                <dd part="attendance">
                  ${messages.attendance[attendance]}${onlineUrl
                    ? html` · <a part="link online-link" href=${onlineUrl}>${messages.joinOnline}</a>`
                    : nothing}
                </dd>
              </div>`
            : nothing}
          ${facts?.rows ?? nothing}
          ${renderContact(event.organizer, messages, (contact) => html`<div>
            <dt>${messages.organizer}</dt>
            <dd part="organizer">${contact}</dd>
          </div>`)}
        </dl>
        ${event.description ? html`<p part="description">${event.description}</p>` : nothing}
        ${event.tags?.length
          ? html`<ul part="tags" aria-label=${messages.tags}>${event.tags.map((tag) => html`<li part="tag">${tag}</li>`)}</ul>`
          : nothing}
        <div part="links">
          ${register
            ? html`<a part="link register-link" href=${register}>${messages.register}</a>`
            : nothing}
          ${event.url ? html`<a part="link details-link" href=${event.url}>${messages.details}</a>` : nothing}
          ${status === 'cancelled' ? nothing : this.#renderCalendarMenu(event, feed, language)}
        </div>
      </article>
    `;
  }

  /** "In meinen Kalender" and, once opened, its menu (not for a cancelled event). */
  #renderCalendarMenu(event: FeedEvent, feed: Feed, language: Language) {
    const messages = language.messages.calendarMenu;
    return this.#calendarMenu.render(messages.button, (menu) =>
      menu.calendarMenu({
        entry: menu.eventCalendarEntry(event, feed),
        icsDownload: () => this.downloadEvents([event], event.title),
        messages,
      }),
    );
  }

  #renderLocation(event: FeedEvent, language: Language) {
    const region = event.location?.region;
    const place = region ? [...placeParts(event.location), region] : placeParts(event.location);
    if (place.length === 0) return nothing;
    return html`<div>
      <dt class="visually-hidden">${language.messages.where}</dt>
      <dd part="location">${place.join(', ')}</dd>
    </div>`;
  }
}
