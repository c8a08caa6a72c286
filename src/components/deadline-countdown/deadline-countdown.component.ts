import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { QwDeadlineReachedEvent } from '../../events/feed-events.js';
import { attributeFilter } from '../../feed/filter.js';
import type { Feed, FeedCall } from '../../feed/schema.js';
import {
  callTiming,
  deadlineState,
  DEFAULT_SOON_DAYS,
  nextCall,
  type CallTiming,
  type DeadlineState,
} from '../../feed/select.js';
import type { Language } from '../../i18n/index.js';
import { FeedElement } from '../../internal/feed-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { ClockWatch } from '../../time/clock-watch.js';
import { formatTimeLeft, msUntilNextChange, timeLeft, type TimeLeft } from '../../time/countdown.js';
import { resolveTiming } from '../../time/feed-time.js';
import { formatInstant, formatTiming } from '../../time/format.js';
import { visitorTimeZone } from '../../time/intl-cache.js';
import { deadlineCountdownStyles } from './deadline-countdown.styles.js';

const BADGE: Record<DeadlineState, string> = { upcoming: 'badge', open: 'badge', soon: 'badge warning', expired: 'badge danger' };

/** What is shown for one call at one moment. */
interface Shown {
  readonly call: FeedCall;
  readonly timing: CallTiming;
  readonly state: DeadlineState;
  /** Time left until the deadline; `undefined` once it has passed. */
  readonly left: TimeLeft | undefined;
}

/**
 * @tagname qw-deadline-countdown
 * @summary Time left until a funding call's application deadline, with the deadline in full.
 *
 * A date-only deadline ends at the end of that day in the call's time zone; days are
 * calendar days there, so the count stays right across clock changes and for visitors
 * elsewhere. All countdowns on a page share one clock that wakes only when a shown text
 * changes, sleeps while the page is hidden and skips countdowns out of view.
 *
 * @csspart base - The countdown (`<article>`); its class is the state: `upcoming`, `open`, `soon` or `expired`.
 * @csspart state - The state badge ("Bewerbung möglich", "Frist endet bald", "Frist abgelaufen", …).
 * @csspart title - The call's title (a heading).
 * @csspart time-left - The running count ("noch 12 Tage, 4 Stunden"); not a live region.
 * @csspart opens - When applications open, for a call that is not open yet.
 * @csspart deadline - The deadline in full ("Bewerbungsfrist: Montag, 19. Oktober 2015, 23:59 Uhr").
 * @csspart links - The link to the call's page.
 * @csspart link - The link; also `details-link`, or `title-link` for the title's link in the compact variant.
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
 * @event qw-deadline-reached - Fired once when the shown call's deadline passes while it is shown. `detail`: `{ call, deadline }` (the deadline as an ISO instant).
 */
export class QwDeadlineCountdown extends FeedElement {
  static override styles = [hostStyles, deadlineCountdownStyles];

  static override properties: PropertyDeclarations = {
    call: { type: String },
    programme: { type: String },
    tags: { type: String },
    soon: { type: Number },
    compact: { type: Boolean, reflect: true },
  };

  /** id of the call. Without it: the open call whose deadline comes first, else the call that opens next. */
  declare call: string | undefined;
  /** Without `call`: only calls of this programme. */
  declare programme: string | undefined;
  /** Without `call`: only calls with one of these comma-separated tags (case-insensitive). */
  declare tags: string | undefined;
  /** Fewer calendar days left than this marks the call as closing soon. Default 7; `0` turns it off. */
  declare soon: number | undefined;
  /** Smaller layout for sidebars: state, title (a link to the call's page), count and deadline. */
  declare compact: boolean;

  #shown: Shown | undefined;
  // The last milestone (closing soon, deadline passed), read out once by the polite live region.
  #announcement = '';
  #reached: QwDeadlineReachedEvent | undefined;
  /** Milliseconds until the shown text changes; `undefined` when it never will. */
  #wakeIn: number | undefined;
  readonly #clock = new ClockWatch(this);

  constructor() {
    super();
    this.compact = false;
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
    this.#wakeIn = next ? this.#msUntilChange(next, now) : undefined;
    if (!previous || !feed) return;
    const language = this.shownLanguage;
    const sameCall = next?.call.id === previous.call.id;
    if (previous.state !== 'expired' && previous.timing.deadline < now && (!sameCall || next?.state === 'expired')) {
      this.#reached = new QwDeadlineReachedEvent({
        call: previous.call.id,
        deadline: new Date(previous.timing.deadline).toISOString(),
      });
      this.#announcement = language.messages.milestone(language.messages.deadlineState.expired, previous.call.title);
    } else if (sameCall && next.state === 'soon' && previous.state !== 'soon') {
      this.#announcement = language.messages.milestone(language.messages.deadlineState.soon, next.call.title);
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#clock.wakeIn(this.#wakeIn);
    if (this.#reached) {
      const event = this.#reached;
      this.#reached = undefined;
      this.dispatchEvent(event);
    }
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
    if (!call) return undefined;
    const timing = callTiming(call, feed);
    return {
      call,
      timing,
      state: deadlineState(timing, now, this.#soonDays()),
      left: timeLeft(now, timing.deadline, timing.timeZone),
    };
  }

  /** How long until the shown text changes: the next tick of the count, or the opening. */
  #msUntilChange({ timing, state, left }: Shown, now: number): number | undefined {
    if (state === 'upcoming') return timing.opens! - now;
    if (state === 'expired') return undefined;
    return left ? msUntilNextChange(left) : 0;
  }

  protected override renderContent(_feed: Feed, language: Language) {
    const shown = this.#shown;
    return shown ? this.#renderCall(shown, language) : this.renderEmpty(this.#emptyMessage(language));
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

  #renderCall({ call, timing, state, left }: Shown, language: Language): TemplateResult {
    const { messages, locale } = language;
    const visitorZone = visitorTimeZone();
    const deadline = formatInstant(timing.deadline, timing.timeZone, locale, messages, visitorZone);
    const opens = state === 'upcoming' && call.opens ? resolveTiming(call.opens, undefined, timing.timeZone) : undefined;
    return html`
      <article part="base" class=${state} aria-labelledby="title">
        <p part="state" class=${BADGE[state]}>${messages.deadlineState[state]}</p>
        <p id="title" part="title" role="heading" aria-level=${this.titleLevel()}>
          ${call.url && this.compact ? html`<a part="link title-link" href=${call.url}>${call.title}</a>` : call.title}
        </p>
        ${left && (state === 'open' || state === 'soon')
          ? html`<p part="time-left" role="timer">${messages.timeLeft(formatTimeLeft(left, locale))}</p>`
          : nothing}
        ${opens ? html`<p part="opens">${messages.opensOn(formatTiming(opens, locale, messages, visitorZone))}</p>` : nothing}
        <p part="deadline">${messages.deadline(deadline)}</p>
        ${call.url && !this.compact
          ? html`<p part="links"><a part="link details-link" href=${call.url}>${messages.callDetails}</a></p>`
          : nothing}
        <p class="visually-hidden" role="status">${this.#announcement}</p>
      </article>
    `;
  }
}
