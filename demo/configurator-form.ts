// What the configurator's form says, as plain functions: the attributes it sets (for the
// preview and for the snippet, which differ only in `now`), the moment that shows the sample
// feed's data, the notice for a feed address visitors of a partner page cannot reach, and
// what the feed's items give (for the chunks a snippet preloads).
import type { Feed, FeedEvent, FeedFundingFacts } from '../src/feed/schema.js';
import type { FeedFacts } from './snippet.js';

/** The demo's own feed, whose events and calls lie in 2015–2017. */
export const SAMPLE_FEED_PATH = '/demo/sample-feed.json';

/** A moment that shows the sample feed's data: an open call, a month full of events, more to come. */
export const SAMPLE_MOMENT: Readonly<Record<'now' | 'month', string>> = { now: '2015-10-05T09:00', month: '2015-10' };

export const isSampleFeed = (address: string, page: string) => {
  try {
    const url = new URL(address, page);
    return url.origin === new URL(page).origin && url.pathname === SAMPLE_FEED_PATH;
  } catch {
    return false;
  }
};

/**
 * Prefills `now` and `month` with the sample moment for the sample feed, and clears them again
 * (if they still hold it) for any other feed, whose data the sample moment would hide.
 */
export function fillSampleMoment(fields: Record<'now' | 'month', HTMLInputElement>, sample: boolean) {
  for (const name of ['now', 'month'] as const) {
    const field = fields[name];
    if (sample && !field.value) field.value = SAMPLE_MOMENT[name];
    else if (!sample && field.value === SAMPLE_MOMENT[name]) field.value = '';
  }
}

export type Attribute = readonly [name: string, value: string | boolean];

/**
 * The attributes set by the form's `[data-attribute]` controls that apply to the chosen widget
 * (those not in a hidden `[data-for]` group), in the form's order; `item` names the attribute
 * of the "Was es zeigt" select for this widget. `now` goes to the preview, and to the snippet
 * only when "now-in-snippet" is ticked: a pasted frozen clock would stop the widget in the past.
 */
export function formAttributes(form: HTMLFormElement, item: string | undefined): { preview: Attribute[]; snippet: Attribute[] } {
  const preview: Attribute[] = [];
  const snippet: Attribute[] = [];
  const nowInSnippet = form.querySelector<HTMLInputElement>('#now-in-snippet')!.checked;
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute], #now, #item')) {
    if (control.closest<HTMLElement>('[data-for]')?.hidden) continue;
    const name = control.id === 'item' ? item : control.id === 'now' ? 'now' : control.dataset.attribute;
    if (!name) continue;
    const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value.trim();
    preview.push([name, value]);
    if (name !== 'now' || nowInSnippet) snippet.push([name, value]);
  }
  return { preview, snippet };
}

const PUBLIC_ADDRESS = 'Tragen Sie die öffentliche Adresse des Feeds ein (https://…).';

/** Whether an IP address or host name is only reachable from this machine (`machine`) or this network (`network`). */
function reach(hostname: string): 'machine' | 'network' | 'public' {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host)) return 'machine';
  if (/^10\./.test(host) || /^192\.168\./.test(host) || /^169\.254\./.test(host) || /^172\.(1[6-9]|2\d|3[01])\./.test(host)) return 'network';
  if (/^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return 'network';
  if (!host.includes('.') && !host.includes(':')) return 'network'; // an intranet name like "server"
  if (/\.(local|lan|internal|intranet|home\.arpa)$/.test(host)) return 'network';
  return 'public';
}

/**
 * What a webmaster must know before pasting a snippet with this feed address: that visitors
 * of their page cannot reach it (this machine, the local network), that it depends on where
 * the page lies (a relative address), or that an https page will not load it. Empty when fine.
 */
export function feedAddressNotice(address: string): string {
  const trimmed = address.trim();
  if (!trimmed) return '';
  let url: URL;
  try {
    url = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
  } catch {
    return 'Diese Adresse ist relativ: sie gilt nur, wenn der Feed auf demselben Server liegt wie die Seite, in die Sie den Code einfügen. Sonst tragen Sie die vollständige Adresse ein (https://…).';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:') {
    return `Diese Adresse ist keine Web-Adresse: das Widget kann sie nicht laden. ${PUBLIC_ADDRESS}`;
  }
  const where = url.protocol === 'file:' ? 'machine' : reach(url.hostname);
  if (where === 'machine') return `Diese Adresse ist nur auf Ihrem Rechner erreichbar: Besucher Ihrer Seite bekommen den Feed nicht. ${PUBLIC_ADDRESS}`;
  if (where === 'network') return `Diese Adresse ist nur in Ihrem lokalen Netz erreichbar: Besucher Ihrer Seite bekommen den Feed nicht. ${PUBLIC_ADDRESS}`;
  if (url.protocol === 'http:') return 'Diese Adresse beginnt mit http://: eine Seite, die über https:// aufgerufen wird, lädt sie nicht. Tragen Sie die https-Adresse des Feeds ein.';
  return '';
}

/** The event fields that make a widget load the facts' chunk (src/feed/event-facts.ts, held to it by a test). */
const EVENT_FACT_FIELDS = ['price', 'accessibility', 'accessibilityNote', 'languages', 'audience', 'ageRange', 'image', 'previousStart', 'recurrence'];

/** Whether an event gives facts beyond its title, time and place. */
export const eventGivesFacts = (event: FeedEvent): boolean =>
  EVENT_FACT_FIELDS.some((field) => field in event) || Object.keys(event.registration ?? {}).some((key) => key !== 'url');

/** Whether a call or programme gives funding facts (src/internal/funding-facts-loader.ts, held to it by a test). */
export const givesFundingFacts = (item: FeedFundingFacts): boolean =>
  Boolean(item.fundingType?.length || item.fundingRate || item.amount || item.applicants?.length || item.regions?.length || item.legalBasis);

/**
 * What the items a snippet's widget may show give, for the chunks it preloads: the chosen
 * event (a card), call (a countdown) or programme (a summary; its calls are compact
 * countdowns, which show no facts), else any such item of the feed.
 */
export function feedFacts(feed: Feed | undefined, attributes: readonly Attribute[]): FeedFacts {
  const chosen = (name: string) => attributes.find(([written]) => written === name)?.[1] || undefined;
  const pick = <T extends { id: string }>(items: readonly T[], id: string | boolean | undefined) => (id ? items.filter((item) => item.id === id) : items);
  return {
    events: pick(feed?.events ?? [], chosen('event')).some(eventGivesFacts),
    calls: pick(feed?.calls ?? [], chosen('call')).some(givesFundingFacts),
    programmes: pick(feed?.programmes ?? [], chosen('programme')).some(givesFundingFacts),
  };
}
