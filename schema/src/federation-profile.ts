import { recordAudit } from '@samverka/db/audit-log';
import { type FederationProfile, lockFederation, updateFederationProfile } from '@samverka/db/federation-profile';
import { builder } from './builder.js';
import { actorId, adminsOf, federationBySlug } from './federation-admin.js';
import {
  FederationProfileInput,
  type FederationProfileValue,
  profileOf,
  toFederationProfile,
} from './federation-profile-input.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';
import { FederationRef } from './refs.js';

/** The profile fields whose values differ, with both values, for the audit log. */
function changes(before: FederationProfile, after: FederationProfile) {
  const keys = (Object.keys(after) as Array<keyof FederationProfile>).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    fields: keys,
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

builder.mutationField('updateFederationProfile', (t) =>
  t.field({
    type: FederationRef,
    description:
      'Changes what a federation tells about itself: names, description, links, region, time zone and language. For its admins and platform admins.',
    errors: problemsOf('UpdateFederationProfile', [InputProblem, NotFoundProblem], 'the federation as saved'),
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      input: t.arg({ type: FederationProfileInput, required: true, description: 'The fields to change.' }),
    },
    authScopes: (_root, args, ctx) => adminsOf(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const input = args.input as FederationProfileValue;
      const saved = await ctx.db.transaction().execute(async (tx) => {
        const current = (await lockFederation(tx, federation.id)) ?? federation;
        const profile = await toFederationProfile(tx, current, input);
        const changed = changes(profileOf(current), profile);
        if (changed.fields.length === 0) return current;
        const updated = await updateFederationProfile(tx, federation.id, profile);
        await recordAudit(tx, {
          actorId: actorId(ctx),
          action: 'federation.profile_updated',
          subjectType: 'federation',
          subjectId: federation.id,
          federationId: federation.id,
          details: changed,
        });
        return updated;
      });
      FederationRef.getDataloader(ctx).clear(saved.id).prime(saved.id, saved);
      return saved;
    },
  }),
);
