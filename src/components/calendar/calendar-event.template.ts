import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../i18n/index.js';
import { compactTime, eventParts, type MonthView } from './calendar-view.js';
import type { PlacedEvent } from './month-layout.js';

/**
 * Time (when it starts that day), title, the dates of a multi-day event, and "cancelled" in words.
 * A bar in the grid writes the time short ("9", "9:30", "9a") to leave its title the room.
 */
export function eventLabel(view: MonthView, placed: PlacedEvent, language: Language, withTime: boolean, compact = false, datesShown = false): TemplateResult {
  const { messages } = language;
  const start = placed.startTime;
  const { time: format } = view.formats;
  const time =
    withTime && start
      ? compact
        ? compactTime(format, start.hour, start.minute)
        : format.format(Date.UTC(1970, 0, 1, start.hour, start.minute))
      : undefined;
  const days = view.spanText(placed);
  const cancelled = placed.event.status === 'cancelled';
  return html`${time ? html`<span class="time">${time}</span> ` : nothing}<span class="title" dir="auto"
      >${placed.event.title}</span
    >${days ? html`<span class=${datesShown ? 'dates' : 'visually-hidden'}>, <span>${days}</span></span>` : nothing}${cancelled
      ? html`<span class="visually-hidden">, ${messages.eventStatus.cancelled}</span>`
      : nothing}`;
}

/** An event as a line of a list (the agenda, a day's list): "ganztägig" or its time, its title, a multi-day event's dates. */
export function listButton(view: MonthView, placed: PlacedEvent, language: Language, onClick: (e: MouseEvent) => void): TemplateResult {
  const allDay = !placed.startTime ? html`<span class="time">${language.messages.allDay}</span> ` : nothing;
  return html`<button part=${eventParts(placed.event)} class="event" data-id=${placed.event.id} @click=${onClick}
    >${allDay}${eventLabel(view, placed, language, true, false, true)}</button
  >`;
}
