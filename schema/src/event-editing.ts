import {
  type EditableEvent,
  type EventContent,
  type EventSnapshot,
  type EventStateChange,
  findEditableEvents,
  saveEventRevision,
} from '@samverka/db/event-editing';
import { listRevisionsOf } from '@samverka/db/revisions';
import { findTopicsByIds } from '@samverka/db/topics';
import { builder } from './builder.js';
import { EditableContactRef } from './contact-editing.js';
import { conflictType } from './content-changes.js';
import type { EditableKind } from './content-save.js';
import type { Context } from './context.js';
import { LanguageEnum } from './enums.js';
import { encodeGlobalId } from './global-id.js';
import { FederationRef, MunicipalityRef } from './refs.js';
import { revisionType } from './revision-type.js';
import { TopicRef } from './topic.js';

export const EventStatusEnum = builder.enumType('EventStatus', {
  description: 'Where an event is on its way to readers.',
  values: {
    DRAFT: { value: 'draft', description: 'Being written; only the organiser’s people see it.' },
    PUBLISHED: { value: 'published', description: 'Public.' },
    CANCELLED: { value: 'cancelled', description: 'Called off; stays listed, marked, so nobody travels to it.' },
    ARCHIVED: { value: 'archived', description: 'Withdrawn from listings; kept, as readers may have linked to it.' },
  } as const,
});

/** Any status, for the organiser's people: loaded by id, one statement per batch. */
export const EditableEventRef = builder.loadableObjectRef('EditableEvent', {
  load: (ids: string[], ctx: Context) => findEditableEvents(ctx.db, ids),
  toKey: (event: EditableEvent) => event.id,
  cacheResolved: true,
  sort: true,
});

export const EventRevisionConflict = conflictType('EventRevisionConflict', EditableEventRef);

export const EventRevisionRef = revisionType<EventSnapshot>(
  'EventRevision',
  'event',
  'created, updated, published, unpublished, cancelled, archived or restored',
  (snapshot) => snapshot.title,
);

type EventWrite = { content?: EventContent; state?: EventStateChange };

export const eventKind: EditableKind<EditableEvent, EventWrite> = {
  key: 'event',
  noun: 'event',
  subjectType: 'event',
  typename: 'Event',
  loader: (ctx) => EditableEventRef.getDataloader(ctx),
  save: saveEventRevision,
  Conflict: EventRevisionConflict,
};

const at = (description: string) => ({ type: 'DateTime' as const, description });
const maybeAt = (description: string) => ({ type: 'DateTime' as const, nullable: true as const, description });

EditableEventRef.implement({
  description: 'An event in any status, as its organiser’s people see and edit it.',
  fields: (t) => ({
    id: t.id({
      description: 'The same id as the public Event; pass it to the event mutations.',
      resolve: (event) => encodeGlobalId('Event', event.id),
    }),
    slug: t.exposeString('slug', { description: 'The public address part; fixed when the event is created.' }),
    revision: t.exposeInt('revision', { description: 'The revision this is; send it back as `basedOn`.' }),
    status: t.field({ type: EventStatusEnum, description: 'Where it is.', resolve: (event) => event.status }),
    title: t.exposeString('title', { description: 'Its name.' }),
    summary: t.exposeString('summary', { description: 'A short introduction in plain text.' }),
    description: t.exposeString('description_html', { description: 'Sanitised HTML.' }),
    startsAt: t.field({ ...at('When it starts.'), resolve: (event) => event.starts_at }),
    endsAt: t.field({ ...at('When it ends.'), resolve: (event) => event.ends_at }),
    placeName: t.exposeString('place_name', { nullable: true, description: 'The venue; null when not given.' }),
    address: t.exposeString('address', { nullable: true, description: 'Street address; null when not given.' }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'Where it is held; null when not given.',
      resolve: (event) => event.municipality_id,
    }),
    onlineUrl: t.exposeString('online_url', { nullable: true, description: 'Where to join online.' }),
    registrationUrl: t.exposeString('registration_url', { nullable: true, description: 'Where to register.' }),
    registrationDeadline: t.field({
      ...maybeAt('The last moment to register; null when there is none.'),
      resolve: (event) => event.registration_deadline,
    }),
    language: t.field({ type: LanguageEnum, description: 'Its language.', resolve: (event) => event.language }),
    publishedAt: t.field({
      ...maybeAt('When it went public; null while a draft.'),
      resolve: (event) => event.published_at,
    }),
    updatedAt: t.field({ ...at('Last saved.'), resolve: (event) => event.updated_at }),
    organiser: t.field({
      type: FederationRef,
      description: 'Its federation.',
      resolve: (event) => event.federation_id,
    }),
    topics: t.loadable({
      type: [TopicRef],
      description: 'Its topics.',
      load: (ids: string[], ctx) => findTopicsByIds(ctx.db, ids),
      sort: (topic) => topic.id,
      resolve: (event) => event.topic_ids,
    }),
    contact: t.field({
      type: EditableContactRef,
      nullable: true,
      description: 'Who answers questions about it, archived or not.',
      resolve: (event) => event.contact_id,
    }),
    revisions: t.loadableGroup({
      type: EventRevisionRef,
      description: 'Every saved state, newest first.',
      load: (ids: string[], ctx) => listRevisionsOf<EventSnapshot>(ctx.db, 'event', ids),
      group: (revision) => revision.subject_id,
      resolve: (event) => event.id,
    }),
  }),
});
