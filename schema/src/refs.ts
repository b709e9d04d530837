import { type Contact, findActiveContactsByIds } from '@samverka/db/contacts';
import { type Course, findPublicCoursesByIds } from '@samverka/db/courses';
import { type Event, findPublicEventsByIds } from '@samverka/db/events';
import { type Federation, findFederationsByIds } from '@samverka/db/federations';
import { findPublicInitiativesByIds, type Initiative } from '@samverka/db/initiatives';
import { findMunicipalitiesByIds, type Municipality } from '@samverka/db/municipalities';
import { findPublicNewsByIds, type NewsItem } from '@samverka/db/news';
import { builder } from './builder.js';

// The node types refer to each other (a federation has members, a municipality belongs to
// federations), so their refs and loaders are declared here and implemented in one file each.
// `cacheResolved` puts every row a listing returns into its loader, so a later lookup by id is free.

function byId<Row extends { id: string }>() {
  return {
    toKey: (row: Row) => row.id,
    cacheResolved: true,
    sort: true,
    id: { resolve: (row: Row) => row.id },
  } as const;
}

export const FederationRef = builder.loadableNodeRef('Federation', {
  ...byId<Federation>(),
  load: (ids: string[], ctx) => findFederationsByIds(ctx.db, ids),
});

export const MunicipalityRef = builder.loadableNodeRef('Municipality', {
  ...byId<Municipality>(),
  load: (ids: string[], ctx) => findMunicipalitiesByIds(ctx.db, ids),
});

export const NewsItemRef = builder.loadableNodeRef('NewsItem', {
  ...byId<NewsItem>(),
  load: (ids: string[], ctx) => findPublicNewsByIds(ctx.db, ids),
});

export const CourseRef = builder.loadableNodeRef('Course', {
  ...byId<Course>(),
  load: (ids: string[], ctx) => findPublicCoursesByIds(ctx.db, ids),
});

export const EventRef = builder.loadableNodeRef('Event', {
  ...byId<Event>(),
  load: (ids: string[], ctx) => findPublicEventsByIds(ctx.db, ids),
});

export const ContactRef = builder.loadableNodeRef('Contact', {
  ...byId<Contact>(),
  load: (ids: string[], ctx) => findActiveContactsByIds(ctx.db, ids),
});

export const InitiativeRef = builder.loadableNodeRef('Initiative', {
  ...byId<Initiative>(),
  load: (ids: string[], ctx) => findPublicInitiativesByIds(ctx.db, ids),
});
