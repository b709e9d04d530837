import type { Database } from '@samverka/db/database';
import { type ImportedEventEntry, upsertImportedEvent } from '@samverka/db/feed-import-events';
import { type ImportedNewsEntry, type ImportOutcome, upsertImportedNews } from '@samverka/db/feed-import-news';
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

/** A source document read and prepared, ready to store; nothing in it has touched the database. */
export type ParsedSource = (
  | { kind: 'news'; entries: ImportedNewsEntry[] }
  | { kind: 'events'; entries: ImportedEventEntry[] }
) & { skipped: number; imagesWithoutAlt: number };

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
  return { entries: ready, skipped, imagesWithoutAlt };
}

/**
 * Reads a fetched document by the source's kind. Every entry is read and prepared before the first
 * write, so a document that fails to parse writes nothing; `timeZone` places calendar dates.
 */
export function parseSource(source: FeedSourceRow, text: string, timeZone: string): ParsedSource {
  if (source.kind === 'news') {
    const feed = parseNewsFeed(text);
    const language = languageOf(feed.language, source.language);
    const now = new Date();
    const news = feed.entries.map((raw) => prepareNewsEntry(raw, language, now, source.url));
    return { kind: 'news', ...prepared(news, 0) };
  }
  const calendar = parseCalendar(text, timeZone);
  const events = calendar.entries.map((raw) => prepareEventEntry(raw, source.language));
  return { kind: 'events', ...prepared(events, calendar.skipped) };
}

async function store<Entry>(entries: Entry[], write: (entry: Entry) => Promise<ImportOutcome>) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const entry of entries) counts[await write(entry)] += 1;
  return counts;
}

/** Stores a parsed document's entries as the source's news items or events. */
export async function storeEntries(
  tx: Transaction<Database>,
  source: FeedSourceRow,
  parsed: ParsedSource,
): Promise<ImportCounts> {
  const counts =
    parsed.kind === 'news'
      ? await store(parsed.entries, (entry) => upsertImportedNews(tx, source, entry))
      : await store(parsed.entries, (entry) => upsertImportedEvent(tx, source, entry));
  return { ...counts, skipped: parsed.skipped, imagesWithoutAlt: parsed.imagesWithoutAlt };
}
