import { MS_PER_DAY, pad } from '../time/plain-date.js';
import { zoneOffset } from '../time/zoned.js';

/**
 * VTIMEZONE components for an .ics file that writes its times in their own zone (`TZID`),
 * so a calendar app shows "10:30" where the feed says 10:30, even after a zone's rules
 * change. The rules come from the browser (`Intl`): each offset change within the years
 * the events span becomes an observance of its own, which every reader understands.
 */

const QUARTER_HOUR = 15 * 60_000;

/** Zones whose offset is always 0: their times are written as UTC (`…Z`), with no VTIMEZONE. */
export const isUtcZone = (timeZone: string) => /^(?:Etc\/)?(?:UTC|GMT|Zulu|UCT|Universal)$/i.test(timeZone);

export interface OffsetChange {
  /** The instant the new offset starts. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The instants in [from, until) at which the zone's offset changes: found a day at a time,
 * then narrowed to the quarter hour (zones change only on quarter hours).
 */
export function offsetChanges(timeZone: string, from: number, until: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let before = zoneOffset(from, timeZone);
  for (let day = from; day < until; day += MS_PER_DAY) {
    const next = Math.min(day + MS_PER_DAY, until);
    const after = zoneOffset(next, timeZone);
    if (after === before) continue;
    let low = Math.floor(day / QUARTER_HOUR);
    let high = Math.floor(next / QUARTER_HOUR);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (zoneOffset(middle * QUARTER_HOUR, timeZone) === before) low = middle;
      else high = middle;
    }
    changes.push({ at: high * QUARTER_HOUR, from: before, to: after });
    before = after;
  }
  return changes;
}

/**
 * Whether the clock reads the same time twice around `epochMs` (when it is set back): such a
 * time in a zone is read by some apps as its first, by others as its second occurrence.
 */
export function isRepeatedWallTime(epochMs: number, timeZone: string): boolean {
  const wall = epochMs + zoneOffset(epochMs, timeZone);
  const offsets = [zoneOffset(epochMs - MS_PER_DAY, timeZone), zoneOffset(epochMs + MS_PER_DAY, timeZone)];
  return offsets[0] !== offsets[1] && offsets.every((offset) => wall - offset + zoneOffset(wall - offset, timeZone) === wall);
}

/** An offset as iCalendar writes it: +0100, -0430. */
function utcOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

/** An instant as the wall clock reads it at `offsetMs`: 20170326T020000. */
export function localDateTime(epochMs: number, offsetMs: number): string {
  const d = new Date(epochMs + offsetMs);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

/** Summer time is the larger of a year's offsets (January's and July's, for either hemisphere). */
function isDaylight(offsetMs: number, at: number, timeZone: string): boolean {
  const year = new Date(at).getUTCFullYear();
  return offsetMs > Math.min(zoneOffset(Date.UTC(year, 0, 1), timeZone), zoneOffset(Date.UTC(year, 6, 1), timeZone));
}

function observance(timeZone: string, at: number, from: number, to: number): string[] {
  const kind = isDaylight(to, at, timeZone) ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    // The onset as the clock read it before the change.
    `DTSTART:${localDateTime(at, from)}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ];
}

/** The VTIMEZONE lines for `timeZone`, covering whole years from `first`'s to `last`'s. */
export function vtimezoneLines(timeZone: string, first: number, last: number): string[] {
  const from = Date.UTC(new Date(first).getUTCFullYear() - 1, 11, 31);
  const until = Date.UTC(new Date(last).getUTCFullYear() + 1, 0, 2);
  const initial = zoneOffset(from, timeZone);
  // The offset in force from local midnight of the day before the first year.
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observance(timeZone, from - initial, initial, initial)];
  for (const change of offsetChanges(timeZone, from, until)) lines.push(...observance(timeZone, change.at, change.from, change.to));
  lines.push('END:VTIMEZONE');
  return lines;
}
