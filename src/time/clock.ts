import { forgetVisitorTimeZone } from './intl-cache.js';

/**
 * One clock for every widget that shows time running out. It keeps a single timer for
 * the whole page, set for the earliest moment any widget's text changes; it sets none
 * while the page is hidden, skips widgets scrolled out of view, and forgets a widget
 * when it is removed. Widgets wake at the next change of what they show, so a countdown
 * of days wakes once an hour, not every second.
 */

/** Where the clock reads time and sets its timer: the platform, or a controlled one in tests. */
export interface TimeSource {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const platformTime: TimeSource = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

// setTimeout treats longer delays as 0.
const MAX_DELAY = 2 ** 31 - 1;

interface Watch {
  readonly wake: () => void;
  /** When the element's text next changes; `undefined` while nothing is due. */
  dueAt: number | undefined;
  inView: boolean;
}

export class SharedClock {
  #source: TimeSource = platformTime;
  readonly #watches = new Map<Element, Watch>();
  #timer: unknown;
  #timerAt: number | undefined;
  #observer: IntersectionObserver | undefined;
  #listening = false;
  #schedulePending = false;

  now(): number {
    return this.#source.now();
  }

  /** Replaces the time source (tests use a controlled one); returns the previous one. */
  useSource(source: TimeSource): TimeSource {
    const previous = this.#source;
    this.#clearTimer();
    this.#source = source;
    this.#schedule();
    return previous;
  }

  /** Starts following an element: `wake` is called when its `dueAt` passes while it is in view. */
  watch(element: Element, wake: () => void): void {
    if (this.#watches.has(element)) return;
    this.#watches.set(element, { wake, dueAt: undefined, inView: true });
    if (typeof IntersectionObserver === 'function') {
      this.#observer ??= new IntersectionObserver((entries) => this.#onIntersection(entries));
      this.#observer.observe(element);
    }
    if (!this.#listening) {
      document.addEventListener('visibilitychange', this.#onVisibilityChange);
      this.#listening = true;
    }
  }

  /** Sets when the element's text next changes (`undefined`: never, e.g. after the deadline). */
  wakeAt(element: Element, dueAt: number | undefined): void {
    const watch = this.#watches.get(element);
    if (!watch) return;
    watch.dueAt = dueAt;
    this.#scheduleSoon();
  }

  /** Stops following an element; with the last one gone, nothing is left running. */
  unwatch(element: Element): void {
    if (!this.#watches.delete(element)) return;
    this.#observer?.unobserve(element);
    if (this.#watches.size === 0) {
      this.#observer?.disconnect();
      this.#observer = undefined;
      document.removeEventListener('visibilitychange', this.#onVisibilityChange);
      this.#listening = false;
    }
    this.#schedule();
  }

  /** Number of elements followed (for benchmarks and tests). */
  get watched(): number {
    return this.#watches.size;
  }

  #onVisibilityChange = () => {
    if (document.visibilityState === 'visible') {
      forgetVisitorTimeZone(); // the device may have moved to another zone while the page was hidden
      this.#wakeDue();
    } else this.#schedule();
  };

  #onIntersection(entries: IntersectionObserverEntry[]) {
    let cameIntoView = false;
    for (const entry of entries) {
      const watch = this.#watches.get(entry.target);
      if (!watch) continue;
      cameIntoView ||= entry.isIntersecting && !watch.inView;
      watch.inView = entry.isIntersecting;
    }
    // A widget scrolled back into view catches up at once.
    if (cameIntoView) this.#wakeDue();
    else this.#schedule();
  }

  #wakeDue() {
    this.#clearTimer();
    const now = this.now();
    for (const watch of this.#watches.values()) {
      if (watch.inView && watch.dueAt !== undefined && watch.dueAt <= now) {
        // The widget sets its next `dueAt` when it renders; until then it is not due again.
        watch.dueAt = undefined;
        watch.wake();
      }
    }
    this.#scheduleSoon();
  }

  /**
   * Schedules once the widgets woken now have rendered and told their next change:
   * one timer per wake-up instead of one per widget.
   */
  #scheduleSoon() {
    if (this.#schedulePending) return;
    this.#schedulePending = true;
    queueMicrotask(() => {
      this.#schedulePending = false;
      this.#schedule();
    });
  }

  /** Sets the one timer for the earliest due widget in view, or none. */
  #schedule() {
    let next: number | undefined;
    if (document.visibilityState !== 'hidden') {
      for (const watch of this.#watches.values()) {
        if (watch.inView && watch.dueAt !== undefined && (next === undefined || watch.dueAt < next)) {
          next = watch.dueAt;
        }
      }
    }
    if (next === this.#timerAt) return;
    this.#clearTimer();
    if (next === undefined) return;
    this.#timerAt = next;
    this.#timer = this.#source.setTimeout(() => {
      this.#timer = this.#timerAt = undefined;
      this.#wakeDue();
    }, Math.min(Math.max(0, next - this.now()), MAX_DELAY));
  }

  #clearTimer() {
    if (this.#timerAt === undefined) return;
    this.#source.clearTimeout(this.#timer);
    this.#timer = this.#timerAt = undefined;
  }
}

/** The page's clock, shared by every countdown (and by any copy of the library that imports this module). */
export const sharedClock = new SharedClock();
