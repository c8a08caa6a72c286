import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface GridKeyboardOptions {
  /** The cells that take the keys (others, such as buttons inside a cell, keep theirs). */
  readonly cellSelector: string;
  /** The cell that holds the grid's one tab stop, once drawn. */
  readonly activeCell: () => HTMLElement | null;
  /** The cell a key leads to from the active one (any key id the host uses), or `undefined` for keys left to the browser. */
  readonly target: (key: string, shiftKey: boolean, rtl: boolean) => number | undefined;
  /** Makes the target the active cell, turning a page where needed; `false` when it may not be reached. */
  readonly moveTo: (target: number) => boolean;
  /** Enter or Space on a cell. */
  readonly activate: (cell: HTMLElement) => void;
}

/**
 * The keyboard of a grid with a roving tab stop (arrows, Home/End, PageUp/PageDown, as the
 * host maps them; Enter and Space activate). Only the keys it handles are kept from the
 * browser, and after a move the focus follows the active cell once the host has drawn it.
 */
export class GridKeyboardController implements ReactiveController {
  #refocus = false;

  constructor(
    private readonly host: Host,
    private readonly options: GridKeyboardOptions,
  ) {
    host.addController(this);
  }

  readonly onKeydown = (e: KeyboardEvent) => {
    const cell = e.target as HTMLElement;
    if (!cell.matches(this.options.cellSelector)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.options.activate(cell);
      return;
    }
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const target = this.options.target(e.key, e.shiftKey, rtl);
    if (target === undefined) return;
    e.preventDefault();
    if (!this.options.moveTo(target)) return;
    this.#refocus = true;
    this.host.requestUpdate();
  };

  hostUpdated() {
    if (!this.#refocus) return;
    this.#refocus = false;
    this.options.activeCell()?.focus();
  }
}
