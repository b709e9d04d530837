import { type CalendarSession, listPublicCourseSessions } from '@samverka/db/calendar-sessions';
import type { Database } from '@samverka/db/database';
import { type Event, listPublicEvents } from '@samverka/db/events';
import type { ListingFilter } from '@samverka/db/listing-filter';
import { calendarLastChanged } from '@samverka/db/listing-freshness';
import { federationFeedUrls, hubCalendarUrl } from '@samverka/schema/feed-urls';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { CALENDAR_MEDIA_TYPE, type CalendarChannel, renderCalendar } from './calendar.js';
import { sendCacheable } from './conditional.js';
import { canonicalQueryString, type FeedQuery, parseFeedQuery, type RawFeedQuery } from './query.js';
import type { FeedRouteOptions } from './routes.js';
import { federationOrNotFound, isExcludedBy } from './scopes.js';
import { textsIn, uiLanguageOf } from './texts.js';

/** How long a past entry stays in a calendar, so people can still look up what they went to. */
const PAST_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The earliest end an entry may have. It moves once a day, at midnight UTC, so what falls out of a
 * calendar only changes then and the calendar's Last-Modified can say so.
 */
function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - PAST_DAYS * DAY_MS);
}

interface CalendarScope {
  filter: ListingFilter;
  /** The query leaves the calendar's own federation out. */
  empty: boolean;
  /** The calendar without a query. */
  url: string;
  channel: Omit<CalendarChannel, 'selfUrl'>;
}

async function hubScope(query: FeedQuery, publicUrl: string): Promise<CalendarScope> {
  const language = uiLanguageOf(query.filter.language);
  const texts = textsIn(language);
  return {
    filter: query.filter,
    empty: false,
    url: hubCalendarUrl(publicUrl),
    channel: {
      title: texts.hubCalendarTitle,
      description: texts.hubCalendarDescription,
      language,
      texts,
      timeZone: null,
    },
  };
}

async function federationScope(
  db: Kysely<Database>,
  slug: string,
  query: FeedQuery,
  publicUrl: string,
): Promise<CalendarScope> {
  const federation = await federationOrNotFound(db, slug);
  const language = uiLanguageOf(federation.default_language);
  const texts = textsIn(language);
  return {
    filter: { ...query.filter, federations: [federation.slug] },
    empty: isExcludedBy(query.filter.federations, federation.slug),
    url: federationFeedUrls(publicUrl, federation.slug).calendar,
    channel: {
      title: texts.federationCalendarTitle(federation.name),
      description: texts.federationCalendarDescription(federation.name),
      language,
      texts,
      timeZone: federation.time_zone,
    },
  };
}

async function soonestEvents(db: Kysely<Database>, scope: CalendarScope, since: Date, limit: number): Promise<Event[]> {
  if (scope.empty) return [];
  return (await listPublicEvents(db, { ...scope.filter, endsAfter: since }, { first: limit })).rows;
}

async function soonestSessions(
  db: Kysely<Database>,
  scope: CalendarScope,
  since: Date,
  limit: number,
): Promise<CalendarSession[]> {
  if (scope.empty) return [];
  return listPublicCourseSessions(db, scope.filter, { endsAfter: since, limit });
}

interface CalendarRequest {
  Params: { slug?: string };
  Querystring: RawFeedQuery;
}

/** iCalendar of published events and course sessions: across the hub and per federation. */
export function registerCalendars(app: FastifyInstance, { db, publicUrl }: FeedRouteOptions): void {
  const routes: Array<{ path: string; scope: (slug: string, query: FeedQuery) => Promise<CalendarScope> }> = [
    { path: '/calendar/events.ics', scope: (_slug, query) => hubScope(query, publicUrl) },
    { path: '/calendar/federations/:slug.ics', scope: (slug, query) => federationScope(db, slug, query, publicUrl) },
  ];
  for (const route of routes) {
    app.get<CalendarRequest>(route.path, async (request, reply) => {
      const query = parseFeedQuery(request.query);
      const scope = await route.scope(request.params.slug ?? '', query);
      const since = windowStart(new Date());
      const [changed, events, sessions] = await Promise.all([
        calendarLastChanged(db, scope.filter),
        soonestEvents(db, scope, since, query.limit),
        soonestSessions(db, scope, since, query.limit),
      ]);
      const channel: CalendarChannel = { ...scope.channel, selfUrl: scope.url + canonicalQueryString(query) };
      return sendCacheable(reply, {
        body: renderCalendar(channel, events, sessions, query.limit, publicUrl),
        contentType: `${CALENDAR_MEDIA_TYPE}; charset=utf-8`,
        lastModified: new Date(Math.max(changed.getTime(), since.getTime())),
      });
    });
  }
}
