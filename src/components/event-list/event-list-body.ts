// The event list's body: which events it shows and how. Loaded on demand (a chunk of the
// script-tag bundle, fetched when the element connects, beside the feed's request), so a page
// without a list pays only for the element's class. It receives the language and callbacks
// as arguments and keeps no state of its own.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedEvent } from '../../feed/schema.js';
import type { Language } from '../../i18n/index.js';
import { dateTimeFormat } from '../../time/intl-cache.js';
import { eventParts, formatsFor, noon, type Formats } from '../calendar/calendar-view.js';
import { groupByDay, type ListedEvent } from './event-list-view.js';

export { upcomingEvents } from './event-list-view.js';

export interface ListOptions {
  readonly listed: readonly ListedEvent[];
  /** How many of them are shown (`limit`, more after each "Weitere Termine"). */
  readonly shown: number;
  readonly today: number;
  readonly language: Language;
  readonly headingLevel: number;
  readonly compact: boolean;
  /** Entries whose card is open, by position in `listed`. */
  readonly expanded: ReadonlySet<number>;
  /** The feed address the open cards read (the list's own). */
  readonly feed: string | undefined;
  readonly emptyText: string;
  readonly onToggle: (e: MouseEvent) => void;
  readonly onMore: () => void;
}

/** A day's heading: "Heute" and "Morgen" before the date, the date alone further on. */
function dayHeading(day: number, today: number, formats: Formats, language: Language): TemplateResult {
  const { messages } = language;
  const date = formats.longDate.format(noon(day));
  const near = day === today ? messages.today : day === today + 1 ? messages.eventList.tomorrow : undefined;
  return near ? html`${near} <span class="date">${date}</span>` : html`${date}`;
}

/** Where, as short as a list line allows: the venue and the city; online events say so. */
function placeText(event: FeedEvent, language: Language): string | undefined {
  const { location } = event;
  const place = [location?.name, location?.city].filter(Boolean).join(', ');
  if (place) return place;
  return event.attendance === 'online' ? language.messages.attendance.online : undefined;
}

function entry(listed: ListedEvent, index: number, options: ListOptions, formats: Formats): TemplateResult {
  const { placed, day } = listed;
  const { event } = placed;
  const { language, compact } = options;
  const { messages, locale } = language;
  const began = day > placed.firstDay;
  const start = placed.startTime;
  const time = began ? '' : start ? formats.time.format(Date.UTC(1970, 0, 1, start.hour, start.minute)) : messages.allDay;
  const until =
    placed.lastDay > day
      ? messages.eventList.until(
          dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noon(placed.lastDay)),
        )
      : undefined;
  const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
  const place = compact ? undefined : placeText(event, language);
  const open = options.expanded.has(index);
  return html`<li class="entry">
    <button
      part=${eventParts(event)}
      class=${status ? `event ${status}` : 'event'}
      data-index=${index}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${ifDefined(open ? `card-${index}` : undefined)}
      @click=${options.onToggle}
    >
      ${compact ? html`<span class="day">${formats.dayMonth.format(noon(day))}</span>` : nothing}
      <span class="time">${time}</span>
      <span class="what">
        <span class="title" dir="auto">${event.title}</span>
        ${until ? html`<span class="dates">${until}</span>` : nothing}
        ${place ? html`<span class="place" dir="auto">${place}</span>` : nothing}
      </span>
      ${status
        ? html`<span part="status" class=${status === 'cancelled' ? 'badge danger' : 'badge warning'}>${messages.eventStatus[status]}</span>`
        : nothing}
    </button>
    ${open
      ? html`<div id=${`card-${index}`} class="card">
          <qw-event-card .feed=${options.feed} event=${event.id} lang=${locale} heading-level=${Math.min(options.headingLevel + 1, 6)}></qw-event-card>
        </div>`
      : nothing}
  </li>`;
}

/** The upcoming events under their day headings (a flat list when compact), then "Weitere Termine". */
export function renderList(options: ListOptions): TemplateResult {
  const { listed, shown, language, compact } = options;
  const { messages } = language;
  if (listed.length === 0) return html`<p part="empty">${options.emptyText}</p>`;
  const formats = formatsFor(language.locale);
  const visible = listed.slice(0, shown);
  let index = 0;
  const body = compact
    ? html`<ul part="list" class="entries">
        ${visible.map((listed, i) => entry(listed, i, options, formats))}
      </ul>`
    : html`<ol part="list" class="days">
        ${groupByDay(visible).map(
          ({ day, events }) => html`<li aria-current=${ifDefined(day === options.today ? 'date' : undefined)}>
            <p part=${day === options.today ? 'day-heading day-today' : 'day-heading'} role="heading" aria-level=${options.headingLevel}>
              ${dayHeading(day, options.today, formats, language)}
            </p>
            <ul class="entries">
              ${events.map((listed) => entry(listed, index++, options, formats))}
            </ul>
          </li>`,
        )}
      </ol>`;
  return html`${body}${shown < listed.length
    ? html`<button part="button more" class="more" @click=${options.onMore}>${messages.eventList.more}</button>`
    : nothing}`;
}

