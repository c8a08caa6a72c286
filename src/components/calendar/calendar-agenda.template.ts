import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../i18n/index.js';
import { plural } from '../../i18n/plural.js';
import { listButton } from './calendar-event.template.js';
import { isInViewMonth, noon, type MonthView } from './calendar-view.js';

/** Events an agenda day lists before "+N more" (the rest are in the day's list). */
const AGENDA_EVENTS_PER_DAY = 5;

/** The days of the month that have events, as a list: what a narrow calendar shows instead of the grid. */
export function renderAgenda(view: MonthView, language: Language, onClick: (e: MouseEvent) => void): TemplateResult {
  const { messages, locale } = language;
  const dates = view.formats.longDate;
  const days = [...view.layout.byDay.keys()].filter((day) => isInViewMonth(view, day)).sort((a, b) => a - b);
  return html`<ol part="agenda" class="agenda">
    ${days.map((day) => {
      const events = view.layout.byDay.get(day)!;
      const shown = events.length > AGENDA_EVENTS_PER_DAY ? events.slice(0, AGENDA_EVENTS_PER_DAY - 1) : events;
      return html`<li>
        <p class="agenda-date" part=${day === view.today ? 'agenda-date day-today' : 'agenda-date'}>${dates.format(noon(day))}</p>
        <ul>
          ${shown.map((placed) => html`<li>${listButton(view, placed, language, onClick)}</li>`)}
          ${shown.length < events.length
            ? html`<li>
                <button part="more" class="more" data-more=${day} @click=${onClick}>
                  ${plural(locale, messages.moreEvents, events.length - shown.length)}
                </button>
              </li>`
            : nothing}
        </ul>
      </li>`;
    })}
  </ol>`;
}
