import type { Federation } from '@samverka/db/federations';
import { federationFeedUrls } from '@samverka/schema/feed-urls';
import escapeHtml from 'escape-html';
import { CALENDAR_MEDIA_TYPE } from './calendar.js';
import { NEWS_FEED_MEDIA_TYPES } from './news-feed.js';
import { textsIn, uiLanguageOf } from './texts.js';

/**
 * The `<link rel="alternate">` tags that let browsers and feed readers find a federation's feeds
 * and calendar, for the `<head>` of a page that shows its listings.
 */
export function federationAlternateLinks(
  publicUrl: string,
  federation: Pick<Federation, 'slug' | 'name' | 'default_language'>,
): string {
  const texts = textsIn(uiLanguageOf(federation.default_language));
  const urls = federationFeedUrls(publicUrl, federation.slug);
  const news = texts.federationNewsTitle(federation.name);
  const links = [
    { type: NEWS_FEED_MEDIA_TYPES.rss, href: urls.rss, title: `${news} (${texts.feedFormat.rss})` },
    { type: NEWS_FEED_MEDIA_TYPES.atom, href: urls.atom, title: `${news} (${texts.feedFormat.atom})` },
    { type: NEWS_FEED_MEDIA_TYPES.json, href: urls.jsonFeed, title: `${news} (${texts.feedFormat.json})` },
    { type: CALENDAR_MEDIA_TYPE, href: urls.calendar, title: texts.federationCalendarTitle(federation.name) },
  ];
  return links
    .map(
      (link) =>
        `<link rel="alternate" type="${link.type}" title="${escapeHtml(link.title)}" href="${escapeHtml(link.href)}">`,
    )
    .join('\n');
}
