import { recordAudit } from '@samverka/db/audit-log';
import { findFederationBySlug } from '@samverka/db/federations';
import { addFeedSource, archiveFeedSource, type FeedSource, updateFeedSourceSettings } from '@samverka/db/feed-sources';
import type { Language } from '@samverka/db/tables/common';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { LanguageEnum } from './enums.js';
import { actorId, federationBySlug } from './federation-admin.js';
import { FEED_MANAGERS, FeedSourceKindEnum, FeedSourceRef, managersOfSource, sourceOf } from './feed-source.js';
import type { GlobalId } from './global-id.js';
import { checkSlug } from './inputs.js';
import { InputProblem, NotFoundProblem, Problem, ProblemInterface, problemsOf } from './problems.js';

const MIN_INTERVAL = 5;
const MAX_INTERVAL = 10_080;
const LANGUAGES: readonly Language[] = ['sv', 'nb', 'nn', 'en', 'se'];

/** Another import of the source is running (another instance, or a click a moment ago). */
export class FeedImportRunning extends Problem {
  constructor() {
    super('FEED_IMPORT_RUNNING', 'This source is being imported right now; look at its last run in a moment.');
  }
}

builder.objectType(FeedImportRunning, {
  name: 'FeedImportRunning',
  description: 'An import of this source is already running; nothing more was started.',
  interfaces: [ProblemInterface],
  isTypeOf: (value) => value instanceof FeedImportRunning,
  fields: () => ({}),
});

function checkUrl(value: string): string {
  const text = value.trim();
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new InputProblem('url', 'INVALID_URL', 'Give the feed’s full web address, starting with https://.');
  }
  if (url.username || url.password) {
    throw new InputProblem('url', 'INVALID_URL', 'Leave the user name and password out of the address.');
  }
  if (url.href.length > 2000) throw new InputProblem('url', 'TOO_LONG', 'Use an address under 2 000 characters.');
  return url.href;
}

function checkInterval(minutes: number | null | undefined): number | undefined {
  if (minutes == null) return undefined;
  if (!Number.isInteger(minutes) || minutes < MIN_INTERVAL || minutes > MAX_INTERVAL) {
    throw new InputProblem(
      'intervalMinutes',
      'INVALID_INTERVAL',
      `Import every ${MIN_INTERVAL} to ${MAX_INTERVAL} minutes (a week).`,
    );
  }
  return minutes;
}

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

const AddFeedSourceInput = builder.inputType('AddFeedSourceInput', {
  description: 'A feed on the federation’s own website to import.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The feed’s full address (http or https).' }),
    kind: t.field({
      type: FeedSourceKindEnum,
      required: true,
      description: 'News (RSS or Atom) or events (iCalendar).',
    }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language of its entries when the feed does not say; the federation’s own when left out.',
    }),
    intervalMinutes: t.int({
      description: `Minutes between imports: ${MIN_INTERVAL} to ${MAX_INTERVAL}; 60 when left out.`,
    }),
  }),
});

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
      const federation = await findFederationBySlug(ctx.db, checkSlug('federation', args.federation) ?? '');
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
        description: 'False stops importing until it is true again (then it is imported at once).',
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
