import { type Federation, findChildFederations, findFederationBySlug, listFederations } from '@samverka/db/federations';
import { findMembershipHistoryOfFederations, findMembershipsOfFederations } from '@samverka/db/memberships';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { CoverageRef, coverageLoader } from './coverage.js';
import { CountryEnum, FederationKindEnum } from './enums.js';
import { checkSlug } from './inputs.js';
import { MembershipRef } from './membership.js';
import { resolveConnection } from './pagination.js';
import { FederationRef } from './refs.js';

const SocialLinkRef = builder.objectRef<{ kind: string; url: string }>('SocialLink').implement({
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'The network, e.g. "instagram", "facebook", "linkedin", "rss".' }),
    url: t.field({ type: 'URL', resolve: (link) => link.url }),
  }),
});

FederationRef.implement({
  description: 'A regional association of municipalities, such as a Vård- och omsorgscollege or a kommunalförbund.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    shortName: t.exposeString('short_name', { nullable: true }),
    kind: t.expose('kind', { type: FederationKindEnum }),
    country: t.expose('country', { type: CountryEnum }),
    description: t.exposeString('description'),
    website: t.field({ type: 'URL', nullable: true, resolve: (federation) => federation.website }),
    socialLinks: t.field({ type: [SocialLinkRef], resolve: (federation) => federation.social_links }),
    timeZone: t.exposeString('time_zone', { description: 'IANA time zone its times are shown in.' }),
    defaultLanguage: t.exposeString('default_language'),
    parent: t.field({
      type: FederationRef,
      nullable: true,
      description: 'The federation this one belongs to, e.g. the national VO-College of a regional one.',
      resolve: (federation) => federation.parent_id,
    }),
    children: t.loadableGroup({
      type: FederationRef,
      description: 'Federations that belong to this one.',
      load: (ids: string[], ctx) => findChildFederations(ctx.db, ids),
      group: (child) => (child as Federation).parent_id ?? '',
      resolve: (federation) => federation.id,
    }),
    members: t.loadableGroup({
      type: MembershipRef,
      byPath: true,
      description: 'Member municipalities on a day (today when `on` is left out), by name.',
      args: { on: t.arg({ type: 'Date', required: false }) },
      load: (ids: string[], ctx, args) => findMembershipsOfFederations(ctx.db, ids, args.on ?? null),
      group: (membership) => membership.federation_id,
      resolve: (federation) => federation.id,
    }),
    membershipHistory: t.loadableGroup({
      type: MembershipRef,
      description: 'Every membership, past and present, oldest first: who joined and left when.',
      load: (ids: string[], ctx) => findMembershipHistoryOfFederations(ctx.db, ids),
      group: (membership) => membership.federation_id,
      resolve: (federation) => federation.id,
    }),
    memberCount: t.int({
      description:
        'How many municipalities are members on a day (today, in the federation’s time zone, when `on` is left out).',
      args: { on: t.arg({ type: 'Date', required: false }) },
      resolve: async (federation, { on }, ctx) => (await coverageLoader(ctx, on).load(federation.id)).member_count,
    }),
    coverage: t.field({
      type: CoverageRef,
      nullable: true,
      description: 'Members out of all municipalities in the federation’s region on a day; null when it has no region.',
      args: { on: t.arg({ type: 'Date', required: false }) },
      resolve: async (federation, { on }, ctx) => {
        const coverage = await coverageLoader(ctx, on).load(federation.id);
        return coverage.has_region ? coverage : null;
      },
    }),
  }),
});

const FederationFilter = builder.inputType('FederationFilter', {
  fields: (t) => ({
    country: t.field({ type: CountryEnum }),
    kind: t.field({ type: FederationKindEnum }),
    parent: t.string({ description: 'Slug of a parent federation: only its children.' }),
  }),
});

builder.queryFields((t) => ({
  federation: t.field({
    type: FederationRef,
    nullable: true,
    description: 'A federation by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (_root, { slug }, ctx) => (await findFederationBySlug(ctx.db, slug)) ?? null,
  }),
  federations: t.connection(
    {
      type: FederationRef,
      description: 'Federations by name.',
      args: { filter: t.arg({ type: FederationFilter }) },
      complexity: connectionComplexity,
      resolve: (_root, args, ctx) =>
        resolveConnection(args, (page) =>
          listFederations(
            ctx.db,
            {
              country: args.filter?.country,
              kind: args.filter?.kind,
              parent: checkSlug('filter.parent', args.filter?.parent),
            },
            page,
          ),
        ),
    },
    { name: 'FederationConnection' },
    { name: 'FederationEdge' },
  ),
}));
