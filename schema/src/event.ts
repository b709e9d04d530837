import { findPublicEventBySlug, listPublicEvents } from '@samverka/db/events';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { LanguageEnum } from './enums.js';
import { checkDateRange, checkListingFilter, checkSearchText } from './inputs.js';
import { resolveConnection } from './pagination.js';
import { ContactRef, EventRef, FederationRef, MunicipalityRef } from './refs.js';
import { TopicRef } from './topic.js';

EventRef.implement({
  description: 'A conference or meeting organised by a federation.',
  fields: (t) => ({
    slug: t.exposeString('slug', {
      description: 'Its unique key in URLs and in `event(slug)`, e.g. "spridningskonferens-hassleholm-2023".',
    }),
    title: t.exposeString('title', {
      description: 'The event’s name, e.g. "Spridningskonferens om ambassadörer och HälsoAgenter".',
    }),
    summary: t.exposeString('summary', { description: 'A short introduction in plain text; may be empty.' }),
    description: t.exposeString('description_html', {
      description: 'The full text as HTML, sanitised when it was written: safe to insert into a page. May be empty.',
    }),
    startsAt: t.field({
      type: 'DateTime',
      description: 'When it starts (UTC; show it in the organiser’s `timeZone`).',
      resolve: (event) => event.starts_at,
    }),
    endsAt: t.field({
      type: 'DateTime',
      description: 'When it ends (UTC); never before `startsAt`.',
      resolve: (event) => event.ends_at,
    }),
    placeName: t.exposeString('place_name', {
      nullable: true,
      description: 'The venue, e.g. "Kulturhuset, lilla salen"; null when not given.',
    }),
    address: t.exposeString('address', {
      nullable: true,
      description: 'Street address of the venue; null when not given.',
    }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'The municipality it is held in; null when not given.',
      resolve: (event) => event.municipality_id,
    }),
    onlineUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where to join online; null when it has no online part.',
      resolve: (event) => event.online_url,
    }),
    registrationUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where to register; null when not given.',
      resolve: (event) => event.registration_url,
    }),
    registrationDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The last moment to register (UTC); null when there is none.',
      resolve: (event) => event.registration_deadline,
    }),
    language: t.expose('language', { type: LanguageEnum, description: 'The language it is written in.' }),
    cancelled: t.boolean({
      description:
        'True when the organiser has cancelled it; a published event stays listed when cancelled, so nobody travels to it.',
      resolve: (event) => event.status === 'cancelled',
    }),
    organiser: t.field({
      type: FederationRef,
      description: 'The federation that organises it.',
      resolve: (event) => event.federation_id,
    }),
    topics: t.field({ type: [TopicRef], description: 'Its topics, by slug.', resolve: (event) => event.topics }),
    contact: t.field({
      type: ContactRef,
      nullable: true,
      description: 'Who answers questions about it; null when nobody is named or their role has ended.',
      resolve: (event) => event.contact_id,
    }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  description: 'Narrows the events; every condition given must hold, and one left out does not filter.',
  fields: (t) => ({
    federations: t.stringList({
      description: 'Organiser slugs: events of any of them. An empty list is ignored.',
    }),
    municipality: t.string({
      description: 'Only events held in this municipality, by code: "1293", or "NO-1860" with a country.',
    }),
    topics: t.stringList({
      description: 'Topic slugs; an event with any of them matches. An empty list is ignored.',
    }),
    language: t.field({ type: LanguageEnum, description: 'Only events in this language.' }),
    endsAfter: t.field({
      type: 'DateTime',
      description:
        'Only events that end at or after this moment; pass now for those not yet over (ongoing ones included).',
    }),
    startsBefore: t.field({
      type: 'DateTime',
      description: 'Only events that start before this moment; must not be earlier than `endsAfter`.',
    }),
    search: t.string({
      description:
        'Words that must all occur in the title, summary or description, in any form ("kommuner" finds "kommun"); at most 200 characters, blank means no search.',
    }),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    description: 'A published event by its slug, cancelled ones included; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The event’s `slug`.' }) },
    resolve: async (_root, { slug }, ctx) => (await findPublicEventBySlug(ctx.db, slug)) ?? null,
  }),
  events: t.connection(
    {
      type: EventRef,
      description:
        'Published events, cancelled ones included, by start time, earliest first; past ones too unless `filter.endsAfter` is given.',
      args: { filter: t.arg({ type: EventFilter, description: 'Which events; all published ones when left out.' }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) => {
        checkDateRange('filter.endsAfter', filter?.endsAfter, filter?.startsBefore);
        return resolveConnection(args, (page) =>
          listPublicEvents(
            ctx.db,
            {
              ...checkListingFilter(filter),
              endsAfter: filter?.endsAfter,
              startsBefore: filter?.startsBefore,
              search: checkSearchText('filter.search', filter?.search),
            },
            page,
          ),
        );
      },
    },
    { name: 'EventConnection', description: 'A page of events.' },
    { name: 'EventEdge', description: 'An event on a page, with its cursor.' },
  ),
}));
