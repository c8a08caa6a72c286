import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * A modal `<dialog>` of the host's that shows some content: opened with `showModal` once the
 * content is drawn, the focus put on its close button whenever the content changes, and
 * given back on close to what opened it (or, if that is gone, to a fallback the host names).
 * Wire `onClose` to the dialog's `close` event.
 */
export class ModalDialogController<Content> implements ReactiveController {
  /** What the dialog shows; `undefined` while it is closed. */
  content: Content | undefined;
  #returnFocus: HTMLElement | undefined;
  #changed = false;
  #focus = '';

  constructor(
    private readonly host: Host,
    private readonly dialog: () => HTMLDialogElement | null | undefined,
    private readonly fallbackFocus: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /**
   * Shows content, with the focus on the element `focus` selects (default: the close button);
   * from one content to the next (a day's list → an event) focus still returns to the first opener.
   */
  open(content: Content, opener: HTMLElement, focus = '[part~=close]') {
    if (this.content === undefined) this.#returnFocus = opener;
    this.content = content;
    this.#focus = focus;
    this.#changed = true;
    this.host.requestUpdate();
  }

  close() {
    this.dialog()?.close();
  }

  readonly onClose = () => {
    this.content = undefined;
    this.host.requestUpdate();
    const back = this.#returnFocus;
    this.#returnFocus = undefined;
    // The opener may have gone (another layout, another month): then the fallback.
    (back?.isConnected && back.checkVisibility?.() !== false ? back : this.fallbackFocus())?.focus();
  };

  hostConnected() {
    this.host.renderRoot.addEventListener('click', this.#onBackdropClick);
  }

  hostDisconnected() {
    this.host.renderRoot.removeEventListener('click', this.#onBackdropClick);
  }

  /** A click on the backdrop closes the dialog: it reaches the dialog itself, outside its box. */
  readonly #onBackdropClick = (e: Event) => {
    const dialog = this.dialog();
    if (e.target !== dialog || !dialog?.open || !(e instanceof MouseEvent)) return;
    const box = dialog.getBoundingClientRect();
    const inside = e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
    // A key press on a button reports (0, 0); only a pointer outside the box counts.
    if (!inside && e.detail > 0) dialog.close();
  };

  hostUpdated() {
    if (!this.#changed) return;
    this.#changed = false;
    const dialog = this.dialog();
    if (!dialog || this.content === undefined) return;
    if (!dialog.open) dialog.showModal();
    // Swapping the content removes the focused control; start again at the top.
    (dialog.querySelector<HTMLElement>(this.#focus) ?? dialog.querySelector<HTMLElement>('[part~=close]'))?.focus();
  }
}
