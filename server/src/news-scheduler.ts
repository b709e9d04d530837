import type { Database } from '@samverka/db/database';
import { publishDueNews } from '@samverka/db/news-schedule';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';

export const DEFAULT_PUBLISH_INTERVAL_MS = 15_000;
const BATCH_SIZE = 100;

/**
 * Publishes scheduled news when it falls due: once as the server starts (catching up on what
 * came due while it was down) and then every interval. The claim happens in the database, so
 * any number of instances can run this side by side.
 */
export function scheduleNewsPublishing(app: FastifyInstance, db: Kysely<Database>, intervalMs: number): void {
  let running: Promise<void> | undefined;
  // A batch that comes back full means more are due (a long downtime): keep going until one is not.
  const publishAllDue = async (): Promise<string[]> => {
    const published: string[] = [];
    for (;;) {
      const batch = await publishDueNews(db, BATCH_SIZE);
      published.push(...batch);
      if (batch.length < BATCH_SIZE) return published;
    }
  };
  const publish = () => {
    running ??= publishAllDue()
      .then((ids) => {
        if (ids.length) app.log.info({ ids }, 'published scheduled news');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'publishing scheduled news failed; will try again'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(publish, intervalMs);
  timer.unref();
  app.addHook('onReady', async () => publish());
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
