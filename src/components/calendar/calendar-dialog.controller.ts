import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Language } from '../../i18n/index.js';
import { ModalDialogController } from '../../internal/modal-dialog-controller.js';
import { OnDemandController } from '../../internal/on-demand.js';
import { DAY_LIST_PAGE, type MonthView } from './calendar-view.js';
import type { DialogContent } from './calendar-dialog.template.js';
import type { PlacedEvent } from './month-layout.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface CalendarDialogOptions {
  /** The calendar's feed address, for the event card in the dialog. */
  readonly feed: () => string | undefined;
  /** The calendar's `now`, so the card judges registration deadlines at the calendar's moment. */
  readonly now: () => string | undefined;
  /** What has the focus when the opener of the dialog is gone. */
  readonly fallbackFocus: () => HTMLElement | null | undefined;
  readonly onDownload: (placed: PlacedEvent) => void;
  /** A click on an event of the day's list. */
  readonly onSelect: (e: MouseEvent) => void;
}

let dialogSheet: CSSStyleSheet | undefined;

/**
 * The calendar's dialog: a day's list, one event's details, the way back. Its template and
 * styles are a module of their own, loaded the first time a visitor opens the dialog, so
 * the script tag carries only this small part; the focus and modality are the modal
 * controller's.
 */
export class CalendarDialogController implements ReactiveController {
  readonly #modal: ModalDialogController<DialogContent>;
  readonly #template: OnDemandController<typeof import('./calendar-dialog.template.js')>;
  /** How many of a day's events its list shows. */
  #dayListShown = DAY_LIST_PAGE;

  constructor(
    private readonly host: Host,
    private readonly options: CalendarDialogOptions,
  ) {
    host.addController(this);
    this.#modal = new ModalDialogController(host, () => host.renderRoot.querySelector('dialog'), options.fallbackFocus);
    this.#template = new OnDemandController(host, () => import('./calendar-dialog.template.js'));
  }

  /** The first touch, click or key in the calendar starts loading, so the chunk is there when the choice is made. */
  readonly #preload = () => void this.#template.load();

  hostConnected() {
    for (const type of ['pointerdown', 'keydown']) this.host.addEventListener(type, this.#preload, { once: true });
  }

  /** What the dialog shows; `undefined` while it is closed. */
  get content(): DialogContent | undefined {
    return this.#modal.content;
  }

  showDay(day: number, opener: HTMLElement, focus?: string) {
    this.#dayListShown = DAY_LIST_PAGE;
    return this.#open({ kind: 'day', day }, opener, focus);
  }

  /** An event's details; opened from a day's list, they lead back there. */
  showEvent(placed: PlacedEvent, opener: HTMLElement) {
    const open = this.#modal.content;
    return this.#open({ kind: 'event', placed, fromDay: open?.kind === 'day' ? open.day : undefined }, opener);
  }

  async #open(content: DialogContent, opener: HTMLElement, focus?: string) {
    const module = await this.#template.load();
    if (!module) return; // the chunk could not be fetched (offline): the next choice tries again
    const root = this.host.renderRoot;
    if (root instanceof ShadowRoot) {
      if (!dialogSheet) (dialogSheet = new CSSStyleSheet()).replaceSync(module.calendarDialogCss);
      if (!root.adoptedStyleSheets.includes(dialogSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogSheet];
    }
    this.#modal.open(content, opener, focus);
  }

  /** Shows the next page of a day's list and moves the focus to its first event, where reading goes on. */
  async #showMore() {
    const first = this.#dayListShown;
    this.#dayListShown += DAY_LIST_PAGE;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelectorAll<HTMLElement>('[part~=day-list] > li > button')[first]?.focus();
  }

  render(view: MonthView, language: Language): TemplateResult {
    const content = this.#modal.content;
    const module = this.#template.module;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#modal.onClose}
      >${content && module
        ? module.renderDialogContent(content, view, language, {
            feed: this.options.feed(),
            now: this.options.now(),
            dayListShown: this.#dayListShown,
            onClose: () => this.#modal.close(),
            onBack: (day, id) => void this.showDay(day, this.host, `[part~=day-list] [data-id="${CSS.escape(id)}"]`),
            onShowMore: () => void this.#showMore(),
            onDownload: this.options.onDownload,
            onSelect: this.options.onSelect,
          })
        : nothing}
    </dialog>`;
  }
}
