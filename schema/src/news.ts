import { findPublicNewsBySlug, listPublicNews } from '@samverka/db/news';
import type { NewsImage } from '@samverka/db/tables/news';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { LanguageEnum } from './enums.js';
import { checkDateRange, checkSearchText, checkSlugs, parseMunicipalityCode } from './inputs.js';
import { resolveConnection } from './pagination.js';
import { ContactRef, FederationRef, MunicipalityRef, NewsItemRef } from './refs.js';
import { TopicRef } from './topic.js';

const ImageRef = builder.objectRef<NewsImage>('Image').implement({
  fields: (t) => ({
    url: t.field({ type: 'URL', resolve: (image) => image.url }),
    alt: t.exposeString('alt', { description: 'Text alternative for readers who cannot see the image.' }),
    caption: t.string({ nullable: true, resolve: (image) => image.caption ?? null }),
  }),
});

NewsItemRef.implement({
  description: 'A published news item of a federation.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    body: t.exposeString('body_html', {
      description: 'The text as HTML, sanitised when it was written: safe to insert into a page.',
    }),
    images: t.field({ type: [ImageRef], resolve: (item) => item.images }),
    language: t.expose('language', { type: LanguageEnum }),
    publishedAt: t.field({ type: 'DateTime', resolve: (item) => item.published_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (item) => item.updated_at }),
    publisher: t.field({ type: FederationRef, resolve: (item) => item.publisher }),
    topics: t.field({ type: [TopicRef], resolve: (item) => item.topics }),
    municipalities: t.field({
      type: [MunicipalityRef],
      description: 'Municipalities the item mentions.',
      resolve: (item) => item.municipalities,
    }),
    contact: t.field({
      type: ContactRef,
      nullable: true,
      description: 'Who answers questions about it.',
      resolve: (item) => item.contact_id,
    }),
    sourceUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where an imported item was first published.',
      resolve: (item) => item.source_url,
    }),
  }),
});

const NewsFilter = builder.inputType('NewsFilter', {
  fields: (t) => ({
    federations: t.stringList({ description: 'Publisher slugs.' }),
    municipality: t.string({
      description: 'Only items that mention this municipality (code, e.g. "1262" or "NO-1860").',
    }),
    topics: t.stringList({ description: 'Topic slugs; an item with any of them matches.' }),
    language: t.field({ type: LanguageEnum }),
    publishedAfter: t.field({ type: 'DateTime' }),
    publishedBefore: t.field({ type: 'DateTime' }),
    search: t.string({ description: 'Words to find, in any form ("kommuner" finds "kommun").' }),
  }),
});

builder.queryFields((t) => ({
  newsItem: t.field({
    type: NewsItemRef,
    nullable: true,
    description: 'A published news item by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (_root, { slug }, ctx) => (await findPublicNewsBySlug(ctx.db, slug)) ?? null,
  }),
  news: t.connection(
    {
      type: NewsItemRef,
      description: 'Published news, newest first.',
      args: { filter: t.arg({ type: NewsFilter }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) => {
        checkDateRange('filter.publishedAfter', filter?.publishedAfter, filter?.publishedBefore);
        return resolveConnection(args, (page) =>
          listPublicNews(
            ctx.db,
            {
              federations: checkSlugs('filter.federations', filter?.federations),
              municipality: parseMunicipalityCode('filter.municipality', filter?.municipality),
              topics: checkSlugs('filter.topics', filter?.topics),
              language: filter?.language,
              publishedAfter: filter?.publishedAfter,
              publishedBefore: filter?.publishedBefore,
              search: checkSearchText('filter.search', filter?.search),
            },
            page,
          ),
        );
      },
    },
    { name: 'NewsItemConnection' },
    { name: 'NewsItemEdge' },
  ),
}));
