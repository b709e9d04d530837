import type { CalendarSession } from '@samverka/db/calendar-sessions';
import type { Event } from '@samverka/db/events';
import { courseUrl, eventUrl } from '@samverka/schema/feed-urls';
import ical, { escape as escapeText, type ICalEventData, ICalEventStatus, type ICalLocation } from 'ical-generator';
import { type FeedTexts, topicName, type UiLanguage, uiLanguageOf } from './texts.js';

export const CALENDAR_MEDIA_TYPE = 'text/calendar';

/** How often calendar apps are asked to look again (REFRESH-INTERVAL), in seconds. */
const REFRESH_SECONDS = 60 * 60;

/** What a calendar says about itself. */
export interface CalendarChannel {
  title: string;
  description: string;
  language: UiLanguage;
  texts: FeedTexts;
  /** The federation's IANA time zone, as a hint for display; every time is written in UTC. */
  timeZone: string | null;
  selfUrl: string;
}

type CalendarEntry = ICalEventData & { start: Date };

function locationOf(place: {
  place_name: string | null;
  address: string | null;
  online_url: string | null;
}): ICalLocation | null {
  const title = place.place_name ?? place.address ?? place.online_url;
  if (!title) return null;
  return { title, ...(place.place_name && place.address ? { address: place.address } : {}) };
}

function fromEvent(event: Event, channel: CalendarChannel, publicUrl: string): CalendarEntry {
  const language = uiLanguageOf(event.language, channel.language);
  return {
    // Row ids never change, so calendar apps update an entry instead of adding a second one.
    id: event.id,
    start: event.starts_at,
    end: event.ends_at,
    stamp: event.updated_at,
    lastModified: event.updated_at,
    summary: event.title,
    description: event.summary,
    location: locationOf(event),
    url: event.registration_url ?? eventUrl(publicUrl, event.slug),
    status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    categories: event.topics.map((topic) => ({ name: topicName(topic, language) })),
  };
}

function fromSession(session: CalendarSession, channel: CalendarChannel, publicUrl: string): CalendarEntry {
  const texts = channel.texts;
  const summary =
    session.total > 1
      ? `${session.course_title} – ${texts.session(session.number, session.total)}`
      : session.course_title;
  return {
    id: session.id,
    start: session.starts_at,
    end: session.ends_at,
    stamp: session.updated_at,
    lastModified: session.updated_at,
    summary,
    description: session.course_summary,
    location: locationOf(session),
    url: session.registration_url ?? courseUrl(publicUrl, session.course_slug),
    status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/** The soonest `limit` of the events and course sessions as one iCalendar (RFC 5545), in date order. */
export function renderCalendar(
  channel: CalendarChannel,
  events: readonly Event[],
  sessions: readonly CalendarSession[],
  limit: number,
  publicUrl: string,
): string {
  const entries = [
    ...events.map((event) => fromEvent(event, channel, publicUrl)),
    ...sessions.map((session) => fromSession(session, channel, publicUrl)),
  ]
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, limit);
  const calendar = ical({
    prodId: { company: 'Samverka', product: 'Samverka', language: channel.language.toUpperCase() },
    // The library writes the calendar's name and description unescaped.
    name: escapeText(channel.title, false),
    description: escapeText(channel.description, false),
    url: channel.selfUrl,
    ttl: REFRESH_SECONDS,
    events: entries,
  });
  // Not calendar.timezone(): the library would then write local times in the server's own zone.
  if (channel.timeZone) calendar.x('X-WR-TIMEZONE', channel.timeZone);
  return calendar.toString();
}
