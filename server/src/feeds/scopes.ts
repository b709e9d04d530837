import type { Database } from '@samverka/db/database';
import { type Federation, findFederationBySlug } from '@samverka/db/federations';
import { findTopicBySlug } from '@samverka/db/topic-by-slug';
import type { Topic } from '@samverka/db/topics';
import type { Kysely } from 'kysely';
import { notFound } from './errors.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A slug in the path names the feed itself, so one that cannot exist is a missing feed, not bad input. */
export async function federationOrNotFound(db: Kysely<Database>, slug: string): Promise<Federation> {
  const federation = SLUG.test(slug) ? await findFederationBySlug(db, slug) : undefined;
  if (!federation) throw notFound(`There is no federation with the slug "${slug.slice(0, 100)}".`);
  return federation;
}

export async function topicOrNotFound(db: Kysely<Database>, slug: string): Promise<Topic> {
  const topic = SLUG.test(slug) ? await findTopicBySlug(db, slug) : undefined;
  if (!topic) throw notFound(`There is no topic with the slug "${slug.slice(0, 100)}".`);
  return topic;
}

/**
 * A feed of one federation or topic still takes the `federations` or `topics` filter: both must
 * hold, so a filter that leaves the feed's own slug out leaves the feed empty.
 */
export function isExcludedBy(requested: readonly string[] | null | undefined, slug: string): boolean {
  return requested != null && requested.length > 0 && !requested.includes(slug);
}
