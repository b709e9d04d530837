import { findPublicNewsBySlug, listPublicNews } from '@samverka/db/news';
import type { NewsImage } from '@samverka/db/tables/news';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { LanguageEnum } from './enums.js';
import { checkDateRange, checkListingFilter, checkSearchText } from './inputs.js';
import { resolveConnection } from './pagination.js';
import { ContactRef, FederationRef, MunicipalityRef, NewsItemRef } from './refs.js';
import { TopicRef } from './topic.js';

const ImageRef = builder.objectRef<NewsImage>('Image').implement({
  description: 'A picture that goes with a news item.',
  fields: (t) => ({
    url: t.field({ type: 'URL', description: 'Where the image file is.', resolve: (image) => image.url }),
    alt: t.exposeString('alt', { description: 'Text alternative for readers who cannot see the image.' }),
    caption: t.string({
      nullable: true,
      description: 'Text to show with the image; null when there is none.',
      resolve: (image) => image.caption ?? null,
    }),
  }),
});

NewsItemRef.implement({
  description: 'A published news item of a federation.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Its unique key in URLs and in `newsItem(slug)`.' }),
    title: t.exposeString('title', { description: 'The headline.' }),
    summary: t.exposeString('summary', { description: 'A short introduction in plain text; may be empty.' }),
    body: t.exposeString('body_html', {
      description: 'The text as HTML, sanitised when it was written: safe to insert into a page.',
    }),
    images: t.field({
      type: [ImageRef],
      description: 'Its pictures, in the publisher’s order; empty when none.',
      resolve: (item) => item.images,
    }),
    language: t.expose('language', { type: LanguageEnum, description: 'The language it is written in.' }),
    publishedAt: t.field({
      type: 'DateTime',
      description: 'When it was published (UTC); never in the future, as items dated ahead are not public yet.',
      resolve: (item) => item.published_at,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it was last changed in the hub (UTC).',
      resolve: (item) => item.updated_at,
    }),
    publisher: t.field({
      type: FederationRef,
      description: 'The federation that published it.',
      resolve: (item) => item.publisher,
    }),
    topics: t.field({ type: [TopicRef], description: 'Its topics, by slug.', resolve: (item) => item.topics }),
    municipalities: t.field({
      type: [MunicipalityRef],
      description: 'Municipalities the item mentions, by name; empty when none.',
      resolve: (item) => item.municipalities,
    }),
    contact: t.field({
      type: ContactRef,
      nullable: true,
      description: 'Who answers questions about it; null when nobody is named or their role has ended.',
      resolve: (item) => item.contact_id,
    }),
    sourceUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where an imported item was first published; null when not given.',
      resolve: (item) => item.source_url,
    }),
  }),
});

const NewsFilter = builder.inputType('NewsFilter', {
  description: 'Narrows the news; every condition given must hold, and one left out does not filter.',
  fields: (t) => ({
    federations: t.stringList({
      description: 'Publisher slugs: items of any of them. An empty list is ignored.',
    }),
    municipality: t.string({
      description: 'Only items that mention this municipality, by code: "1262", or "NO-1860" with a country.',
    }),
    topics: t.stringList({ description: 'Topic slugs; an item with any of them matches. An empty list is ignored.' }),
    language: t.field({ type: LanguageEnum, description: 'Only items in this language.' }),
    publishedAfter: t.field({
      type: 'DateTime',
      description: 'Only items published at or after this moment.',
    }),
    publishedBefore: t.field({
      type: 'DateTime',
      description: 'Only items published before this moment; must not be earlier than `publishedAfter`.',
    }),
    search: t.string({
      description:
        'Words that must all occur in the title, summary or body, in any form ("kommuner" finds "kommun"); at most 200 characters, blank means no search.',
    }),
  }),
});

builder.queryFields((t) => ({
  newsItem: t.field({
    type: NewsItemRef,
    nullable: true,
    description:
      'A published news item by its slug; null when there is none or it is not public (a draft, scheduled or archived).',
    args: { slug: t.arg.string({ required: true, description: 'The item’s `slug`.' }) },
    resolve: async (_root, { slug }, ctx) => (await findPublicNewsBySlug(ctx.db, slug)) ?? null,
  }),
  news: t.connection(
    {
      type: NewsItemRef,
      description: 'Published news, newest first (by `publishedAt`).',
      args: { filter: t.arg({ type: NewsFilter, description: 'Which items; all published ones when left out.' }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) => {
        checkDateRange('filter.publishedAfter', filter?.publishedAfter, filter?.publishedBefore);
        return resolveConnection(args, (page) =>
          listPublicNews(
            ctx.db,
            {
              ...checkListingFilter(filter),
              publishedAfter: filter?.publishedAfter,
              publishedBefore: filter?.publishedBefore,
              search: checkSearchText('filter.search', filter?.search),
            },
            page,
          ),
        );
      },
    },
    { name: 'NewsItemConnection', description: 'A page of news items.' },
    { name: 'NewsItemEdge', description: 'A news item on a page, with its cursor.' },
  ),
}));
