import type { EventContent, EventSnapshot } from '@samverka/db/event-editing';
import { findMunicipalitiesByIds } from '@samverka/db/municipalities';
import type { Stored } from '@samverka/db/revisions';
import { findTopicsByIds } from '@samverka/db/topics';
import { builder } from './builder.js';
import {
  checkRichText,
  checkText,
  contactIdFor,
  optionalMunicipalityIdFor,
  optionalText,
  optionalWebAddress,
  topicIdsFor,
} from './content-input.js';
import type { Context } from './context.js';
import { LanguageEnum } from './enums.js';
import { encodeGlobalId } from './global-id.js';
import { InputProblem } from './problems.js';

export const EventInput = builder.inputType('EventInput', {
  description: 'What an editor writes in an event.',
  fields: (t) => ({
    title: t.string({ required: true, description: '1 to 300 characters.' }),
    summary: t.string({ description: 'A short introduction, up to 1 000 characters.' }),
    description: t.string({ description: 'HTML; sanitised on save.' }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'When it starts.' }),
    endsAt: t.field({ type: 'DateTime', required: true, description: 'When it ends; after `startsAt`.' }),
    placeName: t.string({ description: 'The venue, up to 200 characters.' }),
    address: t.string({ description: 'Street address, up to 300 characters.' }),
    municipality: t.string({ description: 'The municipality it is held in, by code: "1262", or "NO-1860".' }),
    onlineUrl: t.string({ description: 'Where to join online: a full http or https address.' }),
    registrationUrl: t.string({ description: 'Where to register: a full http or https address.' }),
    registrationDeadline: t.field({
      type: 'DateTime',
      description: 'The last moment to register; not after `startsAt`.',
    }),
    language: t.field({ type: LanguageEnum, required: true, description: 'The language it is held in.' }),
    topics: t.stringList({ description: 'Topic slugs.' }),
    contact: t.id({ description: 'The id of an active contact of the same federation.' }),
  }),
});

export type EventInputValue = typeof EventInput.$inferInput;

/** Checks what an editor sent and turns it into what is stored; anything wrong names its field. */
export async function toEventContent(
  ctx: Context,
  event: { federationId: string; contactId: string | null },
  input: EventInputValue,
): Promise<EventContent> {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    throw new InputProblem('endsAt', 'ENDS_BEFORE_START', 'Choose an end after the start.');
  }
  const deadline = input.registrationDeadline ?? null;
  if (deadline && deadline.getTime() > input.startsAt.getTime()) {
    throw new InputProblem(
      'registrationDeadline',
      'DEADLINE_AFTER_START',
      'Let registration close at the start at the latest.',
    );
  }
  return {
    title: checkText('title', input.title, 300, true),
    summary: checkText('summary', input.summary, 1000),
    descriptionHtml: checkRichText('description', input.description, ctx.publicUrl),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    placeName: optionalText('placeName', input.placeName, 200),
    address: optionalText('address', input.address, 300),
    municipalityId: await optionalMunicipalityIdFor(ctx, 'municipality', input.municipality),
    onlineUrl: optionalWebAddress('onlineUrl', input.onlineUrl),
    registrationUrl: optionalWebAddress('registrationUrl', input.registrationUrl),
    registrationDeadline: deadline,
    language: input.language,
    contactId: await contactIdFor(ctx, event.federationId, input.contact, event.contactId),
    topicIds: await topicIdsFor(ctx, 'topics', input.topics ?? []),
  };
}

/** A saved revision as editor input, so restoring it passes the same checks as writing it. */
export async function eventSnapshotAsInput(ctx: Context, snapshot: Stored<EventSnapshot>): Promise<EventInputValue> {
  const [topics, [municipality]] = await Promise.all([
    findTopicsByIds(ctx.db, snapshot.topic_ids),
    findMunicipalitiesByIds(ctx.db, snapshot.municipality_id ? [snapshot.municipality_id] : []),
  ]);
  return {
    title: snapshot.title,
    summary: snapshot.summary,
    description: snapshot.description_html,
    startsAt: new Date(snapshot.starts_at),
    endsAt: new Date(snapshot.ends_at),
    placeName: snapshot.place_name,
    address: snapshot.address,
    municipality: municipality ? `${municipality.country}-${municipality.code}` : null,
    onlineUrl: snapshot.online_url,
    registrationUrl: snapshot.registration_url,
    registrationDeadline: snapshot.registration_deadline === null ? null : new Date(snapshot.registration_deadline),
    language: snapshot.language,
    topics: topics.map((topic) => topic.slug),
    contact: snapshot.contact_id ? encodeGlobalId('Contact', snapshot.contact_id) : null,
  };
}
