/**
 * The page-wide feed store: one entry per absolute feed URL, shared by every widget
 * wherever it sits on the page, so a feed is requested once however many widgets ask.
 */
import type { FeedError } from './errors.js';
import { sharedClock } from '../time/clock.js';
import { looksLikeICalendar, parseFeedText } from './feed-text.js';
import { explainIssues, nextTask, readFeedInSlices, readFeedUnexplained, type FeedIssue } from './parse.js';
import { feedSettings } from './feed-settings.js';
import { storedFeed, storeFeed, whenIdle } from './persist.js';
import { PREVIEW_MIN_EVENTS, type FeedPreview, type Period } from './preview-period.js';
import type { readPreview } from './preview.js';
import type { Feed } from './schema.js';

export { feedSettings } from './feed-settings.js';

export interface FeedSnapshot {
  readonly url: string;
  readonly status: 'loading' | 'loaded' | 'error';
  /** The last good data; kept when a later refresh fails. */
  readonly feed?: Feed;
  readonly issues: readonly FeedIssue[];
  /** When `feed` was read (ms since epoch). */
  readonly loadedAt?: number;
  /** The latest failure, when `status` is `error`. */
  readonly error?: FeedError;
  /** While a large feed is read: its events on the days widgets asked for (`prefer`), read first. */
  readonly preview?: FeedPreview;
}

type Listener = (snapshot: FeedSnapshot) => void;

const PREFIX = 'quartier-widgets:';

/** Failures that may pass by themselves, worth asking again for. */
const mayPass = (error: FeedError) =>
  error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status! >= 500 || error.status === 429));

function logIssues(url: string, issues: readonly FeedIssue[]) {
  if (issues.length === 0) return;
  const skipped = issues.filter((i) => i.action === 'item-skipped').length;
  const dropped = issues.filter((i) => i.action === 'field-dropped').length;
  console.warn(
    `${PREFIX} feed ${url}: ${skipped} item(s) skipped, ${dropped} field(s) dropped, ` +
      `${issues.length - skipped - dropped} warning(s)\n` +
      issues.map((i) => `  ${i.action === 'warning' ? 'warning' : i.action.replace('-', ' ')}: ${i.path}${i.id ? ` (id '${i.id}')` : ''}: ${i.message}`).join('\n'),
  );
}

export class FeedSource {
  #snapshot: FeedSnapshot;
  #listeners = new Set<Listener>();
  #request?: Promise<FeedSnapshot>;
  #started = false;
  #retries = 0;
  #retryTimer?: ReturnType<typeof setTimeout>;
  /** The answer has begun to come and is being read: the data follows without waiting for a server. */
  reading = false;
  #periods = new Map<string, Period>();

  constructor(readonly url: string) {
    this.#snapshot = { url, status: 'loading', issues: [] };
  }

  /**
   * Shows the copy kept from an earlier visit while the request runs. Read after the request
   * has gone out: the first use of `localStorage` on a page costs milliseconds, which then
   * pass while the network works instead of before it starts.
   */
  #showStoredCopy() {
    const stored = storedFeed(this.url);
    if (stored && !this.#snapshot.feed) this.#set({ ...this.#snapshot, feed: stored.feed, loadedAt: stored.loadedAt });
  }

  /**
   * Asks for the events of these days to be read first from a large feed and drawn while the
   * rest is read. A period asked for once the answer has begun comes too late for it.
   */
  prefer(period: Period) {
    if (!this.reading) this.#periods.set(period.from + period.to, period);
  }

  get snapshot(): FeedSnapshot {
    return this.#snapshot;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    listener(this.#snapshot);
    return () => this.#listeners.delete(listener);
  }

  /** Starts the first request, once; later calls share it or its result. */
  load(): Promise<FeedSnapshot> {
    if (!this.#started) return this.#start('default');
    return this.#request ?? Promise.resolve(this.#snapshot);
  }

  #start(cache: RequestCache): Promise<FeedSnapshot> {
    this.#started = true;
    const request = this.#fetch(cache);
    this.#showStoredCopy();
    return request;
  }

  /**
   * Asks the server again. The request revalidates the browser's cached copy
   * (`If-None-Match` / `If-Modified-Since`), so an unchanged feed costs a 304.
   */
  refresh(): Promise<FeedSnapshot> {
    if (!this.#started) return this.#start('no-cache');
    return this.#request ?? this.#fetch('no-cache');
  }

  /** Asks again after the next delay of `retryDelaysMs`, or at once when the browser is back online. */
  #retryLater() {
    const delay = feedSettings.retryDelaysMs[this.#retries];
    if (delay === undefined || this.#retryTimer) return;
    this.#retries += 1;
    const retry = () => {
      clearTimeout(this.#retryTimer);
      this.#retryTimer = undefined;
      removeEventListener('online', retry);
      if (!this.#request) void this.#fetch('no-cache');
    };
    this.#retryTimer = setTimeout(retry, delay);
    addEventListener('online', retry);
  }

  #set(snapshot: FeedSnapshot) {
    this.#snapshot = snapshot;
    for (const listener of this.#listeners) listener(snapshot);
  }

  #fetch(cache: RequestCache): Promise<FeedSnapshot> {
    const request = this.#request = this.#download(cache).then((result) => {
      this.#request = undefined;
      this.reading = false;
      const previous = this.#snapshot;
      if ('feed' in result) {
        logIssues(this.url, result.issues);
        const loadedAt = Date.now();
        this.#retries = 0;
        this.#set({ url: this.url, status: 'loaded', feed: result.feed, issues: result.issues, loadedAt });
        storeFeed(this.url, result.feed, loadedAt, result.chars);
      } else {
        console.error(`${PREFIX} ${result.message}`);
        // A failed update never replaces good data.
        this.#set({ ...previous, status: 'error', error: result });
        if (mayPass(result)) this.#retryLater();
      }
      return this.#snapshot;
    });
    return request;
  }

  async #download(cache: RequestCache): Promise<FeedError | { feed: Feed; issues: readonly FeedIssue[]; chars: number }> {
    const { url } = this;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), feedSettings.timeoutMs);
    try {
      // No headers of our own: a page's preload of the feed serves only a request like its own
      // in every browser (Firefox keeps it apart from a fetch that sets Accept). What the answer
      // is, JSON or iCalendar, its type, address or first line tells.
      const response = await fetch(url, { cache, signal: controller.signal });
      this.reading = true;
      if (!response.ok) {
        return {
          kind: 'http',
          url,
          status: response.status,
          message:
            `the feed ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; ` +
            (response.status >= 500 ? 'the server has a problem, try again later' : 'check the address'),
        };
      }
      const text = await response.text();
      const base = response.url || url;
      // iCalendar by its type, its address, or its first line.
      const iCalendar =
        /^text\/calendar/i.test(response.headers.get('content-type') ?? '') ||
        /\.ics$/i.test(new URL(base).pathname) ||
        looksLikeICalendar(text);
      const result = iCalendar
        ? // The converter (with ical.js) is a chunk of its own, loaded only by pages that show an .ics feed.
          await import('../ics/ics-feed.js').then(
            async ({ readICalendarFeed }) => {
              const read = readICalendarFeed(text, base, sharedClock.now(), feedSettings, readFeedUnexplained);
              if (read.ok) await explainIssues(read.issues);
              return read;
            },
            () => ({ ok: false, kind: 'not-a-feed', message: 'chunks/ics-feed.js could not be loaded' }) as const,
          )
        : // Still loading with a first look, not a new error after a failed try; none where a feed is
          // already shown (a refresh, or the copy kept from an earlier visit), which it would not replace.
          await readJson(text, base, this.#snapshot.feed ? new Map() : this.#periods, (preview) => this.#set({ ...this.#snapshot, status: 'loading', preview }));
      if (!result.ok) return { kind: result.kind, url, message: `the feed ${url} cannot be read: ${result.message}` };
      return { feed: result.feed, issues: result.issues, chars: text.length };
    } catch {
      if (controller.signal.aborted) {
        return {
          kind: 'timeout',
          url,
          message: `the feed ${url} did not answer within ${feedSettings.timeoutMs / 1000} s`,
        };
      }
      return {
        kind: 'network',
        url,
        message: `the feed ${url} could not be reached (offline, server down, or the server does not allow this site by CORS)`,
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A JSON body, read in slices so a large feed leaves the page responsive; a first look at `periods` before. */
async function readJson(text: string, base: string, periods: ReadonlyMap<string, Period>, showPreview: (preview: FeedPreview) => void) {
  // The first look's reader is a chunk, loaded only for a large feed; where the body is large, its
  // request goes out before the parse, so it comes while the parse runs, not a round trip after.
  const loadReader = () => import('./preview.js').catch(() => undefined);
  const reader = periods.size > 0 && text.length > PREVIEW_MIN_EVENTS * 100 ? loadReader() : undefined;
  const parsed = parseFeedText(text);
  // The parse of a large body is a task's worth: the first look, or the first slice, starts one of its own.
  if (reader) await nextTask();
  const json = parsed.ok && periods.size > 0 ? (parsed.json as { events?: unknown }) : undefined;
  if (Array.isArray(json?.events) && json.events.length >= PREVIEW_MIN_EVENTS) {
    const preview = (await (reader ?? loadReader()))?.readPreview(json as Parameters<typeof readPreview>[0], base, periods, readFeedUnexplained);
    if (preview) {
      // Reading a first look of hundreds of events is a task's worth: drawing it starts one of its own.
      if (preview.feed.events.length > 200) await nextTask();
      showPreview(preview);
      // The rest is read once the first look is painted and the page is idle (at the latest after 100 ms).
      await new Promise<void>((resolve) => whenIdle(resolve, 100));
    }
  }
  const result = parsed.ok ? await readFeedInSlices(parsed.json, base) : parsed;
  // Series are expanded by a chunk of their own (with ical.js), loaded only for a feed that has one;
  // should it fail to load or to expand, the series show at their start rather than the feed not at all.
  return result.ok && result.feed.events.some((event) => event.recurrence)
    ? import('../ics/feed-series.js')
        .then(({ expandFeedSeries }) => expandFeedSeries(result, sharedClock.now(), feedSettings))
        .catch(() => result)
    : result;
}

const sources = new Map<string, FeedSource>();

/**
 * The shared source for a feed URL (resolved against the page's base URL). A
 * `webcal:` address, as calendar sites hand them out, is fetched over https.
 */
export function feedSource(url: string): FeedSource {
  const absolute = new URL(url.trim().replace(/^webcals?:/i, 'https:'), document.baseURI).href;
  let source = sources.get(absolute);
  if (!source) {
    source = new FeedSource(absolute);
    sources.set(absolute, source);
  }
  return source;
}

/** Revalidates a feed for every widget that shows it. */
export function refreshFeed(url: string): Promise<FeedSnapshot> {
  return feedSource(url).refresh();
}

/** The page's default feed: `<meta name="quartier-feed" content="URL">`. */
export function pageFeedUrl(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="quartier-feed"]')?.content.trim();
  return content ? content : undefined;
}
