import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import '../deadline-countdown/deadline-countdown.js';
import type { Feed } from '../../feed/schema.js';
import type { Language } from '../../i18n/index.js';
import { adoptSheet } from '../../internal/chunk-styles.js';
import { FeedElement } from '../../internal/feed-element.js';
import { FundingFactsLoader } from '../../internal/funding-facts-loader.js';
import { OnDemandController } from '../../internal/on-demand.js';
import { fundingStyles } from '../../styles/funding.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { programmeSummaryStyles } from './programme-summary.styles.js';

/**
 * @tagname qw-programme-summary
 * @summary A funding programme at a glance: budget, period and state, open calls with
 * their deadlines, upcoming events, related programmes and links.
 *
 * Open calls are shown as compact `<qw-deadline-countdown>` elements, so they count down
 * on the page's shared clock.
 *
 * @csspart base - The summary (`<article>`); its class is the state: `upcoming`, `running` or `ended`.
 * @csspart state - The state badge ("Laufendes Programm", …), when the programme gives dates.
 * @csspart title - The programme's name (a heading).
 * @csspart summary - The programme's summary.
 * @csspart facts - The list of budget, period and funders.
 * @csspart budget - The budget ("300 Mio. € pro Jahr").
 * @csspart period - The running period ("2017–2020").
 * @csspart funders - The funding bodies.
 * @csspart funding-facts - The facts applicants decide by (funding type, rate, amount, who, where, legal basis). Each value is also `fact-<name>` (`fact-fundingRate`, …).
 * @csspart calls - The section of open calls.
 * @csspart call - One open call (a compact `<qw-deadline-countdown>`); its parts are exported as `call-base`, `call-state`, `call-title`, `call-time-left`, `call-deadline`, `call-calendar-button` and `call-calendar-menu` (its reminder menu: "Frist in meinen Kalender") with `call-calendar-ics`, `call-calendar-google` and `call-calendar-outlook`.
 * @csspart events - The section of upcoming events.
 * @csspart event - One upcoming event.
 * @csspart related - The list of related programmes.
 * @csspart contact - The contact.
 * @csspart links - The links to apply and to the programme's page.
 * @csspart link - A link; also `apply-link` (the primary "Zum Antrag") or `website-link`.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart stale - The notice shown above earlier data when an update failed.
 * @csspart empty - Shown when the programme does not exist.
 *
 * @cssproperty --qw-programme-background - Background (falls back to `--qw-color-background`).
 * @cssproperty --qw-programme-border - Border (falls back to `--qw-color-border`).
 * @cssproperty --qw-programme-padding - Inner spacing (falls back to `--qw-space-m`).
 *
 * @event qw-deadline-reached - Bubbles up from an open call's countdown when its deadline passes. `detail`: `{ call, deadline }`.
 */
export class QwProgrammeSummary extends FeedElement {
  static override styles = [hostStyles, fundingStyles, programmeSummaryStyles];

  static override properties: PropertyDeclarations = {
    programme: { type: String },
    compact: { type: Boolean, reflect: true },
  };

  /** id of the programme to show. */
  declare programme: string | undefined;
  /** Name, state, budget, period and link only. */
  declare compact: boolean;

  readonly #facts = new FundingFactsLoader(this);
  // What the summary draws is a chunk, requested when the element connects, beside the feed's request.
  readonly #body = new OnDemandController(this, () => import('./programme-summary-body.js'));

  constructor() {
    super();
    this.compact = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.#body.load();
    // The open calls' countdowns draw with a chunk of their own: asked for now, not after the summary's.
    if (!this.compact) void import('../deadline-countdown/deadline-countdown-body.js');
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const id = this.programme?.trim();
    if (!this.compact && id) this.#facts.want(this.shownFeed?.programmes.find((candidate) => candidate.id === id));
  }

  protected override renderContent(feed: Feed, language: Language) {
    const id = this.programme?.trim();
    const programme = id ? feed.programmes.find((candidate) => candidate.id === id) : undefined;
    if (!id) this.warnOnce('no programme attribute: set it to the id of a programme in the feed');
    if (!programme) return this.renderEmpty(language.messages.programmeNotFound);
    const body = this.#body.module;
    if (!body && this.#body.error) return html`<p part="error" role="alert">${language.messages.feedError.network}</p>`;
    // The drawing and the facts list are chunks; waiting for them in the placeholder keeps the page from moving.
    if (!body || (!this.compact && this.#facts.pending(programme))) return this.renderLoading(language);
    adoptSheet(this.renderRoot, body.summaryStyles);
    return body.renderProgramme({
      programme,
      feed,
      feedUrl: this.feedController.snapshot!.url,
      language,
      now: this.currentTime(feed),
      nowAttribute: this.now,
      level: this.titleLevel(),
      compact: this.compact,
      facts: this.compact ? undefined : this.#facts.render(programme, language),
    });
  }
}
