import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Language } from '../../i18n/index.js';
import { plural } from '../../i18n/plural.js';
import { listButton } from './calendar-event.template.js';
import { agendaDays, noon, type MonthView } from './calendar-view.js';

/** Events an agenda day lists before "+N more" (the rest are in the day's list). */
const AGENDA_EVENTS_PER_DAY = 5;

export interface AgendaOptions {
  /** Whether the days before today are shown. */
  readonly earlierShown: boolean;
  readonly onShowEarlier: () => void;
  readonly onClick: (e: MouseEvent) => void;
}

/**
 * The month's events as a list of days, from today on (earlier days behind a button), each
 * event once with its dates: what a narrow calendar shows instead of the grid.
 */
export function renderAgenda(view: MonthView, language: Language, options: AgendaOptions): TemplateResult {
  const { messages, locale } = language;
  const dates = view.formats.longDate;
  const { days, earlier } = agendaDays(view, options.earlierShown);
  return html`${earlier > 0
      ? html`<p><button part="button show-earlier" @click=${options.onShowEarlier}>${messages.earlierEvents}</button></p>`
      : nothing}
    <ol part="agenda" class="agenda">
      ${days.map(({ day, events }) => {
        const today = day === view.today;
        const shown = events.length > AGENDA_EVENTS_PER_DAY ? events.slice(0, AGENDA_EVENTS_PER_DAY - 1) : events;
        return html`<li aria-current=${ifDefined(today ? 'date' : undefined)}>
          <p class="agenda-date" part=${today ? 'agenda-date day-today' : 'agenda-date'}>${dates.format(noon(day))}</p>
          ${events.length === 0 ? html`<p>${messages.noEventsOnDay}</p>` : nothing}
          <ul>
            ${shown.map((placed) => html`<li>${listButton(view, placed, language, options.onClick)}</li>`)}
            ${shown.length < events.length
              ? html`<li>
                  <button part="more" class="more" data-more=${day} @click=${options.onClick}
                    >${plural(locale, messages.moreEvents, events.length - shown.length)}</button
                  >
                </li>`
              : nothing}
          </ul>
        </li>`;
      })}
    </ol>`;
}
