import { builder } from './builder.js';
import { type FederationFeedUrls, federationFeedUrls } from './feed-urls.js';
import { FederationRef } from './refs.js';

const FederationFeedsRef = builder.objectRef<FederationFeedUrls>('FederationFeeds').implement({
  description: 'Where a federation’s news and calendar can be subscribed to; every URL takes the listings’ filters.',
  fields: (t) => ({
    rss: t.field({ type: 'URL', description: 'Its news as RSS 2.0.', resolve: (urls) => urls.rss }),
    atom: t.field({ type: 'URL', description: 'Its news as Atom 1.0.', resolve: (urls) => urls.atom }),
    jsonFeed: t.field({ type: 'URL', description: 'Its news as JSON Feed 1.1.', resolve: (urls) => urls.jsonFeed }),
    calendar: t.field({
      type: 'URL',
      description: 'Its published events and course sessions as iCalendar.',
      resolve: (urls) => urls.calendar,
    }),
  }),
});

builder.objectField(FederationRef, 'feeds', (t) =>
  t.field({
    type: FederationFeedsRef,
    description: 'Its news feeds and calendar.',
    resolve: (federation, _args, ctx) => federationFeedUrls(ctx.publicUrl, federation.slug),
  }),
);
