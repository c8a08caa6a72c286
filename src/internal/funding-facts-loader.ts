import { nothing, type ReactiveControllerHost } from 'lit';
import type { FeedFundingFacts } from '../feed/schema.js';
import type { Language } from '../i18n/index.js';
import { adoptSheet } from './chunk-styles.js';
import { OnDemandController } from './on-demand.js';

/** Whether an item gives any fact the list shows; kept beside the loader so the bundle need not load the list to know. */
export const givesFacts = (facts: FeedFundingFacts) =>
  Boolean(facts.fundingType?.length || facts.fundingRate || facts.amount || facts.applicants?.length || facts.regions?.length || facts.legalBasis);

/**
 * Loads the facts list (a chunk) as soon as a widget is about to show an item that gives
 * facts. Until it is there, `pending` tells the widget to keep its placeholder, so the list
 * never pushes the page down when it arrives.
 */
export class FundingFactsLoader {
  readonly #list: OnDemandController<typeof import('./funding-facts.js')>;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: Node }) {
    this.#list = new OnDemandController(host, () => import('./funding-facts.js'));
  }

  /** Starts loading when `item` gives facts. */
  want(item: FeedFundingFacts | undefined) {
    if (item && givesFacts(item)) void this.#list.load();
  }

  /** Whether `item`'s facts are still on their way (a failed load is not waited for). */
  pending(item: FeedFundingFacts): boolean {
    return givesFacts(item) && !this.#list.module && !this.#list.error;
  }

  render(item: FeedFundingFacts, { locale }: Language) {
    const module = this.#list.module;
    if (!module || !givesFacts(item)) return nothing;
    adoptSheet(this.host.renderRoot, module.fundingFactsStyles);
    return module.renderFundingFacts(item, locale);
  }
}
