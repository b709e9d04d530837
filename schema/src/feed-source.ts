import { type FeedSource, findFeedSources, listFeedSources } from '@samverka/db/feed-sources';
import type { FederationRole } from '@samverka/db/tables/accounts';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { LanguageEnum } from './enums.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { encodeGlobalId, type GlobalId } from './global-id.js';
import { checkSlug } from './inputs.js';

/** Who manages a federation's feed sources: the people who decide what it publishes. */
export const FEED_MANAGERS: FederationRole[] = ['admin', 'publisher'];

export const FeedSourceKindEnum = builder.enumType('FeedSourceKind', {
  description: 'What a source feed holds.',
  values: {
    NEWS: { value: 'news', description: 'News: an RSS 2.0 or Atom 1.0 feed; entries become news items.' },
    EVENTS: { value: 'events', description: 'Events: an iCalendar (.ics) file; its events become events.' },
  } as const,
});

export const FeedRunStatusEnum = builder.enumType('FeedRunStatus', {
  description: 'How an import of a source ended.',
  values: {
    OK: { value: 'ok', description: 'Fetched and imported.' },
    NOT_MODIFIED: { value: 'not_modified', description: 'The source said nothing changed (HTTP 304).' },
    FAILED: {
      value: 'failed',
      description: 'Refused or failed; `errorCode` and `errorMessage` say why. Nothing was imported.',
    },
  } as const,
});

/** Any status, for the federation's feed managers: loaded by id, one statement per batch. */
export const FeedSourceRef = builder.loadableObjectRef('FeedSource', {
  load: (ids: string[], ctx: Context) => findFeedSources(ctx.db, ids),
  toKey: (source: FeedSource) => source.id,
  cacheResolved: true,
  sort: true,
});

const FeedRunRef = builder.objectRef<FeedSource>('FeedRun').implement({
  description: 'What the latest import of a source did.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When it ran.', resolve: (s) => s.last_run_at ?? s.updated_at }),
    status: t.field({
      type: FeedRunStatusEnum,
      description: 'How it ended.',
      resolve: (s) => s.last_status ?? 'failed',
    }),
    created: t.exposeInt('last_created', { description: 'Entries imported as new items.' }),
    updated: t.exposeInt('last_updated', {
      description: 'Items updated (as a new revision) because their entry changed.',
    }),
    unchanged: t.exposeInt('last_unchanged', { description: 'Entries already imported as they are; nothing written.' }),
    skipped: t.exposeInt('last_skipped', {
      description: 'Entries left out: no title and no text, no guid, id, link or UID, or listed twice.',
    }),
    imagesWithoutAlt: t.exposeInt('last_images_without_alt', {
      description: 'Images left out of imported text for having no alt text; add alt text at the source.',
    }),
    errorCode: t.exposeString('last_error_code', {
      nullable: true,
      description:
        'Why it failed, e.g. FEED_TOO_LARGE, FEED_TIMEOUT, FEED_MALFORMED, FEED_HOSTILE, FEED_ADDRESS_REFUSED.',
    }),
    errorMessage: t.exposeString('last_error', { nullable: true, description: 'The same, for people: what to fix.' }),
  }),
});

FeedSourceRef.implement({
  description: 'A feed the federation already publishes on its own website, imported into the hub on a schedule.',
  fields: (t) => ({
    id: t.id({
      description: 'Pass it to the feed source mutations.',
      resolve: (s) => encodeGlobalId('FeedSource', s.id),
    }),
    url: t.exposeString('url', { description: 'Where the feed is fetched from.' }),
    kind: t.field({ type: FeedSourceKindEnum, description: 'News or events.', resolve: (s) => s.kind }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language of its entries when the feed does not declare one.',
      resolve: (s) => s.language,
    }),
    intervalMinutes: t.exposeInt('interval_minutes', { description: 'Minutes between imports.' }),
    enabled: t.exposeBoolean('enabled', {
      description: 'False: no scheduled imports until switched on again; refreshFeedSource still imports it.',
    }),
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was removed; its items stay.',
      resolve: (s) => s.archived_at,
    }),
    nextRunAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it is imported next; null while switched off or removed.',
      resolve: (s) => (s.enabled && !s.archived_at ? s.next_run_at : null),
    }),
    lastSuccessAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When an import last succeeded (a 304 counts).',
      resolve: (s) => s.last_success_at,
    }),
    lastRun: t.field({
      type: FeedRunRef,
      nullable: true,
      description: 'The latest import; null before the first.',
      resolve: (s) => (s.last_run_at ? s : null),
    }),
    itemCount: t.exposeInt('item_count', { description: 'News items or events it has brought in, all told.' }),
  }),
});

/** The source a global id names, or null (also for ids of other types). */
export async function sourceOf(ctx: Context, id: GlobalId): Promise<FeedSource | null> {
  if (id.typename !== 'FeedSource') return null;
  return (await FeedSourceRef.getDataloader(ctx).load(id.id)) ?? null;
}

/** Scopes for a change to a source: a feed manager of its federation. */
export async function managersOfSource(ctx: Context, id: GlobalId) {
  const source = await sourceOf(ctx, id);
  // An unknown source is reported by the resolver, to anyone signed in.
  return source ? { federationRole: { federationId: source.federation_id, roles: FEED_MANAGERS } } : { signedIn: true };
}

builder.queryField('feedSources', (t) =>
  t.field({
    type: [FeedSourceRef],
    description:
      'The feeds a federation imports, oldest first, with how their last import went. For its admins and publishers.',
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      includeArchived: t.arg.boolean({ defaultValue: false, description: 'Also list removed sources.' }),
    },
    authScopes: async (_root, args, ctx) => {
      const federation = await loadFederationBySlug(ctx, checkSlug('federation', args.federation) ?? '');
      return federation
        ? { federationRole: { federationId: federation.id, roles: FEED_MANAGERS } }
        : { platformAdmin: true };
    },
    resolve: async (_root, args, ctx) => {
      const federation = await loadFederationBySlug(ctx, args.federation);
      return federation ? listFeedSources(ctx.db, federation.id, args.includeArchived ?? false) : [];
    },
  }),
);
