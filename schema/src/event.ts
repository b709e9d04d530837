import { findPublicEventBySlug, listPublicEvents } from '@samverka/db/events';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { LanguageEnum } from './enums.js';
import { checkDateRange, checkSearchText, checkSlugs, parseMunicipalityCode } from './inputs.js';
import { resolveConnection } from './pagination.js';
import { ContactRef, EventRef, FederationRef, MunicipalityRef } from './refs.js';
import { TopicRef } from './topic.js';

EventRef.implement({
  description: 'A conference or meeting organised by a federation.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    description: t.exposeString('description_html', { description: 'Sanitised HTML.' }),
    startsAt: t.field({ type: 'DateTime', resolve: (event) => event.starts_at }),
    endsAt: t.field({ type: 'DateTime', resolve: (event) => event.ends_at }),
    placeName: t.exposeString('place_name', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    municipality: t.field({ type: MunicipalityRef, nullable: true, resolve: (event) => event.municipality_id }),
    onlineUrl: t.field({ type: 'URL', nullable: true, resolve: (event) => event.online_url }),
    registrationUrl: t.field({ type: 'URL', nullable: true, resolve: (event) => event.registration_url }),
    registrationDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (event) => event.registration_deadline,
    }),
    language: t.expose('language', { type: LanguageEnum }),
    cancelled: t.boolean({ resolve: (event) => event.status === 'cancelled' }),
    organiser: t.field({ type: FederationRef, resolve: (event) => event.federation_id }),
    topics: t.field({ type: [TopicRef], resolve: (event) => event.topics }),
    contact: t.field({ type: ContactRef, nullable: true, resolve: (event) => event.contact_id }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  fields: (t) => ({
    federations: t.stringList({ description: 'Organiser slugs.' }),
    municipality: t.string({ description: 'Only events held in this municipality (code, e.g. "1293").' }),
    topics: t.stringList({ description: 'Topic slugs; an event with any of them matches.' }),
    language: t.field({ type: LanguageEnum }),
    endsAfter: t.field({
      type: 'DateTime',
      description: 'Only events that have not ended by then; pass now for upcoming ones.',
    }),
    startsBefore: t.field({ type: 'DateTime' }),
    search: t.string(),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (_root, { slug }, ctx) => (await findPublicEventBySlug(ctx.db, slug)) ?? null,
  }),
  events: t.connection(
    {
      type: EventRef,
      description: 'Published events, soonest first.',
      args: { filter: t.arg({ type: EventFilter }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) => {
        checkDateRange('filter.endsAfter', filter?.endsAfter, filter?.startsBefore);
        return resolveConnection(args, (page) =>
          listPublicEvents(
            ctx.db,
            {
              federations: checkSlugs('filter.federations', filter?.federations),
              municipality: parseMunicipalityCode('filter.municipality', filter?.municipality),
              topics: checkSlugs('filter.topics', filter?.topics),
              language: filter?.language,
              endsAfter: filter?.endsAfter,
              startsBefore: filter?.startsBefore,
              search: checkSearchText('filter.search', filter?.search),
            },
            page,
          ),
        );
      },
    },
    { name: 'EventConnection' },
    { name: 'EventEdge' },
  ),
}));
