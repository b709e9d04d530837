import { type Kysely, sql } from 'kysely';
import { recordAudit } from './audit-log.js';
import type { Database } from './database.js';
import { snapshot } from './news-revisions.js';

/**
 * Publishes every scheduled item that is due. Each instance claims its items with SKIP LOCKED,
 * so two instances running this at once never publish the same item twice.
 */
export async function publishDueNews(db: Kysely<Database>, limit = 100): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('news_items')
      .select(['id', 'federation_id'])
      .where('status', '=', 'scheduled')
      .where('scheduled_for', '<=', sql<Date>`now()`)
      .orderBy('scheduled_for')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const { id, federation_id } of due) {
      await tx
        .updateTable('news_items')
        .set((eb) => ({
          status: 'published',
          published_at: eb.ref('scheduled_for'),
          scheduled_for: null,
          revision: eb('revision', '+', 1),
        }))
        .where('id', '=', id)
        .execute();
      await snapshot(tx, id, null, 'published');
      await recordAudit(tx, {
        actorId: null,
        action: 'news.published',
        subjectType: 'news_item',
        subjectId: id,
        federationId: federation_id,
        details: { via: 'schedule' },
      });
    }
    return due.map((row) => row.id);
  });
}
