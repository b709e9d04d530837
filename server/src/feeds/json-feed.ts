// The feed library writes JSON Feed 1.0. Version 1.1 renames `author` to `authors` (a list) and adds
// `language`; the rest is the same, so its output is carried over rather than written by hand.

const JSON_FEED_11 = 'https://jsonfeed.org/version/1.1';

interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

interface JsonFeed10Item {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  summary?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  author?: JsonFeedAuthor;
  tags?: string[];
}

interface JsonFeed10 {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  icon?: string;
  author?: JsonFeedAuthor;
  items: JsonFeed10Item[];
}

interface JsonFeed11Item extends Omit<JsonFeed10Item, 'author'> {
  authors?: JsonFeedAuthor[];
  language?: string;
}

interface JsonFeed11 extends Omit<JsonFeed10, 'version' | 'author' | 'items'> {
  version: typeof JSON_FEED_11;
  language?: string;
  authors?: JsonFeedAuthor[];
  items: JsonFeed11Item[];
}

/** `itemLanguages` holds each item's language, in the order of the items. */
export function toJsonFeed11(jsonFeed10: string, language: string, itemLanguages: readonly string[]): string {
  const { version: _version, author, items, ...feed } = JSON.parse(jsonFeed10) as JsonFeed10;
  const upgraded: JsonFeed11 = {
    version: JSON_FEED_11,
    ...feed,
    language,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }, index) => ({
      ...item,
      ...(itemAuthor ? { authors: [itemAuthor] } : {}),
      ...(itemLanguages[index] ? { language: itemLanguages[index] } : {}),
    })),
  };
  return JSON.stringify(upgraded);
}
