import type { FeedRunResult } from '@samverka/db/feed-runs';
import type { FastifyInstance } from 'fastify';
import { type RunContext, runNextDueSource } from './run-feed-source.js';

export const DEFAULT_FEED_POLL_INTERVAL_MS = 60_000;
/** Sources one check imports at most; the rest wait for the next check, so a check never runs for ever. */
const MAX_RUNS_PER_CHECK = 100;

/** Imports every due source, one claimed at a time, until none is due. */
export async function pollDueFeeds(run: RunContext, max = MAX_RUNS_PER_CHECK): Promise<FeedRunResult[]> {
  const results: FeedRunResult[] = [];
  while (results.length < max) {
    const result = await runNextDueSource(run);
    if (!result) break;
    results.push(result);
  }
  return results;
}

/**
 * Checks for due sources at start and then every interval (0 switches polling off on this
 * instance). The claim is in the database, so any number of instances can poll side by side.
 * Returns how to stop: no new check starts, and the one running is waited for.
 */
export function scheduleFeedPolling(app: FastifyInstance, run: RunContext, intervalMs: number): () => Promise<void> {
  if (intervalMs <= 0) return async () => {};
  let running: Promise<void> | undefined;
  const poll = () => {
    running ??= pollDueFeeds(run)
      .then((results) => {
        for (const result of results) {
          if (result.status === 'failed') app.log.warn({ feedRun: result }, 'a feed source failed to import');
        }
        if (results.length) app.log.info({ runs: results.length }, 'imported due feed sources');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'polling feed sources failed; will try again'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(poll, intervalMs);
  timer.unref();
  app.addHook('onReady', async () => poll());
  return async () => {
    clearInterval(timer);
    await running;
  };
}
