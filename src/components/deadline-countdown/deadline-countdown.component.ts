import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { QwDeadlineReachedEvent } from '../../events/feed-events.js';
import { attributeFilter } from '../../feed/filter.js';
import type { Feed } from '../../feed/schema.js';
import { DEFAULT_SOON_DAYS, nextCall } from '../../feed/select.js';
import type { Language } from '../../i18n/index.js';
import { CalendarMenuController } from '../../internal/calendar-menu-controller.js';
import { FeedElement } from '../../internal/feed-element.js';
import { fundingStyles } from '../../styles/funding.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { OnDemandController } from '../../internal/on-demand.js';
import { ClockWatch } from '../../time/clock-watch.js';
import { countdownView, futureDeadlines, msUntilViewChanges, passedDeadlines, type CountdownView as Shown } from './countdown-view.js';
import { deadlineCountdownStyles } from './deadline-countdown.styles.js';
import { FundingFactsLoader } from '../../internal/funding-facts-loader.js';

/**
 * @tagname qw-deadline-countdown
 * @summary Time left until a funding call's application deadline, with the deadline in full.
 *
 * A date-only deadline ends at the end of that day in the call's time zone; days are
 * calendar days there, so the count stays right across clock changes and for visitors
 * elsewhere. A call may be rolling (no deadline), open until its funds run out, in stages
 * (each with its deadline) or in rounds (the next one counts). All countdowns on a page
 * share one clock that wakes only when a shown text changes, sleeps while the page is
 * hidden and skips countdowns out of view.
 *
 * @csspart base - The countdown (`<article>`); its class is the state: `upcoming`, `open`, `soon`, `expired` or `rolling`.
 * @csspart state - The state badge ("Bewerbung möglich", "Frist endet bald", "Anträge laufend möglich", …).
 * @csspart title - The call's title (a heading).
 * @csspart funds - "Solange Mittel verfügbar", for a call open until its funds run out.
 * @csspart stage - The current stage ("Stufe 1 von 2: Interessenbekundung").
 * @csspart time-left - The running count ("noch 12 Tage, 4 Stunden"); not a live region; absent with `calm`.
 * @csspart opens - When applications open, for a call (or stage) that is not open yet.
 * @csspart deadline - The deadline in full ("Bewerbungsfrist: Montag, 19. Oktober 2015, 23:59 Uhr", "Eingang bis …").
 * @csspart next - The next stage's or round's deadline.
 * @csspart funding-facts - The facts applicants decide by  (funding type, rate, amount, who, where, legal basis); full layout only. Each value is also `fact-<name>` (`fact-fundingRate`, …).
 * @csspart links - The links to apply and to the call's page, and the reminder menu.
 * @csspart link - A link; also `apply-link` (the primary "Zum Antrag"), `details-link`, `title-link` for the title's link in the compact variant, and the reminder menu's `calendar-google` and `calendar-outlook`.
 * @csspart button - The "Frist in meinen Kalender" button (also `calendar-button`) and the menu's `calendar-ics`.
 * @csspart calendar-menu - The reminder menu it opens: an `.ics` file with every deadline ahead, Google Calendar and Outlook.com.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart stale - The notice shown above earlier data when an update failed.
 * @csspart empty - Shown when the call does not exist, has no valid deadline, or nothing is open.
 *
 * @cssproperty --qw-countdown-background - Background (falls back to `--qw-color-background`).
 * @cssproperty --qw-countdown-border - Border (falls back to `--qw-color-border`).
 * @cssproperty --qw-countdown-padding - Inner spacing (falls back to `--qw-space-m`).
 * @cssproperty --qw-countdown-soon-color - Accent of a call closing soon (falls back to `--qw-color-warning`).
 *
 * @event qw-deadline-reached - Fired once for each deadline of the shown call (each stage's and round's) that passes while it is shown. `detail`: `{ call, deadline, stage? }` (the deadline as an ISO instant; `stage` the stage's title).
 */
export class QwDeadlineCountdown extends FeedElement {
  static override styles = [hostStyles, fundingStyles, deadlineCountdownStyles];

  static override properties: PropertyDeclarations = {
    call: { type: String },
    programme: { type: String },
    tags: { type: String },
    soon: { type: Number },
    compact: { type: Boolean, reflect: true },
    calm: { type: Boolean, reflect: true },
  };

  /**
   * id of the call. Without it: the open call whose next deadline comes first, then open calls
   * without a deadline (rolling, until funds run out), else the call that opens next.
   */
  declare call: string | undefined;
  /** Without `call`: only calls of this programme. */
  declare programme: string | undefined;
  /** Without `call`: only calls with one of these comma-separated tags (case-insensitive). */
  declare tags: string | undefined;
  /** Fewer calendar days left than this marks the call as closing soon. Default 7; `0` turns it off. */
  declare soon: number | undefined;
  /** Smaller layout for sidebars: state, title (a link to the call's page), count and deadline. */
  declare compact: boolean;
  /** The deadline and state without a running count, for pages where a ticking count is unwelcome. */
  declare calm: boolean;

  #shown: Shown | undefined;
  // The last milestone (closing soon, deadline passed), read out once by the polite live region.
  #announcement = '';
  #reached: QwDeadlineReachedEvent[] = [];
  /** Milliseconds until the shown text changes; `undefined` when it never will. */
  #wakeIn: number | undefined;
  readonly #clock = new ClockWatch(this);
  readonly #calendarMenu = new CalendarMenuController(this, () => import('./deadline-calendar-menu.js'));
  readonly #facts = new FundingFactsLoader(this);
  // What the countdown draws is a chunk, requested when the element connects, beside the feed's request.
  readonly #body = new OnDemandController(this, () => import('./deadline-countdown-body.js'));

  constructor() {
    super();
    this.compact = false;
    this.calm = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.#body.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // A countdown added again starts afresh: no milestone is announced for what it showed before.
    this.#shown = undefined;
    this.#announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const feed = this.shownFeed;
    const now = this.currentTime(feed);
    const previous = this.#shown;
    const next = feed ? this.#choose(feed, now) : undefined;
    this.#shown = next;
    this.#wakeIn = next ? msUntilViewChanges(next, now) : undefined;
    if (!this.compact) this.#facts.want(next?.call);
    if (!previous || !feed) return;
    const { messages } = this.shownLanguage;
    const sameCall = next?.call.id === previous.call.id;
    const passed = passedDeadlines(previous, now);
    this.#reached = passed.map(
      (deadline) =>
        new QwDeadlineReachedEvent({
          call: previous.call.id,
          deadline: new Date(deadline.end).toISOString(),
          ...(deadline.stage && { stage: deadline.stage.title }),
        }),
    );
    if (passed.length > 0 && (!sameCall || next?.state === 'expired')) {
      this.#announcement = messages.milestone(messages.deadlineState.expired, previous.call.title);
    } else if (sameCall && next.state === 'soon' && previous.state !== 'soon') {
      this.#announcement = messages.milestone(messages.deadlineState.soon, next.call.title);
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#clock.wakeIn(this.#wakeIn);
    const reached = this.#reached;
    this.#reached = [];
    for (const event of reached) this.dispatchEvent(event);
  }

  #soonDays(): number {
    const soon = this.soon;
    if (soon === undefined || soon === null) return DEFAULT_SOON_DAYS;
    if (Number.isFinite(soon) && soon >= 0) return soon;
    this.warnOnce(`soon="${this.getAttribute('soon')}" is not a number of days; ${DEFAULT_SOON_DAYS} is used`);
    return DEFAULT_SOON_DAYS;
  }

  #choose(feed: Feed, now: number): Shown | undefined {
    const id = this.call?.trim();
    const call = id
      ? feed.calls.find((candidate) => candidate.id === id)
      : nextCall(feed, now, attributeFilter(this.tags, this.programme));
    return call && countdownView(call, feed, now, this.#soonDays());
  }

  protected override renderContent(_feed: Feed, language: Language) {
    const shown = this.#shown;
    if (!shown) return this.renderEmpty(this.#emptyMessage(language));
    const body = this.#body.module;
    if (!body && this.#body.error) return html`<p part="error" role="alert">${language.messages.feedError.network}</p>`;
    // The drawing and the facts list are chunks; waiting for them in the placeholder keeps the page from moving.
    if (!body || (!this.compact && this.#facts.pending(shown.call))) return this.renderLoading(language);
    const { messages } = language;
    const dates = futureDeadlines(shown, this.currentTime(this.shownFeed));
    return body.renderCountdown({
      shown,
      language,
      level: this.titleLevel(),
      compact: this.compact,
      calm: this.calm,
      facts: this.compact ? undefined : this.#facts.render(shown.call, language),
      announcement: this.#announcement,
      dates,
      reminder: () =>
        this.#calendarMenu.render(messages.deadlineToCalendar, (menu) =>
          menu.renderDeadlineCalendarMenu({ call: shown.call, dates, timeZone: shown.timing.timeZone, source: this.feedController.snapshot?.url }, language),
        ),
    });
  }

  #emptyMessage({ messages }: Language): string {
    const id = this.call?.trim();
    if (!id) return messages.noOpenCalls;
    // The reader skips a call whose deadline is missing or invalid; say so rather than "not found".
    const skippedForDeadline = this.feedController.snapshot?.issues.some(
      (issue) => issue.action === 'item-skipped' && issue.list === 'calls' && issue.id === id && /\.(deadline|opens)$/.test(issue.field ?? ''),
    );
    return skippedForDeadline ? messages.callWithoutDeadline : messages.callNotFound;
  }
}
