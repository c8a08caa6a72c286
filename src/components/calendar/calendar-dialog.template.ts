import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../i18n/index.js';
import { plural } from '../../i18n/plural.js';
import { listButton } from './calendar-event.template.js';
import { DAY_LIST_PAGE, noon, type MonthView } from './calendar-view.js';
import type { PlacedEvent } from './month-layout.js';

/** What the dialog shows: a day's events, or one event's details. */
/** An event opened from a day's list keeps that day, for the way back. */
export type DialogContent =
  | { readonly kind: 'day'; readonly day: number }
  | { readonly kind: 'event'; readonly placed: PlacedEvent; readonly fromDay?: number };

export interface DialogOptions {
  readonly feed: string | undefined;
  readonly now: string | undefined;
  /** How many of the day's events its list shows. */
  readonly dayListShown: number;
  readonly onClose: () => void;
  /** From an event back to the day's list it was opened from. */
  readonly onBack: (day: number, eventId: string) => void;
  readonly onShowMore: () => void;
  readonly onDownload: (placed: PlacedEvent) => void;
  /** A click on an event of the day's list. */
  readonly onSelect: (e: MouseEvent) => void;
}

export { calendarDialogCss } from './calendar-dialog.styles.js';

export function renderDialogContent(content: DialogContent, view: MonthView, language: Language, options: DialogOptions): TemplateResult {
  const { messages } = language;
  const close = html`<button part="button close" class="close" @click=${options.onClose}>${messages.close}</button>`;
  if (content.kind === 'day') {
    const events = view.layout.byDay.get(content.day) ?? [];
    const shown = events.slice(0, options.dayListShown);
    const next = Math.min(events.length - shown.length, DAY_LIST_PAGE);
    return html`<div class="dialog-header">
        <p id="dialog-title" role="heading" aria-level="2">${messages.eventsOn(view.formats.longDate.format(noon(content.day)))}</p>
        ${close}
      </div>
      ${events.length
        ? html`<ul part="day-list">
              ${shown.map((placed) => html`<li>${listButton(view, placed, language, options.onSelect)}</li>`)}
            </ul>
            ${next > 0
              ? html`<button part="button show-more" @click=${options.onShowMore}>
                  ${plural(language.locale, messages.showMoreEvents, next)}
                </button>`
              : nothing}`
        : html`<p>${messages.noEventsOnDay}</p>`}`;
  }
  const { event } = content.placed;
  const { fromDay } = content;
  // The title heads the dialog (the card inside does not repeat it).
  return html`<div class="dialog-header">
      ${fromDay === undefined
        ? nothing
        : html`<button part="button back" @click=${() => options.onBack(fromDay, event.id)}>${messages.back}</button>`}
      <p id="dialog-title" role="heading" aria-level="2" dir="auto">${event.title}</p>
      ${close}
    </div>
    <qw-event-card .feed=${options.feed} .now=${options.now} event=${event.id} lang=${language.locale} heading-level="2"></qw-event-card>
    <p part="actions">
      <button part="button add-to-calendar" @click=${() => options.onDownload(content.placed)}>${messages.addToCalendar}</button>
    </p>`;
}
