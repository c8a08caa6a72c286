import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Feed } from '../feed/schema.js';
import type { Language } from '../i18n/index.js';
import type { ChipPeriod, FilterController } from './filter-controller.js';
import { OnDemandController } from './on-demand.js';
import type { VisitorFilters, VisitorHost } from './visitor-filters.js';

/**
 * A widget's search box, place and language selects, topic and fact chips and query-string sync: in the bundle only this loader,
 * which fetches the chunk (visitor-filters.ts) once `show-search`, `show-filter` or `sync-url` is set.
 */
export class VisitorControls implements ReactiveController {
  readonly #chunk: OnDemandController<typeof import('./visitor-filters.js')>;
  #filters: VisitorFilters | undefined;

  constructor(
    private readonly host: VisitorHost & ReactiveControllerHost,
    private readonly filter: FilterController,
    private readonly count: () => number,
  ) {
    this.#chunk = new OnDemandController(host, () => import('./visitor-filters.js'));
    host.addController(this);
  }

  hostUpdate() {
    const { showSearch, showFilter, syncUrl } = this.host;
    if (!this.#filters && (showSearch || showFilter || syncUrl)) {
      void this.#chunk.load().then((module) => {
        if (!module || this.#filters) return;
        this.#filters = new module.VisitorFilters(this.host, this.filter, this.count);
        this.host.requestUpdate();
      });
    }
  }

  /** Asked for and neither in nor failed: the widget shows its loading state meanwhile, so the controls do not push its content down. */
  get pending(): boolean {
    const { showSearch, showFilter, syncUrl } = this.host;
    return (showSearch || showFilter || syncUrl) && !this.#filters && !this.#chunk.error;
  }

  hostUpdated() {
    this.#filters?.hostUpdated();
  }

  hostDisconnected() {
    this.#filters?.hostDisconnected();
  }

  /** The controls, given the shown period (the month, the list's window) for the fact chips' counts. */
  render(feed: Feed, language: Language, period: ChipPeriod) {
    return this.#filters?.render(feed, language, period) ?? nothing;
  }

  /** The topic chips (`show-filter`), given the shown period for their counts. */
  chips(feed: Feed, language: Language, period: ChipPeriod) {
    return this.#filters?.chips.render(feed, language, period) ?? nothing;
  }
}
