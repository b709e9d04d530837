import { recordAudit } from '@samverka/db/audit-log';
import { addFeedSource, archiveFeedSource, type FeedSource, updateFeedSourceSettings } from '@samverka/db/feed-sources';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { actorId, federationBySlug } from './federation-admin.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { FEED_MANAGERS, FeedSourceRef, managersOfSource, sourceOf } from './feed-source.js';
import {
  AddFeedSourceInput,
  checkInterval,
  checkUrl,
  FeedImportRunning,
  LANGUAGES,
  MAX_INTERVAL,
  MIN_INTERVAL,
} from './feed-source-input.js';
import type { GlobalId } from './global-id.js';
import { checkSlug } from './inputs.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

function notFound(): NotFoundProblem {
  return new NotFoundProblem(
    'feed source',
    'There is no feed source with this id in your federations (or it was removed).',
  );
}

/** The source an id names, still in use; removed ones can only be added again. */
async function activeSource(ctx: Context, id: GlobalId): Promise<FeedSource> {
  const source = await sourceOf(ctx, id);
  if (!source || source.archived_at) throw notFound();
  return source;
}

function refreshed(ctx: Context, source: FeedSource): FeedSource {
  FeedSourceRef.getDataloader(ctx).clear(source.id).prime(source.id, source);
  return source;
}

builder.mutationFields((t) => ({
  addFeedSource: t.field({
    type: FeedSourceRef,
    description:
      'Registers a feed of the federation’s own website for import; it is first imported within a minute. Adding a removed source again brings it back with its items. For the federation’s admins and publishers.',
    errors: problemsOf('AddFeedSource', [InputProblem, NotFoundProblem], 'the new source'),
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      input: t.arg({ type: AddFeedSourceInput, required: true, description: 'The source.' }),
    },
    authScopes: async (_root, args, ctx) => {
      const federation = await loadFederationBySlug(ctx, checkSlug('federation', args.federation) ?? '');
      return federation
        ? { federationRole: { federationId: federation.id, roles: FEED_MANAGERS } }
        : { signedIn: true };
    },
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const url = checkUrl(args.input.url);
      const intervalMinutes = checkInterval(args.input.intervalMinutes) ?? 60;
      const ownLanguage = LANGUAGES.find((language) => language === federation.default_language) ?? 'sv';
      const added = await ctx.db.transaction().execute(async (tx) => {
        const result = await addFeedSource(tx, {
          federationId: federation.id,
          url,
          kind: args.input.kind,
          language: args.input.language ?? ownLanguage,
          intervalMinutes,
          createdBy: actorId(ctx),
        });
        if (result) {
          await recordAudit(tx, {
            actorId: actorId(ctx),
            action: result.revived ? 'feed_source.restored' : 'feed_source.added',
            subjectType: 'feed_source',
            subjectId: result.source.id,
            federationId: federation.id,
            details: { url, kind: result.source.kind, intervalMinutes },
          });
        }
        return result?.source;
      });
      if (!added) throw new InputProblem('url', 'FEED_SOURCE_EXISTS', 'The federation imports this feed already.');
      return refreshed(ctx, added);
    },
  }),
  updateFeedSource: t.field({
    type: FeedSourceRef,
    description:
      'Changes how often a source is imported, or switches it off and on. For the federation’s admins and publishers.',
    errors: problemsOf('UpdateFeedSource', [InputProblem, NotFoundProblem], 'the source as saved'),
    args: {
      id: t.arg.globalID({ required: true, description: 'The source’s id.' }),
      intervalMinutes: t.arg.int({ description: `Minutes between imports: ${MIN_INTERVAL} to ${MAX_INTERVAL}.` }),
      enabled: t.arg.boolean({
        description:
          'False stops the scheduled imports (refreshFeedSource still works); true starts them again, with one at once.',
      }),
    },
    authScopes: (_root, { id }, ctx) => managersOfSource(ctx, id),
    resolve: async (_root, args, ctx) => {
      const source = await activeSource(ctx, args.id);
      const settings = { intervalMinutes: checkInterval(args.intervalMinutes), enabled: args.enabled ?? undefined };
      const saved = await ctx.db.transaction().execute(async (tx) => {
        const updated = await updateFeedSourceSettings(tx, source.id, settings);
        if (!updated) return undefined;
        await recordAudit(tx, {
          actorId: actorId(ctx),
          action: 'feed_source.updated',
          subjectType: 'feed_source',
          subjectId: source.id,
          federationId: source.federation_id,
          details: {
            before: { intervalMinutes: source.interval_minutes, enabled: source.enabled },
            after: { intervalMinutes: updated.interval_minutes, enabled: updated.enabled },
          },
        });
        return updated;
      });
      if (!saved) throw notFound();
      return refreshed(ctx, saved);
    },
  }),
  removeFeedSource: t.field({
    type: FeedSourceRef,
    description:
      'Stops importing a source for good. It is archived, not deleted: the items it brought in stay as they are. For the federation’s admins and publishers.',
    errors: problemsOf('RemoveFeedSource', [NotFoundProblem], 'the archived source'),
    args: { id: t.arg.globalID({ required: true, description: 'The source’s id.' }) },
    authScopes: (_root, { id }, ctx) => managersOfSource(ctx, id),
    resolve: async (_root, args, ctx) => {
      const source = await activeSource(ctx, args.id);
      const archived = await ctx.db.transaction().execute(async (tx) => {
        const result = await archiveFeedSource(tx, source.id);
        if (result) {
          await recordAudit(tx, {
            actorId: actorId(ctx),
            action: 'feed_source.removed',
            subjectType: 'feed_source',
            subjectId: source.id,
            federationId: source.federation_id,
            details: { url: source.url, items: result.item_count },
          });
        }
        return result;
      });
      if (!archived) throw notFound();
      return refreshed(ctx, archived);
    },
  }),
  refreshFeedSource: t.field({
    type: FeedSourceRef,
    description:
      'Imports a source now and answers when it is done (at most about 10 seconds); `lastRun` tells what happened, a failure included. For the federation’s admins and publishers.',
    errors: problemsOf('RefreshFeedSource', [NotFoundProblem, FeedImportRunning], 'the source after the import'),
    args: { id: t.arg.globalID({ required: true, description: 'The source’s id.' }) },
    authScopes: (_root, { id }, ctx) => managersOfSource(ctx, id),
    resolve: async (_root, args, ctx) => {
      const source = await activeSource(ctx, args.id);
      const result = await ctx.feedImporter.refresh(source.id, actorId(ctx));
      if (!result) throw notFound();
      if (result.status === 'busy') throw new FeedImportRunning();
      const loader = FeedSourceRef.getDataloader(ctx);
      const after = await loader.clear(source.id).load(source.id);
      if (!after) throw notFound();
      return after;
    },
  }),
}));
