import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

/**
 * Adds `count` published Swedish news items spread evenly over every federation, each with two
 * topics and two mentioned municipalities, one minute apart: volume for benchmarks and for
 * tests that need long listings. Generated in the database, so 100 000 items take seconds.
 */
export async function seedBulkNews(db: Kysely<Database>, count: number, slugPrefix = 'bulk'): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`
      INSERT INTO news_items (slug, federation_id, title, summary, body_html, language, status, published_at)
      SELECT ${slugPrefix} || '-' || g,
        f.ids[1 + g % cardinality(f.ids)],
        'Nyhet ' || g || ': kommunerna samverkar om kompetensförsörjning',
        'En sammanfattning av nyhet ' || g || ' för kommunernas webbplatser.',
        '<p>Brödtext för nyhet ' || g || ' om vård och omsorg i kommunen.</p>',
        'sv', 'published', now() - make_interval(mins => g)
      FROM generate_series(1, ${count}::int) AS g,
        (SELECT array_agg(id ORDER BY slug) AS ids FROM federations) AS f`.execute(tx);
    await sql`
      INSERT INTO news_item_topics (news_item_id, topic_id)
      SELECT DISTINCT n.id, t.ids[1 + (hashtext(n.slug || k) & 1023) % cardinality(t.ids)]
      FROM news_items n, generate_series(1, 2) AS k, (SELECT array_agg(id ORDER BY slug) AS ids FROM topics) AS t
      WHERE n.slug LIKE ${`${slugPrefix}-%`}`.execute(tx);
    await sql`
      INSERT INTO news_item_municipalities (news_item_id, municipality_id)
      SELECT DISTINCT n.id, m.ids[1 + (hashtext(n.slug || k) & 1023) % cardinality(m.ids)]
      FROM news_items n, generate_series(1, 2) AS k,
        (SELECT array_agg(id ORDER BY code) AS ids FROM municipalities WHERE country = 'SE') AS m
      WHERE n.slug LIKE ${`${slugPrefix}-%`}`.execute(tx);
  });
  // Fresh statistics and visibility map, as autovacuum would leave them (PGlite has no autovacuum).
  await sql`VACUUM ANALYZE`.execute(db);
}
