/**
 * Building an `Intl` formatter costs far more than using one, and every widget
 * formats on every render, so formatters are shared through a small bounded cache.
 */
const MAX_ENTRIES = 100;

function boundedCache<T>() {
  const cache = new Map<string, T>();
  return (key: string, create: () => T): T => {
    let value = cache.get(key);
    if (value === undefined) {
      value = create();
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      cache.set(key, value);
    }
    return value;
  };
}

const dateTimeFormats = boundedCache<Intl.DateTimeFormat>();
const numberFormats = boundedCache<Intl.NumberFormat>();
const listFormats = boundedCache<Intl.ListFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormats(`${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return numberFormats(`${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return listFormats(`${locale}|${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
}

const validZones = new Map<string, boolean>();

/** Whether the runtime knows this IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = validZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    validZones.set(timeZone, valid);
  }
  return valid;
}

let visitorZone: string | undefined;

/**
 * The visitor's own time zone, as the browser reports it. Read again when a second has passed:
 * the zone may change while a page is open (a laptop on a trip), and `Date`, which reads the
 * visitor's offsets (zoned.ts), follows at once.
 */
export function visitorTimeZone(): string {
  if (!visitorZone) {
    visitorZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    // A timer forgets the name, not a clock read at each call: `performance.now()` costs more
    // than the rest of a zone offset, and a first visit of 5,000 events asks 21,000 times.
    // Node's process does not wait for the timer.
    (setTimeout(() => (visitorZone = undefined), 1000) as { unref?: () => void }).unref?.();
  }
  return visitorZone;
}

/**
 * Forgets the visitor's zone name now. A page coming back from the background runs its
 * `visibilitychange` handlers before the timers that fell due while it slept, so a zone
 * changed meanwhile would otherwise be missed by the render those handlers start.
 */
export function forgetVisitorTimeZone(): void {
  visitorZone = undefined;
}
