/** The copy of each feed kept in `localStorage`, shown on the next page load until the server answers. */
import { feedSettings } from './feed-settings.js';
import { readFeedUnexplained } from './parse.js';
import type { Feed } from './schema.js';

const STORAGE_PREFIX = 'quartier-widgets:feed:';

/** `localStorage`, or `undefined` where a page or browser forbids it (sandboxed frames, privacy modes). */
function storage(): Storage | undefined {
  try {
    return feedSettings.persist ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** The copy of a feed kept from an earlier page load; read again, so a tampered copy is checked like a download. */
export function storedFeed(url: string): { feed: Feed; loadedAt: number } | undefined {
  try {
    const text = storage()?.getItem(STORAGE_PREFIX + url);
    if (!text) return undefined;
    const { loadedAt, feed } = JSON.parse(text) as { loadedAt: unknown; feed: unknown };
    // Its issues were reported when it was downloaded; only whether it reads matters here.
    const result = readFeedUnexplained(feed);
    return result.ok && typeof loadedAt === 'number' ? { feed: result.feed, loadedAt } : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `task` when the page is idle (at the latest after `timeout` ms), so keeping a copy never delays the first paint. */
export const whenIdle = (task: () => void, timeout = 2_000) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout }) : setTimeout(task, timeout / 4);

/** Keeps the feed read from a response of `chars` characters, or forgets an earlier copy when it is too large. */
export function storeFeed(url: string, feed: Feed, loadedAt: number, chars: number) {
  const store = storage();
  if (!store) return;
  const key = STORAGE_PREFIX + url;
  try {
    if (chars > feedSettings.persistMaxChars) return store.removeItem(key);
  } catch {
    return;
  }
  whenIdle(() => {
    try {
      const text = JSON.stringify({ loadedAt, feed });
      if (text.length <= feedSettings.persistMaxChars) store.setItem(key, text);
      else store.removeItem(key);
    } catch {
      // Quota exceeded or storage refused: the page works on without the copy.
    }
  });
}
