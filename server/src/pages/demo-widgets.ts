import type { Federation } from '@samverka/db/federations';
import { federationFeedUrls } from '@samverka/schema/feed-urls';
import type { WidgetSnippet } from './snippet.js';

export type DemoFederation = Pick<Federation, 'slug' | 'name' | 'website'>;

/** The widgets on the demo page, each configured as an editor would in the builder. */
export function demoWidgets(publicUrl: string, federation: DemoFederation) {
  const feeds = federationFeedUrls(publicUrl, federation.slug);
  const site = federation.website ?? feeds.rss;
  const widget = (tag: string, attributes: Record<string, string>, href: string, text: string): WidgetSnippet => ({
    tag,
    attributes: { federation: federation.slug, ...attributes },
    fallback: { href, text },
  });
  return {
    news: widget(
      'samverka-news',
      { limit: '3', 'heading-level': '3', refresh: '300' },
      feeds.rss,
      `Nyheter från ${federation.name}`,
    ),
    courses: widget(
      'samverka-courses',
      { layout: 'cards', limit: '4', 'heading-level': '3' },
      site,
      `Utbildningar hos ${federation.name}`,
    ),
    events: widget(
      'samverka-events',
      { layout: 'compact', limit: '4', 'heading-level': '3' },
      feeds.calendar,
      `Kalender för ${federation.name}`,
    ),
    members: widget(
      'samverka-members',
      { layout: 'map', 'heading-level': '3' },
      site,
      `Medlemskommuner i ${federation.name}`,
    ),
    contacts: widget('samverka-contacts', { limit: '3', 'heading-level': '3' }, site, `Kontakta ${federation.name}`),
  };
}
