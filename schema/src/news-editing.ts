import { type EditableNewsItem, findEditableNews } from '@samverka/db/news-editing';
import { listNewsRevisions, type NewsRevision } from '@samverka/db/news-revisions';
import type { NewsImage } from '@samverka/db/tables/news';
import { findTopicsByIds } from '@samverka/db/topics';
import { findUsersByIds } from '@samverka/db/users';
import { UserRef } from './account.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { LanguageEnum } from './enums.js';
import { encodeGlobalId } from './global-id.js';
import { FederationRef, MunicipalityRef } from './refs.js';
import { TopicRef } from './topic.js';

export const NewsStatusEnum = builder.enumType('NewsStatus', {
  description: 'Where a news item is on its way to readers.',
  values: {
    DRAFT: { value: 'draft', description: 'Being written; only the federation’s people see it.' },
    SCHEDULED: { value: 'scheduled', description: 'Goes live by itself at `scheduledFor`.' },
    PUBLISHED: { value: 'published', description: 'Public.' },
    ARCHIVED: { value: 'archived', description: 'Withdrawn from listings; kept, as readers may have linked to it.' },
  } as const,
});

/** Any status, for its federation's people: loaded by id, one statement per batch. */
export const EditableNewsItemRef = builder.loadableObjectRef('EditableNewsItem', {
  load: (ids: string[], ctx: Context) => findEditableNews(ctx.db, ids),
  toKey: (item: EditableNewsItem) => item.id,
  cacheResolved: true,
  sort: true,
});

const EditorImageRef = builder.objectRef<NewsImage>('EditorImage').implement({
  description: 'An image attached to a news item, as its editors see it (alt text may still be missing).',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where the image is.' }),
    alt: t.exposeString('alt', { description: 'Empty until someone describes the image; required to publish.' }),
    caption: t.string({ nullable: true, description: 'Shown under it.', resolve: (image) => image.caption ?? null }),
  }),
});

export const NewsRevisionRef = builder.objectRef<NewsRevision>('NewsRevision').implement({
  description: 'One saved state of a news item: who saved it, when, and what it held.',
  fields: (t) => ({
    revision: t.exposeInt('revision', { description: 'Counts up from 1 with every save.' }),
    change: t.exposeString('change', {
      description:
        'Why it was saved: created, updated, scheduled, published, unpublished, archived, restored, or imported (its source feed changed the entry).',
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When.', resolve: (revision) => revision.created_at }),
    author: t.loadable({
      type: UserRef,
      nullable: true,
      description: 'Who; null when the server did it (a scheduled publication or a feed import).',
      load: (ids: string[], ctx) => findUsersByIds(ctx.db, ids),
      sort: (user) => user.id,
      resolve: (revision) => revision.author_id,
    }),
    title: t.exposeString('title', { description: 'The title then.' }),
    summary: t.exposeString('summary', { description: 'The summary then.' }),
    body: t.exposeString('body_html', { description: 'The sanitised HTML then.' }),
    status: t.field({ type: NewsStatusEnum, description: 'The status then.', resolve: (revision) => revision.status }),
    snapshot: t.field({
      type: 'JSONObject',
      description: 'Everything it held then, as stored (snake_case keys), to compare or restore from.',
      resolve: ({ revision, author_id, created_at, change, status, ...held }) => held,
    }),
  }),
});

EditableNewsItemRef.implement({
  description: 'A news item in any status, as its federation’s people see and edit it.',
  fields: (t) => ({
    id: t.id({
      description: 'The same id as the public NewsItem; pass it to the news mutations.',
      resolve: (item) => encodeGlobalId('NewsItem', item.id),
    }),
    slug: t.exposeString('slug', { description: 'The public address part; fixed when the draft is created.' }),
    revision: t.exposeInt('revision', {
      description: 'The revision this is; send it back as `basedOn` with the next change.',
    }),
    status: t.field({ type: NewsStatusEnum, description: 'Where it is.', resolve: (item) => item.status }),
    title: t.exposeString('title', { description: 'The headline.' }),
    summary: t.exposeString('summary', { description: 'The introduction.' }),
    body: t.exposeString('body_html', { description: 'Sanitised HTML.' }),
    images: t.field({ type: [EditorImageRef], description: 'Attached images.', resolve: (item) => item.images }),
    language: t.field({ type: LanguageEnum, description: 'Its language.', resolve: (item) => item.language }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it went (or goes) public; null for a draft.',
      resolve: (item) => item.published_at,
    }),
    scheduledFor: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a scheduled item goes live.',
      resolve: (item) => item.scheduled_for,
    }),
    updatedAt: t.field({ type: 'DateTime', description: 'Last saved.', resolve: (item) => item.updated_at }),
    publisher: t.field({ type: FederationRef, description: 'Its federation.', resolve: (item) => item.federation_id }),
    topics: t.loadable({
      type: [TopicRef],
      description: 'Its topics.',
      load: (ids: string[], ctx) => findTopicsByIds(ctx.db, ids),
      sort: (topic) => topic.id,
      resolve: (item) => item.topic_ids,
    }),
    municipalities: t.field({
      type: [MunicipalityRef],
      description: 'The municipalities it mentions.',
      resolve: (item) => item.municipality_ids,
    }),
    revisions: t.field({
      type: [NewsRevisionRef],
      description: 'Every saved state, newest first.',
      resolve: (item, _args, ctx) => listNewsRevisions(ctx.db, item.id),
    }),
  }),
});
