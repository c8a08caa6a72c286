import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Language } from '../../i18n/index.js';
import { plural } from '../../i18n/plural.js';
import { isoWeek } from '../../time/calendar-month.js';
import { dayOfWeek, fromEpochDay } from '../../time/plain-date.js';
import { eventLabel } from './calendar-event.template.js';
import { eventParts, isInViewMonth, noon, type MonthView } from './calendar-view.js';
import { SHOWN_LANES, type Segment } from './month-layout.js';

export interface GridOptions {
  readonly showWeekNumbers: boolean;
  readonly onKeydown: (e: KeyboardEvent) => void;
  readonly onClick: (e: MouseEvent) => void;
}

/** The month as a table: one tab stop (the active day), a full date as each day's name. */
export function renderGrid(view: MonthView, language: Language, options: GridOptions): TemplateResult {
  const { messages } = language;
  const { weekdayShort, weekdayLong } = view.formats;
  const showWeeks = options.showWeekNumbers;
  return html`<table part="grid" role="grid" aria-labelledby="title" @keydown=${options.onKeydown} @click=${options.onClick}>
    <thead>
      <tr>
        ${showWeeks
          ? html`<th scope="col" part="week-number">
              <span aria-hidden="true">${messages.weekColumn}</span
              ><span class="visually-hidden">${messages.weekColumnLong}</span>
            </th>`
          : nothing}
        ${view.weeks[0]!.map(
          (day) => html`<th scope="col" part="weekday">
            <span aria-hidden="true">${weekdayShort.format(noon(day))}</span
            ><span class="visually-hidden">${weekdayLong.format(noon(day))}</span>
          </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${view.layout.weeks.map((week) => {
        // The row's ISO week is the week of its Monday (rows may start on Sunday or Saturday).
        const monday = week.days.find((day) => dayOfWeek(fromEpochDay(day)) === 1)!;
        const number = String(isoWeek(fromEpochDay(monday)));
        return html`<tr>
          ${showWeeks
            ? html`<th scope="row" part="week-number">
                <span aria-hidden="true">${messages.weekShort(number)}</span
                ><span class="visually-hidden">${messages.weekLong(number)}</span>
              </th>`
            : nothing}
          ${week.days.map((day, column) => renderDay(view, day, week.lanes[column]!, week.hidden[column]!, column, language))}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function renderDay(
  view: MonthView,
  day: number,
  lanes: readonly (Segment | undefined)[],
  hidden: number,
  column: number,
  language: Language,
): TemplateResult {
  const { messages, locale } = language;
  const outside = !isInViewMonth(view, day);
  const today = day === view.today;
  const count = view.layout.byDay.get(day)?.length ?? 0;
  const date = view.formats.longDate.format(noon(day));
  const lastLane = lanes.findLastIndex(Boolean);
  const more = plural(locale, messages.moreEvents, hidden);
  return html`<td
    part="day${outside ? ' day-outside' : ''}${today ? ' day-today' : ''}"
    class=${outside ? 'outside' : ''}
    data-day=${day}
    tabindex=${day === view.active ? 0 : -1}
    aria-current=${ifDefined(today ? 'date' : undefined)}
  >
    <div class="day-head"
      ><span class="day-number" aria-hidden="true">${fromEpochDay(day).day}</span
      ><span class="visually-hidden">${count > 0 ? `${date}, ${plural(locale, messages.eventCount, count)}` : date}</span
      >${hidden > 0
        ? html`<button part="more" class="more" tabindex="-1" data-more=${day} aria-label=${more} title=${more}>+${hidden}</button>`
        : nothing}</div
    >
    ${count === 0
      ? nothing
      : html`<div class="lanes">
          ${lanes.slice(0, lastLane + 1).map((segment, lane) =>
            segment
              ? // The day's last bar may take two lines where no lane follows it.
                renderBar(view, segment, column, language, lane === lastLane && lane < SHOWN_LANES - 1 && hidden === 0)
              : html`<span class="lane-spacer"></span>`,
          )}
        </div>`}
  </td>`;
}

/** One day's piece of an event bar; the label shows where the bar starts in the row, the rest say it to screen readers. */
function renderBar(view: MonthView, segment: Segment, column: number, language: Language, last: boolean): TemplateResult {
  const { placed } = segment;
  const lead = column === segment.startColumn;
  const end = column === segment.startColumn + segment.span - 1;
  const single = segment.span === 1 && !segment.continuesBefore && !segment.continuesAfter;
  // Open sides run into the neighbouring cell, so the pieces read as one bar; the marked ends
  // are where the event goes on beyond the row.
  const classes = [
    'event bar',
    !lead || segment.continuesBefore ? 'open-start' : '',
    !end || segment.continuesAfter ? 'open-end' : '',
    lead && segment.continuesBefore ? 'continues-before' : '',
    end && segment.continuesAfter ? 'continues-after' : '',
    single && last ? 'two-lines' : '',
  ].join(' ');
  const label = eventLabel(view, placed, language, lead && !segment.continuesBefore, true);
  // The lead piece's label is as wide as the whole piece, drawn over the days it spans; the
  // other pieces say it to screen readers only. One template for both: a month's bars are
  // its most repeated nodes. No whitespace beside the label: two more text nodes a bar.
  const labelClass = lead
    ? `label span-${segment.span}${segment.continuesBefore ? ' from-before' : ''}${segment.continuesAfter ? ' goes-on' : ''}`
    : 'visually-hidden';
  return html`<button part=${eventParts(placed.event)} class=${classes} tabindex="-1" data-id=${placed.event.id} title=${placed.event.title}
    ><span class=${labelClass}>${label}</span></button
  >`;
}
