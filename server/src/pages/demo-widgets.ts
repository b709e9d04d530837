import type { Federation } from '@samverka/db/federations';
import { federationFeedUrls } from '@samverka/schema/feed-urls';
import type { WidgetSnippet } from './snippet.js';

export type DemoFederation = Pick<Federation, 'slug' | 'name' | 'website'>;

/** The widgets on the demo page, each as the builder makes it (so its snippets are what an editor pastes). */
export function demoWidgets(publicUrl: string, federation: DemoFederation) {
  const feeds = federationFeedUrls(publicUrl, federation.slug);
  // As the builder does: the federation's site, else the feed or calendar with the same items.
  const widget = (tag: string, attributes: Record<string, string>, feed: string | null): WidgetSnippet => {
    const href = federation.website ?? feed;
    return {
      tag,
      attributes: { federation: federation.slug, ...attributes },
      fallback: href ? { href, text: federation.name } : null,
    };
  };
  return {
    news: widget('samverka-news', { limit: '3', refresh: '300' }, feeds.rss),
    courses: widget('samverka-courses', { limit: '4', layout: 'cards' }, feeds.calendar),
    events: widget('samverka-events', { limit: '4', layout: 'compact' }, feeds.calendar),
    members: widget('samverka-members', { layout: 'map' }, null),
    contacts: widget('samverka-contacts', { limit: '3' }, null),
  };
}
