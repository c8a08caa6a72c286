import type { PropertyDeclarations, PropertyValues } from 'lit';
import { unknownFeatures } from '../feed/filter.js';
import { FeedElement } from './feed-element.js';

/** The fact attributes' properties, as the filter reads them. */
export interface EventFactFilterAttributes {
  free: boolean;
  accessibility: string | undefined;
  eventLanguage: string | undefined;
}

/**
 * The base of widgets that show events: a feed widget with the attributes that preset its
 * events by their facts, `free`, `accessibility` and `event-language`. The widget's filter
 * reads them beside `tags` and `programme` (see `attributeFilter`). They are the widget's own
 * filter: the visitor's chips and language select (`show-filter`) narrow it, never lift it.
 */
export abstract class EventFeedElement extends FeedElement implements EventFactFilterAttributes {
  static override properties: PropertyDeclarations = {
    free: { type: Boolean },
    accessibility: {},
    eventLanguage: { attribute: 'event-language' },
  };

  /** Only free events (`price.free`, or a price of 0). */
  declare free: boolean;
  /**
   * Comma-separated accessibility features an event must offer, every one of them:
   * `step-free`, `accessible-toilet`, `hearing-loop`, `sign-language`, `captioning`,
   * `easy-language`, `childcare`, `quiet-room`, `assistance-dogs`.
   */
  declare accessibility: string | undefined;
  /** Comma-separated language tags: only events held in one of them (`tr` also matches `tr-TR`). */
  declare eventLanguage: string | undefined;

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    for (const name of unknownFeatures(this.accessibility)) {
      this.warnOnce(`accessibility: '${name}' is no accessibility feature and filters nothing; use e.g. step-free or sign-language`);
    }
  }
}
