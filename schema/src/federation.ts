import {
  type Federation,
  type FederationCoverage,
  findChildFederations,
  findFederationBySlug,
  findFederationCoverage,
  listFederations,
} from '@samverka/db/federations';
import { findMembershipHistoryOfFederations, findMembershipsOfFederations } from '@samverka/db/memberships';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import type { Context } from './context.js';
import { CountryEnum, FederationKindEnum } from './enums.js';
import { checkSlugs } from './inputs.js';
import { MembershipRef } from './membership.js';
import { resolveConnection } from './pagination.js';
import { FederationRef } from './refs.js';

const SocialLinkRef = builder.objectRef<{ kind: string; url: string }>('SocialLink').implement({
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'The network, e.g. "instagram", "facebook", "linkedin", "rss".' }),
    url: t.field({ type: 'URL', resolve: (link) => link.url }),
  }),
});

const CoverageRef = builder.objectRef<FederationCoverage>('RegionCoverage').implement({
  description: 'How many of the municipalities in the federation’s region are members, e.g. 30 of 33.',
  fields: (t) => ({
    regionName: t.string({ nullable: true, resolve: (coverage) => coverage.region_name }),
    memberCount: t.exposeInt('region_member_count', { description: 'Members located in the region.' }),
    municipalityCount: t.exposeInt('region_municipality_count', { description: 'All municipalities in the region.' }),
    percentage: t.float({
      description: 'Members as a share of the region’s municipalities, 0–100, one decimal.',
      resolve: (coverage) =>
        Math.round((coverage.region_member_count / Math.max(coverage.region_municipality_count, 1)) * 1000) / 10,
    }),
  }),
});

async function loadCoverage(
  db: Context['db'],
  ids: readonly string[],
  on: string | null,
): Promise<FederationCoverage[]> {
  const rows = new Map((await findFederationCoverage(db, ids, on)).map((row) => [row.federation_id, row]));
  return ids.map(
    (id) =>
      rows.get(id) ?? {
        federation_id: id,
        region_name: null,
        has_region: false,
        member_count: 0,
        region_member_count: 0,
        region_municipality_count: 0,
      },
  );
}

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
    memberCount: t.loadable({
      type: 'Int',
      byPath: true,
      description: 'How many municipalities are members on a day (today when `on` is left out).',
      args: { on: t.arg({ type: 'Date', required: false }) },
      load: (ids: string[], ctx, args) =>
        loadCoverage(ctx.db, ids, args.on ?? null).then((rows) => rows.map((row) => row.member_count)),
      resolve: (federation) => federation.id,
    }),
    coverage: t.loadable({
      type: CoverageRef,
      nullable: true,
      byPath: true,
      description: 'Members out of all municipalities in the federation’s region; null when it has no region.',
      args: { on: t.arg({ type: 'Date', required: false }) },
      load: async (ids: string[], ctx, args) =>
        (await loadCoverage(ctx.db, ids, args.on ?? null)).map((coverage) => (coverage.has_region ? coverage : null)),
      resolve: (federation) => federation.id,
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
              parent: checkSlugs('filter.parent', args.filter?.parent == null ? null : [args.filter.parent])?.[0],
            },
            page,
          ),
        ),
    },
    { name: 'FederationConnection' },
    { name: 'FederationEdge' },
  ),
}));
