import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FeedController } from '../feed/feed-controller.js';
import type { Feed, FeedEvent } from '../feed/schema.js';
import { downloadIcs } from '../ics/download.js';
import { feedSettings } from '../feed/feed-settings.js';
import type { Period } from '../feed/preview-period.js';
import type { FeedSnapshot } from '../feed/store.js';
import { closestLang, pickLanguage, type Language } from '../i18n/index.js';
import { parseFeedTime, startInstant } from '../time/feed-time.js';
import { formatDateTime } from '../time/format.js';
import { DEFAULT_TIME_ZONE } from '../time/zoned.js';
import { sharedClock } from '../time/clock.js';
import { visitorTimeZone } from '../time/intl-cache.js';
import { unwatchLang, watchLang } from './lang-observer.js';

const DEFAULT_HEADING_LEVEL = 3;
const EMPTY_FEED: Feed = { version: 1, timeZone: DEFAULT_TIME_ZONE, events: [], calls: [], programmes: [] };

/**
 * What every feed widget shares: the `feed`, `now`, `lang`, `theme` and `heading-level`
 * attributes, the connection to the shared store, the language, and the loading /
 * error / stale-data / empty states. A widget renders only its content, in
 * `renderContent`, and prepares what that needs in `willUpdate` from `shownFeed`
 * and `shownLanguage`.
 *
 * @event qw-feed-load - The feed was read (bubbles, composed). `detail`: `{ url, feed, issues }`; `issues` lists skipped items and dropped fields.
 * @event qw-feed-error - The feed could not be loaded or read (bubbles, composed). `detail`: `{ kind, url, status?, message, hasStaleData }`; `kind`: `network`, `timeout`, `http`, `not-json`, `not-a-feed`, `no-feed`.
 *
 * @cssproperty --qw-font-family - Font of the widget (default: the page's).
 * @cssproperty --qw-font-size - Base font size (default: the page's).
 * @cssproperty --qw-color-text - Text colour.
 * @cssproperty --qw-color-background - Background of cards, buttons and dialogs.
 * @cssproperty --qw-color-border - Borders.
 * @cssproperty --qw-color-muted - Secondary text (e.g. days of the neighbouring months).
 * @cssproperty --qw-color-subtle - Quiet backgrounds (neighbouring months, cancelled events).
 * @cssproperty --qw-color-accent - Accent: links, today, event bars, pressed filters.
 * @cssproperty --qw-color-on-accent - Text on the accent colour.
 * @cssproperty --qw-color-link - Links (falls back to `--qw-color-accent`).
 * @cssproperty --qw-color-focus - Colour of the focus ring (falls back to `--qw-color-accent`).
 * @cssproperty --qw-focus-ring - The whole focus outline (default `3px solid var(--qw-color-focus)`).
 * @cssproperty --qw-color-danger - Cancelled badges and error states.
 * @cssproperty --qw-color-warning - "Closing soon" and postponed badges.
 * @cssproperty --qw-radius - Corner radius of cards, buttons and badges.
 * @cssproperty --qw-radius-small - Corner radius of event bars.
 * @cssproperty --qw-space-s - Small spacing.
 * @cssproperty --qw-space-m - Medium spacing (card padding).
 */
export abstract class FeedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    feed: { type: String },
    now: { type: String },
    // Observes `lang` (without shadowing the native property) so a change re-renders in the new language.
    langAttribute: { type: String, attribute: 'lang' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { type: String, reflect: true },
  };

  /** Feed URL (JSON feed or iCalendar). Default: `<meta name="quartier-feed" content="…">`. */
  declare feed: string | undefined;
  /** ISO date or date-time to start the widget's clock at (demos, previews, tests); time runs on from it. Without an offset it is read in the feed's time zone. */
  declare now: string | undefined;
  /**
   * Language of the widget (`de`, `en`, `ar`, `tr`, `uk`, with a region where it matters:
   * `de-AT`). Default: the nearest ancestor's `lang` (followed when it changes), else the
   * feed's `language`, else German.
   */
  declare protected langAttribute: string | undefined;
  /** 1–6, level of the title heading to fit the page outline. Default 3. */
  declare headingLevel: number | undefined;
  /**
   * Colour scheme: `light`, `dark`, or unset to follow the page: dark only where the page's
   * `color-scheme` includes `dark` and the visitor prefers dark (`prefers-color-scheme`).
   */
  declare theme: 'light' | 'dark' | undefined;

  protected readonly feedController = new FeedController(this, () => this.feed);
  #warned = new Set<string>();
  // The `dir` this element set on itself to follow its language, if any.
  #ownDirection: string | undefined;
  // When the `now` attribute was first read, on the shared clock, so time runs on from it.
  #nowValue: string | undefined;
  #nowReadAt = 0;
  #shownFeed: Feed | undefined;
  #shownLanguage: Language | undefined;

  /** Set by a widget whose shape is known before the data (the calendar's month): where the answer is slow to begin, it draws its content for a feed without items under the loading message. */
  protected placeholderFromContent = false;
  // Set `feedSettings.shapeAfterMs` after connecting if the feed's answer has not begun by then.
  #shapeDue = false;
  // Whether this update draws the first look at a large feed (`previewPeriod`).
  #previewShown = false;

  /**
   * The feed this update renders: the one read, a first look at a large one (`previewPeriod`),
   * or an empty one while loading for a widget with `placeholderFromContent`; set before
   * `willUpdate` of a subclass runs on.
   */
  protected get shownFeed(): Feed | undefined {
    return this.#shownFeed;
  }

  /** The language this update renders in (may still be loading: then only the loading state shows). */
  protected get shownLanguage(): Language {
    return (this.#shownLanguage ??= this.language(this.#shownFeed));
  }

  override connectedCallback() {
    super.connectedCallback();
    watchLang(this);
    // Drawing the content's shape costs as much as the content. It is drawn only where the
    // network keeps the data away (which it then hides); an answer begun by then is read and
    // drawn once, while a box of the usual height holds the place.
    if (this.placeholderFromContent && !this.#shapeDue) {
      setTimeout(() => {
        if (this.feedController.snapshot?.feed || this.feedController.source?.reading) return;
        this.#shapeDue = true;
        this.requestUpdate();
      }, feedSettings.shapeAfterMs);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** The widget's content for a feed that has been read; the shared states are drawn around it. */
  protected abstract renderContent(feed: Feed, language: Language): unknown;

  // Subclasses prepare their view here (after `super.willUpdate`), never during render.
  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    // Before the controllers' own update: a changed `feed` is followed before anything reads the snapshot.
    this.feedController.follow();
    const snapshot = this.feedController.snapshot;
    const preview = snapshot?.preview;
    const period = snapshot?.feed ? undefined : this.previewPeriod?.();
    if (period) this.feedController.source?.prefer(period);
    // A first look serves the days asked for, found again in its own zone (a `now` without offset is read in it).
    const asked = preview && this.previewPeriod?.(preview.feed);
    this.#previewShown = !!asked && preview!.periods.has(asked.from + asked.to);
    this.#shownFeed = snapshot?.feed ?? (this.#previewShown ? preview!.feed : this.#shapeDue ? EMPTY_FEED : undefined);
    this.#shownLanguage = this.language(this.#shownFeed);
  }

  protected override render() {
    const language = this.shownLanguage;
    const feed = this.#shownFeed;
    const state = this.#renderFeedState(language);
    if (state || !feed) return state;
    return html`${this.#renderStaleNotice(language)}${this.renderContent(feed, language)}`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const language = this.shownLanguage;
    if (!language.pending) this.#followDirection(language);
  }

  /**
   * What stands in for the content while the feed loads, shaped like it, so the page does
   * not move when the data arrives. Default: a card of the widget's usual height.
   */
  protected renderPlaceholder(language: Language): unknown {
    return this.#shownFeed === EMPTY_FEED && !language.pending ? this.renderContent(EMPTY_FEED, language) : html`<div class="placeholder-card"></div>`;
  }

  /** The days the widget is about to show, where it can draw them from those days' events alone (a calendar's month). */
  protected previewPeriod?(feed?: Feed): Period;

  /** Whether the content waits for a chunk whose parts would push it down when they came (the visitor's filters). */
  protected waitsForChunk?(): boolean;

  /** The empty state: the feed was read but holds nothing this widget should show. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<p part="empty">${message}</p>`;
  }

  /** Revalidates the feed (an unchanged feed costs a 304) for every widget that shows it. */
  refresh(): Promise<FeedSnapshot> | undefined {
    return this.feedController.refresh();
  }

  /** Saves events of the shown feed as an .ics file named `name`, its texts in the shown language. */
  protected downloadEvents(events: readonly FeedEvent[], name: string) {
    const snapshot = this.feedController.snapshot;
    if (snapshot?.feed) void downloadIcs(events, snapshot.feed, snapshot.url, name, this.shownLanguage.locale);
  }

  /** Logs a problem with the element's own configuration, once per message. */
  protected warnOnce(message: string) {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`quartier-widgets: <${this.localName}>: ${message}`);
  }

  /** The heading level to use: `heading-level` when it is 1–6, else 3. */
  protected titleLevel(): number {
    const level = this.headingLevel;
    if (level === undefined || level === null) return DEFAULT_HEADING_LEVEL;
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    this.warnOnce(`heading-level="${this.getAttribute('heading-level')}" is not 1–6; 3 is used`);
    return DEFAULT_HEADING_LEVEL;
  }

  /**
   * The element's `lang`, else the nearest ancestor's, else the feed's, else German;
   * a change of any `lang` on the page re-renders in the new language. A language loaded on demand renders once its file is there; until then
   * the loading state shows. The widget follows its writing direction after each update.
   */
  protected language(feed: Feed | undefined): Language {
    const language = pickLanguage(closestLang(this), feed?.language);
    if (language.pending) void language.pending.then(() => this.requestUpdate());
    return language;
  }

  /**
   * Gives the widget its language's writing direction when the page around it has the
   * other one (an Arabic widget on a German page). A `dir` the page set stays as it is.
   */
  #followDirection({ messages }: Language) {
    const wanted = messages.direction;
    if (this.#ownDirection === wanted) return;
    if (this.#ownDirection) {
      this.removeAttribute('dir');
      this.#ownDirection = undefined;
    }
    if (this.hasAttribute('dir')) return;
    if (this.#inheritsRtl() !== (wanted === 'rtl')) {
      this.setAttribute('dir', wanted);
      this.#ownDirection = wanted;
    }
  }

  #inheritsRtl(): boolean {
    try {
      return this.matches(':dir(rtl)');
    } catch {
      // Browsers before :dir() (Chromium 120, Safari 16.4).
      return getComputedStyle(this).direction === 'rtl';
    }
  }

  /**
   * The current time: the shared clock, shifted so that it read the `now` attribute
   * (a date or date-time, without offset in the feed's zone) when that was set.
   */
  protected currentTime(feed: Feed | undefined): number {
    const clock = sharedClock.now();
    if (this.now) {
      if (this.#nowValue !== this.now) {
        this.#nowValue = this.now;
        this.#nowReadAt = clock;
      }
      const parsed = parseFeedTime(this.now.trim());
      if (parsed) return startInstant(parsed, feed?.timeZone ?? DEFAULT_TIME_ZONE) + (clock - this.#nowReadAt);
      this.warnOnce(`now="${this.now}" is not an ISO date-time; the real clock is used`);
    }
    return clock;
  }

  /**
   * The state to show instead of content: loading, or an error without earlier data.
   * Returns `undefined` when there is a feed to render.
   */
  #renderFeedState(language: Language): TemplateResult | undefined {
    const { snapshot, configError } = this.feedController;
    const { messages } = language;
    if (language.pending) return this.renderLoading(language);
    if (configError) {
      return html`<p part="error" role="alert">${messages.feedError[configError.kind]}</p>`;
    }
    if (!snapshot?.feed && !this.#previewShown) {
      if (snapshot?.status === 'error' && snapshot.error) {
        return html`<p part="error" role="alert">${messages.feedError[snapshot.error.kind]}</p>`;
      }
      return this.renderLoading(language);
    }
    return this.waitsForChunk?.() ? this.renderLoading(language) : undefined;
  }

  /**
   * The loading message over a shape of the content to come, which holds its place on the
   * page; also what a widget shows while a module its content needs is still on its way.
   */
  protected renderLoading(language: Language): TemplateResult {
    return html`<div class="loading">
      <div class="placeholder" inert>${this.renderPlaceholder(language)}</div>
      <p part="loading" role="status">${language.messages.loading}</p>
    </div>`;
  }

  /** A notice above earlier data when the latest update failed. */
  #renderStaleNotice(language: Language): TemplateResult | typeof nothing {
    const { snapshot } = this.feedController;
    if (snapshot?.status !== 'error' || !snapshot.feed || snapshot.loadedAt === undefined) return nothing;
    const date = formatDateTime(snapshot.loadedAt, language.locale, visitorTimeZone());
    return html`<p part="stale" role="status">${language.messages.staleData(date)}</p>`;
  }
}
