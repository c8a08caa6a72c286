import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { OnDemandController } from '../../internal/on-demand.js';
import type { DeadlineCalendarRequest } from './deadline-calendar-menu.js';

/**
 * The "Frist in meinen Kalender" button and the menu it opens (a disclosure: the button
 * shows and hides the list). The menu is a chunk loaded on the first click.
 */
export class CalendarMenuButton {
  #open = false;
  readonly #menu: OnDemandController<typeof import('./deadline-calendar-menu.js')>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.#menu = new OnDemandController(host, () => import('./deadline-calendar-menu.js'));
  }

  #toggle = () => {
    this.#open = !this.#open;
    if (this.#open) void this.#menu.load();
    this.host.requestUpdate();
  };

  #closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.#open) return;
    this.#open = false;
    this.host.requestUpdate();
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="calendar-button"]')?.focus();
  };

  render(request: DeadlineCalendarRequest, messages: Messages) {
    const module = this.#open ? this.#menu.module : undefined;
    return html`<span class="calendar" @keydown=${this.#closeOnEscape}>
      <button
        type="button"
        part="calendar-button"
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls="calendar-menu"
        @click=${this.#toggle}
      >${messages.deadlineToCalendar}</button>
      ${module ? module.renderDeadlineCalendarMenu(request, messages, 'calendar-menu') : nothing}
    </span>`;
  }
}
