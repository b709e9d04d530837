import type { Database } from '@samverka/db/database';
import { upsertImportedEvent } from '@samverka/db/feed-import-events';
import { type ImportOutcome, upsertImportedNews } from '@samverka/db/feed-import-news';
import type { FeedSourceRow } from '@samverka/db/tables/feed-sources';
import type { Transaction } from 'kysely';
import { languageOf, type Prepared, prepareEventEntry, prepareNewsEntry } from './entry-content.js';
import { parseCalendar } from './parse-calendar.js';
import { parseNewsFeed } from './parse-news-feed.js';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  imagesWithoutAlt: number;
}

/** Every entry is read and prepared before the first write, so a feed that fails to parse writes nothing. */
function prepared<Entry extends { key: string }>(entries: Array<Prepared<Entry>>, alreadySkipped: number) {
  const ready: Entry[] = [];
  const seen = new Set<string>();
  let skipped = alreadySkipped;
  let imagesWithoutAlt = 0;
  for (const item of entries) {
    // A feed listing one entry twice would otherwise update it against itself.
    if ('skipped' in item || seen.has(item.entry.key)) {
      skipped += 1;
      continue;
    }
    seen.add(item.entry.key);
    ready.push(item.entry);
    imagesWithoutAlt += item.imagesWithoutAlt;
  }
  return { ready, skipped, imagesWithoutAlt };
}

async function store<Entry>(
  entries: Entry[],
  write: (entry: Entry) => Promise<ImportOutcome>,
): Promise<Pick<ImportCounts, 'created' | 'updated' | 'unchanged'>> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const entry of entries) counts[await write(entry)] += 1;
  return counts;
}

/** Parses a fetched source document by the source's kind and stores its entries. */
export async function importEntries(
  tx: Transaction<Database>,
  source: FeedSourceRow,
  text: string,
): Promise<ImportCounts> {
  if (source.kind === 'news') {
    const feed = parseNewsFeed(text);
    const language = languageOf(feed.language, source.language);
    const now = new Date();
    const { ready, skipped, imagesWithoutAlt } = prepared(
      feed.entries.map((raw) => prepareNewsEntry(raw, language, now, source.url)),
      0,
    );
    return { ...(await store(ready, (entry) => upsertImportedNews(tx, source, entry))), skipped, imagesWithoutAlt };
  }
  const federation = await tx
    .selectFrom('federations')
    .select('time_zone')
    .where('id', '=', source.federation_id)
    .executeTakeFirstOrThrow();
  const calendar = parseCalendar(text, federation.time_zone);
  const { ready, skipped, imagesWithoutAlt } = prepared(
    calendar.entries.map((raw) => prepareEventEntry(raw, source.language)),
    calendar.skipped,
  );
  return { ...(await store(ready, (entry) => upsertImportedEvent(tx, source, entry))), skipped, imagesWithoutAlt };
}
