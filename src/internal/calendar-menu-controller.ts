import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { adoptSheet } from './chunk-styles.js';
import { OnDemandController } from './on-demand.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * "In meinen Kalender" and the menu it opens, on an event card and on a funding call alike: a
 * disclosure (the button shows and hides a list of an .ics file and two web calendars, each
 * reached by Tab). The menu is src/ics/calendar-menu.ts, or a chunk built on it, loaded on
 * the first click; its style sheet is adopted when it arrives. Escape closes it and returns
 * the focus to the button.
 */
export class CalendarMenuController<Menu extends { readonly calendarMenuStyles: CSSStyleSheet }> {
  #open = false;
  readonly #menu: OnDemandController<Menu>;

  /** `name`: the button's part (`name`-button) and the menu's id (`name`-menu); "Abonnieren" is `subscribe`. */
  constructor(
    private readonly host: Host,
    importMenu: () => Promise<Menu>,
    private readonly name = 'calendar',
  ) {
    this.#menu = new OnDemandController(host, importMenu);
  }

  readonly #toggle = () => {
    this.#open = !this.#open;
    if (this.#open) void this.#menu.load();
    this.host.requestUpdate();
  };

  /** Closes an open menu (and only the menu, not a dialog around the widget) and returns to its button. */
  readonly #closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.#open) return;
    e.preventDefault();
    e.stopPropagation();
    this.#open = false;
    this.host.requestUpdate();
    this.host.renderRoot.querySelector<HTMLElement>(`[part~=${this.name}-button]`)?.focus();
  };

  /** The button labelled `label` and, while open, the menu `renderMenu` draws with the loaded chunk (id `calendar-menu`, `subscribe-menu`). */
  render(label: string, renderMenu: (menu: Menu) => TemplateResult): TemplateResult {
    const menu = this.#open ? this.#menu.module : undefined;
    if (menu) adoptSheet(this.host.renderRoot, menu.calendarMenuStyles);
    const { name } = this;
    return html`<div class=${name} @keydown=${this.#closeOnEscape}>
      <button
        part="button ${name}-button"
        aria-expanded=${menu ? 'true' : 'false'}
        aria-controls=${menu ? `${name}-menu` : nothing}
        @click=${this.#toggle}
      >${label}</button>
      ${menu ? renderMenu(menu) : nothing}
    </div>`;
  }
}
