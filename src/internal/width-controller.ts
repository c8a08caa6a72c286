import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tells a widget whether it is narrower than a width in em of its own text, so it renders
 * only the layout that fits (and never builds the nodes of the other one). Its own text, not
 * the page's root: a theme's `html { font-size: 62.5% }` (or a larger root) leaves the
 * widget's text at the body's size, and what fits is counted in that text. It observes a
 * probe the host draws: a line of no height across the widget, whose size never changes with
 * what is drawn below it, so the layout can change within the frame the observer reports in
 * (observing the widget's own box would start a ResizeObserver loop). A hidden widget
 * measures 0 and keeps its layout until it is shown again.
 */
export class WidthController implements ReactiveController {
  /** `undefined` until the probe has been measured. */
  narrow: boolean | undefined;
  #observed: Element | undefined;

  readonly #observer = new ResizeObserver(([entry]) => {
    const width = entry?.contentBoxSize[0]?.inlineSize ?? 0;
    if (width === 0) return;
    // The probe inherits the widget's text size.
    const em = parseFloat(getComputedStyle(entry!.target).fontSize) || 16;
    const narrow = width <= this.maxNarrowEm * em;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  });

  constructor(
    private readonly host: Host,
    /** At or below this width (in em of the widget's text) the widget counts as narrow. */
    private readonly maxNarrowEm: number,
    private readonly probe: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.#observeProbe();
  }

  hostUpdated() {
    // The probe exists from the first render on.
    this.#observeProbe();
  }

  hostDisconnected() {
    this.#observer.disconnect();
    this.#observed = undefined;
  }

  // Observing an element again would report its size again; each probe is observed once.
  #observeProbe() {
    const probe = this.probe();
    if (!probe || probe === this.#observed) return;
    this.#observed = probe;
    this.#observer.observe(probe);
  }
}
