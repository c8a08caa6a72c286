import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { subscribeCalendar, type ShownPart } from '../feed/alternates.js';
import type { Feed } from '../feed/schema.js';
import type { Language } from '../i18n/index.js';
import { CalendarMenuController } from './calendar-menu-controller.js';

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly updateComplete: Promise<boolean>; readonly feed: string | undefined };

/**
 * "Abonnieren" (`show-subscribe`) on the list and the calendar: the button, when the feed
 * names a calendar for what the widget shows, and the menu it opens (src/ics/subscribe-menu.ts,
 * a chunk loaded on the first click), with the add-to-calendar menu's keyboard and looks.
 */
export class SubscribeMenuController {
  readonly #menu: CalendarMenuController<typeof import('../ics/subscribe-menu.js')>;

  constructor(
    private readonly host: Host,
    /** The feed's address as fetched (after `webcal:` became `https:`). */
    private readonly feedUrl: () => string | undefined,
  ) {
    this.#menu = new CalendarMenuController(host, () => import('../ics/subscribe-menu.js'), 'subscribe');
  }

  /** The button and its menu, or nothing when there is no calendar to subscribe to. */
  render(feed: Feed, { messages }: Language, shown: ShownPart): TemplateResult | typeof nothing {
    const calendar = subscribeCalendar(feed, this.feedUrl(), this.host.feed, shown);
    if (!calendar) return nothing;
    const { url } = calendar;
    const name = calendar.title ?? feed.title ?? new URL(url).hostname;
    return this.#menu.render(messages.subscribeMenu.button, (menu) =>
      menu.subscribeMenu({ host: this.host, url, name, messages: messages.subscribeMenu }),
    );
  }
}
