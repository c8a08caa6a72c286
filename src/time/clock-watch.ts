import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedClock } from './clock.js';

/**
 * Puts a widget on the shared clock while it is in the page: it re-renders when woken,
 * and catches up on time that passed while it was detached.
 */
export class ClockWatch implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected() {
    sharedClock.watch(this.host, () => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  hostDisconnected() {
    sharedClock.unwatch(this.host);
  }

  /**
   * Wakes the widget after `ms` of the clock's own time (a widget's time may be shifted
   * by `now`, so it says how long, not when); `undefined` for never.
   */
  wakeIn(ms: number | undefined) {
    sharedClock.wakeAt(this.host, ms === undefined ? undefined : sharedClock.now() + ms);
  }
}
