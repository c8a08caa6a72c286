import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QwFeedErrorEvent, QwFeedLoadEvent } from '../events/feed-events.js';
import type { FeedError } from './errors.js';
import { feedSource, pageFeedUrl, type FeedSnapshot, type FeedSource } from './store.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Connects one widget to the shared store: subscribes while connected, follows
 * changes of the widget's `feed`, and fires `qw-feed-load` / `qw-feed-error` on it.
 * Only the source of the current URL is listened to, so a late answer for an
 * earlier URL can never overwrite newer data.
 */
export class FeedController implements ReactiveController {
  /** What the widget renders from; `undefined` until a URL is known. */
  snapshot?: FeedSnapshot;
  /** Set when the widget has no usable feed URL at all. */
  configError?: FeedError;

  #source?: FeedSource;
  #unsubscribe?: () => void;
  #connected = false;

  constructor(
    private readonly host: Host,
    private readonly feedAttribute: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.#connected = true;
    this.#follow(true);
  }

  hostDisconnected() {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
  }

  /** Runs before each render, so a changed `feed` attribute is followed at once. */
  hostUpdate() {
    this.#follow(false);
  }

  /** Follows a changed `feed` attribute now, for a host that reads the snapshot before its controllers update. */
  follow() {
    this.#follow(false);
  }

  /** The shared source of the feed shown, once its address is known. */
  get source(): FeedSource | undefined {
    return this.#source;
  }

  /** Revalidates the feed for every widget that shows it. */
  refresh(): Promise<FeedSnapshot> | undefined {
    return this.#source?.refresh();
  }

  #follow(notifyHost: boolean) {
    if (!this.#connected) return;
    const wanted = this.feedAttribute()?.trim() || pageFeedUrl();
    let source: FeedSource | undefined;
    try {
      source = wanted ? feedSource(wanted) : undefined;
    } catch {
      source = undefined;
    }
    if (source === this.#source && (source || this.configError)) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = source;
    this.snapshot = undefined;
    this.configError = undefined;
    if (!source) {
      this.configError = {
        kind: 'no-feed',
        url: wanted ?? '',
        message: wanted
          ? `'${wanted}' is not a usable feed address`
          : 'no feed given: set the feed attribute or <meta name="quartier-feed" content="URL">',
      };
      console.error(`quartier-widgets: <${this.host.localName}>: ${this.configError.message}`);
      this.host.dispatchEvent(new QwFeedErrorEvent({ ...this.configError, hasStaleData: false }));
      if (notifyHost) this.host.requestUpdate();
      return;
    }
    let synchronous = true;
    this.#unsubscribe = source.subscribe((snapshot) => this.#receive(snapshot, !synchronous || notifyHost));
    synchronous = false;
    void source.load();
  }

  #receive(snapshot: FeedSnapshot, notifyHost: boolean) {
    if (snapshot === this.snapshot) return;
    this.snapshot = snapshot;
    if (snapshot.status === 'loaded' && snapshot.feed) {
      this.host.dispatchEvent(new QwFeedLoadEvent({ url: snapshot.url, feed: snapshot.feed, issues: snapshot.issues }));
    } else if (snapshot.status === 'error' && snapshot.error) {
      this.host.dispatchEvent(new QwFeedErrorEvent({ ...snapshot.error, hasStaleData: snapshot.feed !== undefined }));
    }
    if (notifyHost) this.host.requestUpdate();
  }
}
