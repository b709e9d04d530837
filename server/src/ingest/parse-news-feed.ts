import { plainText } from '@samverka/db/rich-text/plain-text';
import { parseFeed } from 'feedsmith';
import { FeedError } from './feed-errors.js';
import { checkXmlIsSafe } from './xml-safety.js';

/** A feed entry as the source wrote it: HTML not yet sanitised. */
export interface RawNewsEntry {
  /** The guid, Atom id or link; null when the entry has none of them. */
  key: string | null;
  url: string | null;
  title: string;
  summaryHtml: string;
  bodyHtml: string;
  published: Date | null;
}

export interface ParsedNewsFeed {
  /** The language the feed declares, e.g. "sv-SE"; null when it does not. */
  language: string | null;
  entries: RawNewsEntry[];
}

function dateOf(...values: unknown[]): Date | null {
  for (const value of values) {
    const date = typeof value === 'string' || value instanceof Date ? new Date(value) : null;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return null;
}

function nonEmpty(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Atom text constructs may be HTML ("<b>" escaped); titles are stored as plain text. */
function atomText(text: { value?: string; type?: string } | undefined): string {
  const value = text?.value ?? '';
  return text?.type === 'html' || text?.type === 'xhtml' ? plainText(value) : value;
}

/** Reads an RSS 2.0 or Atom 1.0 feed, after refusing hostile or broken XML. */
export function parseNewsFeed(text: string): ParsedNewsFeed {
  checkXmlIsSafe(text);
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError('FEED_MALFORMED', `The document is not an RSS or Atom feed (${reason}).`);
  }
  if (parsed.format === 'rss') {
    const channel = parsed.feed;
    return {
      language: nonEmpty(channel.language),
      entries: (channel.items ?? []).map((item) => {
        const url = nonEmpty(item.link);
        return {
          key: nonEmpty(item.guid?.value) ?? url,
          url,
          title: item.title ?? '',
          // With full content beside it, the description is a teaser; alone, it is the text.
          summaryHtml: item.content?.encoded ? (item.description ?? '') : '',
          bodyHtml: item.content?.encoded ?? item.description ?? '',
          published: dateOf(item.pubDate, item.dc?.dates?.[0]),
        };
      }),
    };
  }
  if (parsed.format === 'atom') {
    return {
      language: null,
      entries: (parsed.feed.entries ?? []).map((entry) => {
        const links = entry.links ?? [];
        const url = nonEmpty((links.find((link) => !link.rel || link.rel === 'alternate') ?? links[0])?.href);
        return {
          key: nonEmpty(entry.id) ?? url,
          url,
          title: atomText(entry.title),
          summaryHtml: entry.content?.value ? (entry.summary?.value ?? '') : '',
          bodyHtml: entry.content?.value ?? entry.summary?.value ?? '',
          published: dateOf(entry.published, entry.updated),
        };
      }),
    };
  }
  throw new FeedError('FEED_WRONG_KIND', `This is a ${parsed.format} feed; news sources must be RSS 2.0 or Atom 1.0.`);
}
