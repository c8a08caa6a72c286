/**
 * The reminder menu of a funding call ("Frist in meinen Kalender"), loaded on the first click:
 * every future deadline in the `.ics` file, the next one in Google Calendar and Outlook.com.
 */
import type { TemplateResult } from 'lit';
import type { CallDeadline } from '../../feed/call-deadlines.js';
import type { FeedCall } from '../../feed/schema.js';
import { DEADLINE_ENTRY, wordsFor } from '../../i18n/funding-words.js';
import type { Language } from '../../i18n/index.js';
import { calendarMenu } from '../../ics/calendar-menu.js';
import { deadlineEntries } from '../../ics/deadline-entries.js';
import { saveIcsFile } from '../../ics/save-file.js';
import { writeDeadlineIcs } from '../../ics/write-deadline-ics.js';
import { partName } from '../../internal/part-name.js';

export { calendarMenuStyles } from '../../ics/calendar-menu.js';

export interface DeadlineCalendarRequest {
  readonly call: FeedCall;
  /** The deadlines still ahead, the next first; at least one. */
  readonly dates: readonly CallDeadline[];
  readonly timeZone: string;
  /** The feed's URL; its host makes the entries' UIDs globally unique. */
  readonly source: string | undefined;
}

function uidHost(source: string | undefined): string {
  try {
    return new URL(source ?? '').host || 'quartier-widgets';
  } catch {
    return 'quartier-widgets';
  }
}

export function renderDeadlineCalendarMenu(request: DeadlineCalendarRequest, { messages, locale }: Language): TemplateResult {
  const { call } = request;
  const entryTitle = wordsFor(DEADLINE_ENTRY, locale);
  const entries = deadlineEntries(call, request.dates, request.timeZone, entryTitle);
  const fileName = `${partName(entryTitle(call.title)) || 'frist'}.ics`;
  return calendarMenu({
    entry: entries[0]!,
    icsDownload: () => saveIcsFile(writeDeadlineIcs(entries, { now: Date.now(), uid: `${call.id}@${uidHost(request.source)}` }), fileName),
    messages: messages.calendarMenu,
  });
}
