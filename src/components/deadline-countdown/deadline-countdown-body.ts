/**
 * What `<qw-deadline-countdown>` draws for a call: a chunk, requested when the element
 * connects (beside the feed's request). The element keeps what must run without it: which
 * call to show, the clock, the milestones it announces and the events it fires.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CallDeadline } from '../../feed/call-deadlines.js';
import type { DeadlineState } from '../../feed/select.js';
import type { Language } from '../../i18n/index.js';
import { formatTimeLeft } from '../../time/countdown.js';
import { resolveTiming } from '../../time/feed-time.js';
import { formatInstant, formatTiming } from '../../time/format.js';
import { numberFormat, visitorTimeZone } from '../../time/intl-cache.js';
import type { CountdownView } from './countdown-view.js';

const BADGE: Record<DeadlineState, string> = {
  upcoming: 'badge',
  open: 'badge',
  soon: 'badge warning',
  expired: 'badge danger',
  rolling: 'badge',
};

/** What the element hands over to draw its call. */
export interface CountdownDrawing {
  readonly shown: CountdownView;
  readonly language: Language;
  readonly level: number;
  readonly compact: boolean;
  readonly calm: boolean;
  /** The facts list (or nothing), drawn by the element's loader of it. */
  readonly facts: unknown;
  /** The last milestone, for the polite live region. */
  readonly announcement: string;
  /** The deadlines still ahead, for the reminder menu. */
  readonly dates: readonly CallDeadline[];
  /** The reminder menu's button and menu, drawn by the element's menu controller. */
  readonly reminder: () => unknown;
}

export function renderCountdown(drawing: CountdownDrawing): TemplateResult {
  const { shown, language, compact } = drawing;
  const { call, timing, state, left, moment, schedule } = shown;
  const { messages, locale } = language;
  const visitorZone = visitorTimeZone();
  const when = (deadline: CallDeadline) => formatInstant(deadline.end, timing.timeZone, locale, messages, visitorZone);
  const number = (n: number) => numberFormat(locale, {}).format(n);
  const opens = state === 'upcoming' && moment.opensValue ? resolveTiming(moment.opensValue, undefined, timing.timeZone) : undefined;
  const current = moment.deadline;
  const following = state === 'expired' ? undefined : moment.following;
  const stage = state !== 'expired' && current?.stage;
  const apply = Boolean(call.applicationUrl && state !== 'expired' && !compact);
  return html`
    <article part="base" class=${state} aria-labelledby="title">
      <p part="state" class=${BADGE[state]}>${messages.deadlineState[state]}</p>
      <p id="title" part="title" role="heading" aria-level=${drawing.level}>
        ${call.url && compact ? html`<a part="link title-link" href=${call.url}>${call.title}</a>` : call.title}
      </p>
      ${schedule.type === 'until-funds-exhausted' && state !== 'expired' ? html`<p part="funds">${messages.untilFundsExhausted}</p>` : nothing}
      ${stage
        ? html`<p part="stage">${messages.stageOf(number(moment.index + 1), number(schedule.deadlines.length), stage.title)}</p>`
        : nothing}
      ${left && !drawing.calm && (state === 'open' || state === 'soon')
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
      ${compact ? nothing : drawing.facts}
      ${renderLinks(drawing, apply)}
      <p class="visually-hidden" role="status">${drawing.announcement}</p>
    </article>
  `;
}

function renderLinks({ shown, language, compact, dates, reminder }: CountdownDrawing, apply: boolean) {
  const { messages } = language;
  const { call } = shown;
  const details = call.url && !compact;
  if (!apply && !details && dates.length === 0) return nothing;
  return html`<div part="links" class="links">
    ${apply ? html`<a part="link apply-link" class="primary" href=${call.applicationUrl!}>${messages.applyNow}</a>` : nothing}
    ${details ? html`<a part="link details-link" href=${call.url!}>${messages.callDetails}</a>` : nothing}
    ${dates.length > 0 ? reminder() : nothing}
  </div>`;
}
