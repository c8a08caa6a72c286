import { sharedClock, type TimeSource } from '../src/time/clock.js';

/**
 * A time source the test moves by hand, so clock behaviour is checked without waiting.
 * It records every timer the shared clock sets.
 */
export class ControlledTime implements TimeSource {
  readonly #timers = new Map<number, { at: number; callback: () => void }>();
  #nextId = 1;
  /** How many timers were ever set. */
  timersSet = 0;

  constructor(public current: number) {}

  now() {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number) {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.current + ms, callback });
    this.timersSet++;
    return id;
  }

  clearTimeout(handle: unknown) {
    this.#timers.delete(handle as number);
  }

  /** Timers set and not yet fired or cleared. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves time forward, firing each due timer at its moment and letting the widgets render. */
  async advance(ms: number): Promise<number> {
    const end = this.current + ms;
    let fired = 0;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.#timers.delete(id);
      this.current = Math.max(this.current, timer.at);
      timer.callback();
      fired++;
      await settleRendering();
    }
    this.current = end;
    return fired;
  }
}

/**
 * Lets Lit finish the updates a wake-up requested: one macrotask, after every microtask.
 * A message, unlike `setTimeout(0)`, is not clamped to 4 ms when thousands follow each other.
 */
export function settleRendering(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Runs the shared clock on a fresh `ControlledTime` for each test of the enclosing
 * `describe`, and restores the real one after; the returned function gives the current one.
 */
export function useControlledTime(start = '2030-01-01T00:00:00Z'): () => ControlledTime {
  let time: ControlledTime;
  let previous: TimeSource;
  beforeEach(() => {
    time = new ControlledTime(Date.parse(start));
    previous = sharedClock.useSource(time);
  });
  afterEach(() => {
    sharedClock.useSource(previous);
  });
  return () => time;
}
