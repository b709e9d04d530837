import { type RawBuilder, sql } from 'kysely';
import { type Federation, federationColumns } from './federations.js';
import { type Municipality, municipalityColumns } from './municipalities.js';
import { type Topic, topicColumns } from './topics.js';

// Related rows travel inside the row that needs them, as JSON built by json_build_object (cheaper
// than row_to_json over a subquery), so a listing costs one statement however long it is.

function jsonObject(alias: string, columns: readonly string[]) {
  return sql`json_build_object(${sql.join(columns.map((column) => sql`${sql.lit(column)}, ${sql.ref(`${alias}.${column}`)}`))})`;
}

type TopicLink = 'news_item_topics' | 'course_topics' | 'event_topics';

/** The topics of an item, by slug; `ownerColumn` is the link table's column pointing at `ownerRef`. */
export function topicsOf(link: TopicLink, ownerColumn: string, ownerRef: string): RawBuilder<Topic[]> {
  return sql<Topic[]>`(SELECT coalesce(json_agg(${jsonObject('t', topicColumns)} ORDER BY t.slug), '[]')
    FROM ${sql.table(link)} AS l JOIN topics AS t ON t.id = l.topic_id
    WHERE ${sql.ref(`l.${ownerColumn}`)} = ${sql.ref(ownerRef)})`;
}

/** The municipalities a news item mentions, by name. */
export function mentionedMunicipalitiesOf(newsItemRef: string): RawBuilder<Municipality[]> {
  return sql<
    Municipality[]
  >`(SELECT coalesce(json_agg(${jsonObject('m', municipalityColumns)} ORDER BY m.name, m.id), '[]')
    FROM news_item_municipalities AS l JOIN municipalities AS m ON m.id = l.municipality_id
    WHERE l.news_item_id = ${sql.ref(newsItemRef)})`;
}

/** The federation an item belongs to. */
export function federationOf(federationIdRef: string): RawBuilder<Federation> {
  return sql<Federation>`(SELECT ${jsonObject('f', federationColumns)} FROM federations AS f WHERE f.id = ${sql.ref(federationIdRef)})`;
}
