import ICAL from 'ical.js';
import { FeedError } from './feed-errors.js';
import { wallClockToDate } from './wall-clock.js';

/** A calendar event as the source wrote it; its description is plain text (RFC 5545). */
export interface RawEventEntry {
  key: string;
  url: string | null;
  title: string;
  description: string;
  location: string | null;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

function instantOf(time: ICAL.Time, timeZone: string): Date {
  // Dates and floating times carry no zone: they mean the federation's own.
  if (time.isDate || time.zone === ICAL.Timezone.localTimezone || !time.zone) {
    return wallClockToDate(time, timeZone);
  }
  return time.toJSDate();
}

function textOf(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Reads the events of an iCalendar (RFC 5545) file; `timeZone` places dates without one. */
export function parseCalendar(text: string, timeZone: string): { entries: RawEventEntry[]; skipped: number } {
  let calendar: ICAL.Component;
  try {
    const parsed = ICAL.parse(text);
    calendar = new ICAL.Component(Array.isArray(parsed[0]) ? (parsed[0] as unknown[]) : parsed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError('FEED_MALFORMED', `The document is not a valid iCalendar file (${reason}).`);
  }
  if (calendar.name !== 'vcalendar') {
    throw new FeedError(
      'FEED_WRONG_KIND',
      'The document is not an iCalendar file (no VCALENDAR); event sources must be.',
    );
  }
  // ical.js reads TZIDs from a process-wide registry: the calendar's own zones go in for this
  // parse only, so one source cannot redefine a zone for the next.
  const zones = calendar.getAllSubcomponents('vtimezone').map((vtimezone) => new ICAL.Timezone(vtimezone));
  const added = zones.filter((zone) => !ICAL.TimezoneService.has(zone.tzid));
  for (const zone of added) ICAL.TimezoneService.register(zone);
  try {
    return eventsOf(calendar, timeZone);
  } finally {
    for (const zone of added) ICAL.TimezoneService.remove(zone.tzid);
  }
}

function eventsOf(calendar: ICAL.Component, timeZone: string): { entries: RawEventEntry[]; skipped: number } {
  const entries: RawEventEntry[] = [];
  let skipped = 0;
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const uid = textOf(vevent, 'uid');
    if (!uid || !event.startDate) {
      skipped += 1;
      continue;
    }
    const startsAt = instantOf(event.startDate, timeZone);
    const end = event.endDate ? instantOf(event.endDate, timeZone) : startsAt;
    const recurrence = event.recurrenceId ? `#${event.recurrenceId.toString()}` : '';
    entries.push({
      key: `${uid}${recurrence}`,
      url: textOf(vevent, 'url'),
      title: textOf(vevent, 'summary') ?? '',
      description: textOf(vevent, 'description') ?? '',
      location: textOf(vevent, 'location'),
      startsAt,
      // An end before the start is a mistake in the source; the event then ends as it starts.
      endsAt: new Date(Math.max(end.getTime(), startsAt.getTime())),
      cancelled: textOf(vevent, 'status')?.toUpperCase() === 'CANCELLED',
    });
  }
  return { entries, skipped };
}
