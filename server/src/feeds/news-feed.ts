import type { NewsItem } from '@samverka/db/news';
import { type NewsFeedUrls, newsItemUrl } from '@samverka/schema/feed-urls';
import escapeHtml from 'escape-html';
import { type Author, Feed, type Item } from 'feed';
import { httpUrl } from './http-url.js';
import { toJsonFeed11 } from './json-feed.js';
import { topicName, type UiLanguage, uiLanguageOf } from './texts.js';
import { attributeText, cdataText, xmlText } from './xml-text.js';

export type NewsFeedFormat = 'rss' | 'atom' | 'json';

export const NEWS_FEED_FORMATS: readonly NewsFeedFormat[] = ['rss', 'atom', 'json'];

export const NEWS_FEED_MEDIA_TYPES: Record<NewsFeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** What a feed says about itself. */
export interface NewsChannel {
  title: string;
  description: string;
  /** The page the feed belongs to. */
  homeUrl: string;
  language: UiLanguage;
  /** This feed, with the same filters, in each format. */
  selfUrls: NewsFeedUrls;
  /** A federation's own feed names it as its author. */
  author: Author | null;
  updated: Date;
}

/**
 * Titles and summaries are plain text. Atom declares both as HTML and RSS readers render the
 * description as HTML, so there they are escaped once more; the RSS title and JSON stay plain.
 */
function toFeedItem(format: NewsFeedFormat, item: NewsItem, channel: NewsChannel, publicUrl: string): Item {
  const language = uiLanguageOf(item.language, channel.language);
  const xml = format !== 'json';
  const hubUrl = newsItemUrl(publicUrl, item.slug);
  const title = { rss: cdataText(item.title), atom: escapeHtml(xmlText(item.title)), json: item.title }[format];
  return {
    id: hubUrl,
    link: httpUrl(item.source_url) ?? hubUrl,
    title,
    description: xml ? escapeHtml(xmlText(item.summary)) : item.summary,
    content: xml ? cdataText(item.body_html) : item.body_html,
    date: item.updated_at,
    published: item.published_at,
    author: [
      {
        name: xml ? xmlText(item.publisher.name) : item.publisher.name,
        link: httpUrl(item.publisher.website),
      },
    ],
    category: item.topics.map((topic) => {
      const name = topicName(topic, language);
      return { name: format === 'atom' ? attributeText(name) : xmlText(name), term: topic.slug };
    }),
  };
}

export function renderNewsFeed(
  format: NewsFeedFormat,
  channel: NewsChannel,
  items: readonly NewsItem[],
  publicUrl: string,
): string {
  const feed = new Feed({
    id: channel.selfUrls.atom,
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    link: channel.homeUrl,
    language: channel.language,
    updated: channel.updated,
    generator: 'Samverka',
    feedLinks: { rss: channel.selfUrls.rss, atom: channel.selfUrls.atom, json: channel.selfUrls.jsonFeed },
    ...(channel.author ? { author: channel.author } : {}),
  });
  for (const item of items) feed.addItem(toFeedItem(format, item, channel, publicUrl));
  switch (format) {
    case 'rss':
      return feed.rss2();
    case 'atom':
      return feed.atom1();
    case 'json':
      return toJsonFeed11(
        feed.json1(),
        channel.language,
        items.map((item) => item.language),
      );
  }
}
