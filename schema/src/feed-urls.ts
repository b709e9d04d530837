// Where the hub serves feeds, calendars and its own pages for an item. The server's routes and the
// GraphQL `feeds` field both build their URLs here, so the two cannot drift apart.

export interface NewsFeedUrls {
  rss: string;
  atom: string;
  jsonFeed: string;
}

export interface FederationFeedUrls extends NewsFeedUrls {
  calendar: string;
}

function newsFeedUrls(base: string): NewsFeedUrls {
  return { rss: `${base}.rss`, atom: `${base}.atom`, jsonFeed: `${base}.json` };
}

export function hubNewsFeedUrls(publicUrl: string): NewsFeedUrls {
  return newsFeedUrls(`${publicUrl}/feeds/news`);
}

export function topicNewsFeedUrls(publicUrl: string, slug: string): NewsFeedUrls {
  return newsFeedUrls(`${publicUrl}/feeds/topics/${encodeURIComponent(slug)}/news`);
}

export function federationFeedUrls(publicUrl: string, slug: string): FederationFeedUrls {
  return {
    ...newsFeedUrls(`${publicUrl}/feeds/federations/${encodeURIComponent(slug)}/news`),
    calendar: `${publicUrl}/calendar/federations/${encodeURIComponent(slug)}.ics`,
  };
}

export function hubCalendarUrl(publicUrl: string): string {
  return `${publicUrl}/calendar/events.ics`;
}

/** The hub's stable address of a news item: its id in every feed, whatever the item's source. */
export function newsItemUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/news/${encodeURIComponent(slug)}`;
}

export function eventUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/events/${encodeURIComponent(slug)}`;
}

export function courseUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/courses/${encodeURIComponent(slug)}`;
}
