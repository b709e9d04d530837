import type { Database } from '@samverka/db/database';
import { findFederationBySlug } from '@samverka/db/federations';
import type { FeedRunResult } from '@samverka/db/feed-runs';
import { listEnabledFeedSources } from '@samverka/db/feed-sources';
import type { Kysely } from 'kysely';
import type { FeedFetcher } from './ingest/fetch-feed.js';
import { runFeedSource } from './ingest/run-feed-source.js';

export class ImportFeedsError extends Error {}

function describe(result: FeedRunResult | undefined): string {
  if (!result) return 'removed meanwhile, skipped';
  switch (result.status) {
    case 'busy':
      return 'being imported by another instance, skipped';
    case 'not_modified':
      return 'not modified since the last import';
    case 'failed':
      return `FAILED ${result.errorCode}: ${result.errorMessage}`;
    case 'ok': {
      const extra = [
        result.skipped ? `${result.skipped} skipped` : '',
        result.imagesWithoutAlt ? `${result.imagesWithoutAlt} images without alt text left out` : '',
      ].filter(Boolean);
      return `${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged${extra.length ? `, ${extra.join(', ')}` : ''}`;
    }
  }
}

/**
 * `import-feeds [--federation <slug>]`: imports every source that is switched on now, whether due or
 * not, printing a line per source as it finishes. Resolves to the runs; any failure is in them.
 */
export async function importFeeds(
  db: Kysely<Database>,
  fetcher: FeedFetcher,
  options: { federation?: string },
  print: (line: string) => void,
): Promise<Array<FeedRunResult | undefined>> {
  let federationId: string | undefined;
  if (options.federation) {
    const federation = await findFederationBySlug(db, options.federation);
    if (!federation) throw new ImportFeedsError(`There is no federation "${options.federation}".`);
    federationId = federation.id;
  }
  const sources = await listEnabledFeedSources(db, federationId);
  if (sources.length === 0) print('No feed sources are switched on; add one with the addFeedSource mutation.');
  const results: Array<FeedRunResult | undefined> = [];
  for (const [index, source] of sources.entries()) {
    const started = Date.now();
    const result = await runFeedSource({ db, fetcher }, source.id, null);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    print(
      `[${index + 1}/${sources.length}] ${source.federation_slug} ${source.url}: ${describe(result)} (${seconds} s)`,
    );
    results.push(result);
  }
  return results;
}
