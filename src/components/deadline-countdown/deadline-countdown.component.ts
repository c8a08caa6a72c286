import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { QwDeadlineReachedEvent } from '../../events/feed-events.js';
import { attributeFilter } from '../../feed/filter.js';
import type { CallDeadline } from '../../feed/call-deadlines.js';
import type { Feed } from '../../feed/schema.js';
import { DEFAULT_SOON_DAYS, nextCall, type DeadlineState } from '../../feed/select.js';
import type { Language } from '../../i18n/index.js';
import { CalendarMenuController } from '../../internal/calendar-menu-controller.js';
import { FeedElement } from '../../internal/feed-element.js';
import { fundingStyles } from '../../styles/funding.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { ClockWatch } from '../../time/clock-watch.js';
import { formatTimeLeft } from '../../time/countdown.js';
import { resolveTiming } from '../../time/feed-time.js';
import { formatInstant, formatTiming } from '../../time/format.js';
import { numberFormat, visitorTimeZone } from '../../time/intl-cache.js';
import { countdownView, futureDeadlines, msUntilViewChanges, passedDeadlines, type CountdownView as Shown } from './countdown-view.js';
import { deadlineCountdownStyles } from './deadline-countdown.styles.js';
import { FundingFactsLoader } from '../../internal/funding-facts-loader.js';

const BADGE: Record<DeadlineState, string> = {
  upcoming: 'badge',
  open: 'badge',
  soon: 'badge warning',
  expired: 'badge danger',
  rolling: 'badge',
};

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

  constructor() {
    super();
    this.compact = false;
    this.calm = false;
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
    // The facts list is a chunk; waiting for it in the placeholder keeps the page from moving.
    if (!this.compact && this.#facts.pending(shown.call)) return this.renderPlaceholder(language);
    return this.#renderCall(shown, language);
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

  #renderCall(shown: Shown, language: Language): TemplateResult {
    const { call, timing, state, left, moment, schedule } = shown;
    const { messages, locale } = language;
    const visitorZone = visitorTimeZone();
    const when = (deadline: CallDeadline) => formatInstant(deadline.end, timing.timeZone, locale, messages, visitorZone);
    const number = (n: number) => numberFormat(locale, {}).format(n);
    const opens = state === 'upcoming' && moment.opensValue ? resolveTiming(moment.opensValue, undefined, timing.timeZone) : undefined;
    const current = moment.deadline;
    const following = state === 'expired' ? undefined : moment.following;
    const stage = state !== 'expired' && current?.stage;
    const apply = call.applicationUrl && state !== 'expired' && !this.compact;
    return html`
      <article part="base" class=${state} aria-labelledby="title">
        <p part="state" class=${BADGE[state]}>${messages.deadlineState[state]}</p>
        <p id="title" part="title" role="heading" aria-level=${this.titleLevel()}>
          ${call.url && this.compact ? html`<a part="link title-link" href=${call.url}>${call.title}</a>` : call.title}
        </p>
        ${schedule.type === 'until-funds-exhausted' && state !== 'expired' ? html`<p part="funds">${messages.untilFundsExhausted}</p>` : nothing}
        ${stage
          ? html`<p part="stage">${messages.stageOf(number(moment.index + 1), number(schedule.deadlines.length), stage.title)}</p>`
          : nothing}
        ${left && !this.calm && (state === 'open' || state === 'soon')
          ? html`<p part="time-left" role="timer">${messages.timeLeft(formatTimeLeft(left, locale))}</p>`
          : nothing}
        ${opens ? html`<p part="opens">${messages.opensOn(formatTiming(opens, locale, messages, visitorZone))}</p>` : nothing}
        ${current
          ? html`<p part="deadline">${(call.receipt ? messages.deadlineBy[call.receipt] : messages.deadline)(when(current))}</p>`
          : nothing}
        ${following
          ? html`<p part="next">
              ${following.stage ? messages.nextStage(following.stage.title, when(following)) : messages.nextRound(when(following))}
            </p>`
          : nothing}
        ${this.compact ? nothing : this.#facts.render(call, language)}
        ${this.#renderLinks(shown, language, Boolean(apply))}
        <p class="visually-hidden" role="status">${this.#announcement}</p>
      </article>
    `;
  }

  #renderLinks(shown: Shown, language: Language, apply: boolean) {
    const { messages } = language;
    const { call } = shown;
    const dates = futureDeadlines(shown, this.currentTime(this.shownFeed));
    const details = call.url && !this.compact;
    if (!apply && !details && dates.length === 0) return nothing;
    return html`<div part="links" class="links">
      ${apply ? html`<a part="link apply-link" class="primary" href=${call.applicationUrl!}>${messages.applyNow}</a>` : nothing}
      ${details ? html`<a part="link details-link" href=${call.url!}>${messages.callDetails}</a>` : nothing}
      ${dates.length > 0
        ? this.#calendarMenu.render(messages.deadlineToCalendar, (menu) =>
            menu.renderDeadlineCalendarMenu({ call, dates, timeZone: shown.timing.timeZone, source: this.feedController.snapshot?.url }, language),
          )
        : nothing}
    </div>`;
  }
}
