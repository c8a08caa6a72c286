/**
 * The reminder menu of a funding call ("Frist in meinen Kalender"), loaded on the first click:
 * every future deadline in the `.ics` file, the next one in Google Calendar and Outlook.com.
 */
import type { TemplateResult } from 'lit';
import type { CallDeadline } from '../../feed/call-deadlines.js';
import type { FeedCall } from '../../feed/schema.js';
import type { Messages } from '../../i18n/messages.js';
import { calendarMenu } from '../../ics/calendar-menu.js';
import { deadlineEntries } from '../../ics/deadline-entries.js';
import { saveIcsFile } from '../../ics/save-file.js';
import { writeDeadlineIcs } from '../../ics/write-deadline-ics.js';
import { partName } from '../../internal/part-name.js';

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

export function renderDeadlineCalendarMenu(request: DeadlineCalendarRequest, messages: Messages, id: string): TemplateResult {
  const { call } = request;
  const entries = deadlineEntries(call, request.dates, request.timeZone, messages.deadlineEntry);
  const fileName = `${partName(messages.deadlineEntry(call.title)) || 'frist'}.ics`;
  return calendarMenu({
    id,
    entry: entries[0]!,
    icsDownload: () => saveIcsFile(writeDeadlineIcs(entries, { now: Date.now(), uid: `${call.id}@${uidHost(request.source)}` }), fileName),
    messages: messages.calendarMenu,
  });
}
