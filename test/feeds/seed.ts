import type { Database } from '@samverka/db/database';
import type { Language } from '@samverka/db/tables/common';
import type { EventStatus } from '@samverka/db/tables/events';
import type { NewsStatus } from '@samverka/db/tables/news';
import { type Kysely, sql } from 'kysely';

// Seed builders for the feed tests: rows on top of the demo data, keyed by slugs like the demo data.

type Db = Kysely<Database>;

async function federationId(db: Db, slug: string): Promise<string> {
  const row = await db.selectFrom('federations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

const TOPIC_LINKS = { news_item_topics: 'news_item_id', event_topics: 'event_id', course_topics: 'course_id' } as const;

async function linkTopics(db: Db, table: keyof typeof TOPIC_LINKS, id: string, topics: string[]): Promise<void> {
  if (topics.length === 0) return;
  await sql`INSERT INTO ${sql.table(table)} (${sql.ref(TOPIC_LINKS[table])}, topic_id)
    SELECT ${id}::uuid, t.id FROM topics t WHERE t.slug IN (${sql.join(topics)})`.execute(db);
}

export interface NewsSeed {
  slug: string;
  federation: string;
  title?: string;
  summary?: string;
  bodyHtml?: string;
  language?: Language;
  status?: NewsStatus;
  publishedAt?: Date;
  sourceUrl?: string | null;
  topics?: string[];
  /** Municipality codes in the federation's country, e.g. "1262". */
  municipalities?: string[];
}

export async function insertNews(db: Db, seed: NewsSeed): Promise<string> {
  const { id } = await db
    .insertInto('news_items')
    .values({
      slug: seed.slug,
      federation_id: await federationId(db, seed.federation),
      title: seed.title ?? `Nyhet ${seed.slug}`,
      summary: seed.summary ?? `Sammanfattning av ${seed.slug}.`,
      body_html: seed.bodyHtml ?? `<p>Text om ${seed.slug}.</p>`,
      images: '[]',
      language: seed.language ?? 'sv',
      status: seed.status ?? 'published',
      published_at: seed.publishedAt ?? new Date(),
      source_url: seed.sourceUrl ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await linkTopics(db, 'news_item_topics', id, seed.topics ?? []);
  for (const code of seed.municipalities ?? []) {
    await sql`INSERT INTO news_item_municipalities (news_item_id, municipality_id)
      SELECT ${id}::uuid, m.id FROM municipalities m JOIN federations f ON f.country = m.country
      WHERE m.code = ${code} AND f.slug = ${seed.federation}`.execute(db);
  }
  return id;
}

export interface EventSeed {
  slug: string;
  federation: string;
  title?: string;
  summary?: string;
  startsAt: Date;
  endsAt: Date;
  placeName?: string | null;
  address?: string | null;
  registrationUrl?: string | null;
  status?: EventStatus;
  language?: Language;
  topics?: string[];
  /** A municipality code in the federation's country. */
  municipality?: string;
}

export async function insertEvent(db: Db, seed: EventSeed): Promise<string> {
  const municipality = seed.municipality
    ? await db
        .selectFrom('municipalities as m')
        .innerJoin('federations as f', 'f.country', 'm.country')
        .select('m.id')
        .where('m.code', '=', seed.municipality)
        .where('f.slug', '=', seed.federation)
        .executeTakeFirstOrThrow()
    : null;
  const { id } = await db
    .insertInto('events')
    .values({
      slug: seed.slug,
      federation_id: await federationId(db, seed.federation),
      title: seed.title ?? `Evenemang ${seed.slug}`,
      summary: seed.summary ?? `Om ${seed.slug}.`,
      description_html: '<p>Program.</p>',
      starts_at: seed.startsAt,
      ends_at: seed.endsAt,
      place_name: seed.placeName ?? null,
      address: seed.address ?? null,
      municipality_id: municipality?.id ?? null,
      registration_url: seed.registrationUrl ?? null,
      language: seed.language ?? 'sv',
      status: seed.status ?? 'published',
      published_at: new Date(Date.now() - 60_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await linkTopics(db, 'event_topics', id, seed.topics ?? []);
  return id;
}

export interface CourseSeed {
  slug: string;
  federation: string;
  title: string;
  summary?: string;
  language?: Language;
  topics?: string[];
  sessions: Array<{ startsAt: Date; endsAt: Date; placeName?: string; status?: 'scheduled' | 'cancelled' }>;
}

/** A published course and its sessions; returns the session ids in date order. */
export async function insertCourse(db: Db, seed: CourseSeed): Promise<string[]> {
  const { id } = await db
    .insertInto('courses')
    .values({
      slug: seed.slug,
      federation_id: await federationId(db, seed.federation),
      title: seed.title,
      summary: seed.summary ?? `Kurs ${seed.slug}.`,
      description_html: '<p>Kursen.</p>',
      format: 'on_site',
      target_audiences: [],
      learning_goals: [],
      credits: '[]',
      language: seed.language ?? 'sv',
      status: 'published',
      published_at: new Date(Date.now() - 60_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await linkTopics(db, 'course_topics', id, seed.topics ?? []);
  const sessions = [...seed.sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const ids: string[] = [];
  for (const session of sessions) {
    const row = await db
      .insertInto('course_sessions')
      .values({
        course_id: id,
        starts_at: session.startsAt,
        ends_at: session.endsAt,
        place_name: session.placeName ?? null,
        status: session.status ?? 'scheduled',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

/** Days from now, at a whole hour, so calendar times compare exactly. */
export function daysFromNow(days: number, hourUtc = 9): Date {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
}

const STAMPED_TABLES = ['federations', 'topics', 'news_items', 'courses', 'course_sessions', 'events'] as const;
const PUBLISHED_TABLES = ['news_items', 'courses', 'events'] as const;

/**
 * Moves every row's updated_at, and every publication time already passed, back to one moment,
 * past the trigger that stamps the present: freshness tests then start from a known Last-Modified.
 */
export async function levelTimestamps(db: Db, at: Date): Promise<void> {
  for (const table of STAMPED_TABLES) {
    const trigger = sql.raw(`${table}_updated_at`);
    await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER ${trigger}`.execute(db);
    await sql`UPDATE ${sql.table(table)} SET updated_at = ${at}`.execute(db);
    if ((PUBLISHED_TABLES as readonly string[]).includes(table)) {
      await sql`UPDATE ${sql.table(table)} SET published_at = ${at}
        WHERE published_at > ${at} AND published_at <= now()`.execute(db);
    }
    await sql`ALTER TABLE ${sql.table(table)} ENABLE TRIGGER ${trigger}`.execute(db);
  }
}
