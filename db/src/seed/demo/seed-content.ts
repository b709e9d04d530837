import { sql } from 'kysely';
import type { DemoData } from './index.js';
import type { DemoIds, DemoTransaction } from './seed-context.js';
import type { DemoCourse, MunicipalityRef } from './types.js';

const json = (value: unknown) => JSON.stringify(value);
const when = (iso: string | undefined) => (iso ? new Date(iso) : null);

type LinkTable =
  | 'news_item_topics'
  | 'news_item_municipalities'
  | 'course_topics'
  | 'course_open_to'
  | 'course_prerequisites'
  | 'event_topics'
  | 'initiative_federations'
  | 'initiative_municipalities';

/** Makes an item's links exactly the given ones. */
async function replaceLinks(
  tx: DemoTransaction,
  table: LinkTable,
  ownerColumn: string,
  ownerId: string,
  otherColumn: string,
  otherIds: string[],
): Promise<void> {
  await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(ownerColumn)} = ${ownerId}`.execute(tx);
  if (otherIds.length === 0) return;
  await sql`
    INSERT INTO ${sql.table(table)} (${sql.ref(ownerColumn)}, ${sql.ref(otherColumn)})
    SELECT ${ownerId}::uuid, unnest(${[...new Set(otherIds)]}::uuid[])`.execute(tx);
}

const municipalityIds = (ids: DemoIds, refs: MunicipalityRef[]) => refs.map((ref) => ids.municipality(ref));

export async function seedDemoContent(tx: DemoTransaction, data: DemoData, ids: DemoIds): Promise<void> {
  for (const item of data.news) {
    const values = {
      federation_id: ids.federation(item.federationSlug),
      title: item.title,
      summary: item.summary,
      body_html: item.bodyHtml,
      images: json(item.images),
      language: item.language,
      status: item.status,
      published_at: when(item.publishedAt),
      contact_id: ids.contact(item.contactKey),
      is_demo: item.isDemo,
    };
    const { id } = await tx
      .insertInto('news_items')
      .values({ slug: item.slug, ...values })
      .onConflict((c) => c.column('slug').doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceLinks(tx, 'news_item_topics', 'news_item_id', id, 'topic_id', item.topics.map(ids.topic));
    await replaceLinks(
      tx,
      'news_item_municipalities',
      'news_item_id',
      id,
      'municipality_id',
      municipalityIds(ids, item.municipalities),
    );
  }

  const courseIds = new Map<string, string>();
  for (const course of data.courses) courseIds.set(course.slug, await upsertCourse(tx, course, ids));
  for (const course of data.courses) {
    const prerequisites = course.prerequisiteSlugs.map((slug) => {
      const id = courseIds.get(slug);
      if (!id) throw new Error(`Demo course ${course.slug} requires an unknown course: ${slug}`);
      return id;
    });
    await replaceLinks(
      tx,
      'course_prerequisites',
      'course_id',
      courseIds.get(course.slug) ?? '',
      'prerequisite_id',
      prerequisites,
    );
  }

  for (const event of data.events) {
    const values = {
      federation_id: ids.federation(event.federationSlug),
      title: event.title,
      summary: event.summary,
      description_html: event.descriptionHtml,
      starts_at: new Date(event.startsAt),
      ends_at: new Date(event.endsAt),
      place_name: event.placeName ?? null,
      address: event.address ?? null,
      municipality_id: event.municipality ? ids.municipality(event.municipality) : null,
      online_url: event.onlineUrl ?? null,
      registration_url: event.registrationUrl ?? null,
      registration_deadline: when(event.registrationDeadline),
      language: event.language,
      contact_id: ids.contact(event.contactKey),
      status: 'published' as const,
      published_at: new Date(event.startsAt) < new Date() ? new Date(event.startsAt) : new Date(),
      is_demo: event.isDemo,
    };
    const { id } = await tx
      .insertInto('events')
      .values({ slug: event.slug, ...values })
      .onConflict((c) => c.column('slug').doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceLinks(tx, 'event_topics', 'event_id', id, 'topic_id', event.topics.map(ids.topic));
  }

  for (const initiative of data.initiatives) {
    const values = {
      federation_id: ids.federation(initiative.federationSlug),
      title: initiative.title,
      summary: initiative.summary,
      description_html: initiative.descriptionHtml,
      funding: initiative.funding ?? null,
      starts_on: initiative.startsOn ?? null,
      ends_on: initiative.endsOn ?? null,
      participant_goal: initiative.participantGoal ?? null,
      participants_reached: initiative.participantsReached ?? null,
      website: initiative.website ?? null,
      language: initiative.language,
      status: 'published' as const,
      published_at: new Date(initiative.startsOn ?? Date.now()),
      is_demo: initiative.isDemo,
    };
    const { id } = await tx
      .insertInto('initiatives')
      .values({ slug: initiative.slug, ...values })
      .onConflict((c) => c.column('slug').doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    const partners = [initiative.federationSlug, ...initiative.partnerFederationSlugs].map(ids.federation);
    await replaceLinks(tx, 'initiative_federations', 'initiative_id', id, 'federation_id', partners);
    await replaceLinks(
      tx,
      'initiative_municipalities',
      'initiative_id',
      id,
      'municipality_id',
      municipalityIds(ids, initiative.municipalities),
    );
  }
}

async function upsertCourse(tx: DemoTransaction, course: DemoCourse, ids: DemoIds): Promise<string> {
  const values = {
    federation_id: ids.federation(course.federationSlug),
    title: course.title,
    summary: course.summary,
    description_html: course.descriptionHtml,
    format: course.format,
    target_audiences: course.targetAudiences,
    learning_goals: course.learningGoals,
    credits: json(course.credits),
    language: course.language,
    price_amount: course.price?.amount ?? null,
    price_currency: course.price?.currency ?? null,
    contact_id: ids.contact(course.contactKey),
    status: 'published' as const,
    published_at: new Date('2023-01-01T00:00:00Z'),
    is_demo: course.isDemo,
  };
  const { id } = await tx
    .insertInto('courses')
    .values({ slug: course.slug, ...values })
    .onConflict((c) => c.column('slug').doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceLinks(tx, 'course_topics', 'course_id', id, 'topic_id', course.topics.map(ids.topic));
  await replaceLinks(tx, 'course_open_to', 'course_id', id, 'municipality_id', municipalityIds(ids, course.openTo));

  for (const session of course.sessions) {
    const values = {
      ends_at: new Date(session.endsAt),
      place_name: session.placeName ?? null,
      address: session.address ?? null,
      municipality_id: session.municipality ? ids.municipality(session.municipality) : null,
      online_url: session.onlineUrl ?? null,
      capacity: session.capacity ?? null,
      registration_url: session.registrationUrl ?? null,
      registration_deadline: when(session.registrationDeadline),
    };
    const startsAt = new Date(session.startsAt);
    const existing = await tx
      .selectFrom('course_sessions')
      .select('id')
      .where('course_id', '=', id)
      .where('starts_at', '=', startsAt)
      .executeTakeFirst();
    if (existing) await tx.updateTable('course_sessions').set(values).where('id', '=', existing.id).execute();
    else
      await tx
        .insertInto('course_sessions')
        .values({ course_id: id, starts_at: startsAt, ...values })
        .execute();
  }
  return id;
}
