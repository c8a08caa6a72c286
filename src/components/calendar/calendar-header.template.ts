import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../i18n/index.js';
import { addMonths, monthOf, type PlainMonth } from '../../time/calendar-month.js';
import { fromEpochDay } from '../../time/plain-date.js';
import type { MonthView } from './calendar-view.js';

export interface HeaderOptions {
  readonly name: string;
  readonly headingLevel: number;
  readonly allowed: (month: PlainMonth) => boolean;
  /** Shows a month; `day` becomes the focused day. */
  readonly goTo: (month: PlainMonth, day?: number) => void;
}

/** The month's name as a heading, and previous / today / next. */
export function renderHeader(view: MonthView, { messages }: Language, options: HeaderOptions): TemplateResult {
  // aria-disabled rather than disabled: a button that becomes disabled while focused would drop the focus.
  const button = (name: string, label: string, target: PlainMonth, symbol?: string, day?: number) => {
    const allowed = options.allowed(target);
    return html`<button
      part="button ${name}"
      aria-label=${symbol ? label : nothing}
      aria-disabled=${allowed ? 'false' : 'true'}
      @click=${() => allowed && options.goTo(target, day)}
      >${symbol ? html`<span aria-hidden="true">${symbol}</span>` : label}</button
    >`;
  };
  return html`<div part="header">
    <p id="title" part="title" role="heading" aria-level=${options.headingLevel}>${options.name}</p>
    <div part="navigation">
      ${button('previous', messages.previousMonth, addMonths(view.month, -1), '‹')}
      ${button('today', messages.today, monthOf(fromEpochDay(view.today)), undefined, view.today)}
      ${button('next', messages.nextMonth, addMonths(view.month, 1), '›')}
    </div>
  </div>`;
}

/** Below the month: all its events as one `.ics` download. */
export const renderMonthActions = ({ messages }: Language, onDownload: () => void): TemplateResult =>
  html`<p part="actions"><button part="button download-month" @click=${onDownload}>${messages.monthToCalendar}</button></p>`;
