import { nothing, html, type TemplateResult } from 'lit';
import { splitList } from '../../feed/filter.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import type { Language } from '../../i18n/index.js';
import type { FilterController } from '../../internal/filter-controller.js';
import type { SubscribeMenuController } from '../../internal/subscribe-menu-controller.js';
import type { VisitorControls } from '../../internal/visitor-controls.js';
import type { MonthView } from './calendar-view.js';
import { placeWithin } from './month-layout.js';

export interface VisitorRowInput {
  readonly feed: Feed;
  readonly language: Language;
  readonly view: MonthView;
  readonly showSubscribe: boolean;
  readonly showFilter: boolean;
  /** The `tags` and `programme` attributes. */
  readonly tags: string | undefined;
  readonly programme: string | undefined;
}

/**
 * What a visitor uses to narrow the calendar, below its header: "Abonnieren", the search box,
 * place and language selects and fact chips, and the topic chips, with the shown month's counts.
 */
export function renderVisitorRow(
  controls: { subscribe: SubscribeMenuController; visitor: VisitorControls; filter: FilterController },
  { feed, language, view, showSubscribe, showFilter, tags, programme }: VisitorRowInput,
): TemplateResult {
  const { subscribe, visitor, filter } = controls;
  // The chosen chips' tags are what the visitor sees; without any, the `tags` attribute's.
  const chosen = [...filter.chosenTags];
  const month = {
    key: view.monthFirst,
    select: (passing: readonly FeedEvent[]) => placeWithin(passing, feed, view.monthFirst, view.monthLast).map((placed) => placed.event),
  };
  return html`${showSubscribe ? subscribe.render(feed, language, { tags: chosen.length ? chosen : splitList(tags), programme }) : nothing}
    ${visitor.render(feed, language, month)} ${showFilter ? visitor.chips(feed, language, month) : nothing}`;
}
