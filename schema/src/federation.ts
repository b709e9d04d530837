import { type Federation, findChildFederations, listFederations } from '@samverka/db/federations';
import { findMembershipHistoryOfFederations, findMembershipsOfFederations } from '@samverka/db/memberships';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { CoverageRef, coverageLoader } from './coverage.js';
import { CountryEnum, FederationKindEnum } from './enums.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { checkSlug } from './inputs.js';
import { MembershipRef } from './membership.js';
import { resolveConnection } from './pagination.js';
import { FederationRef } from './refs.js';

const SocialLinkRef = builder.objectRef<{ kind: string; url: string }>('SocialLink').implement({
  description: 'A federation’s page or feed on a social network.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'The network, e.g. "instagram", "facebook", "linkedin", "rss".' }),
    url: t.field({ type: 'URL', description: 'The address of the page or feed.', resolve: (link) => link.url }),
  }),
});

FederationRef.implement({
  description: 'A regional association of municipalities, such as a Vård- och omsorgscollege or a kommunalförbund.',
  fields: (t) => ({
    slug: t.exposeString('slug', {
      description: 'Its unique key in URLs, in `federation(slug)` and in filters, e.g. "vo-college-skane".',
    }),
    name: t.exposeString('name', { description: 'The full name, e.g. "Vård- och omsorgscollege Skåne".' }),
    shortName: t.exposeString('short_name', {
      nullable: true,
      description: 'A short form, e.g. "VO-College Skåne" or "GR"; null when it has none.',
    }),
    kind: t.expose('kind', { type: FederationKindEnum, description: 'What sort of organisation it is.' }),
    country: t.expose('country', { type: CountryEnum, description: 'The country it works in.' }),
    description: t.exposeString('description', { description: 'What it does, in plain text; may be empty.' }),
    website: t.field({
      type: 'URL',
      nullable: true,
      description: 'Its own website; null when not given.',
      resolve: (federation) => federation.website,
    }),
    regionName: t.exposeString('region_name', {
      nullable: true,
      description: 'The name of its region, e.g. "Skåne"; null when not given.',
    }),
    regionCountyCodes: t.exposeStringList('region_county_codes', {
      description:
        'The two-digit codes of the counties that make up its region, in its own country, e.g. ["12"]; empty when it names none.',
    }),
    socialLinks: t.field({
      type: [SocialLinkRef],
      description: 'Its social media pages and feeds; empty when none.',
      resolve: (federation) => federation.social_links,
    }),
    timeZone: t.exposeString('time_zone', {
      description:
        'IANA time zone it works in, e.g. "Europe/Stockholm": show its times in it, and "today" for its members means today there.',
    }),
    defaultLanguage: t.exposeString('default_language', {
      description: 'BCP 47 tag of the language it usually writes in, e.g. "sv" or "nb".',
    }),
    parent: t.field({
      type: FederationRef,
      nullable: true,
      description: 'The federation this one belongs to, e.g. the national VO-College of a regional one.',
      resolve: (federation) => federation.parent_id,
    }),
    children: t.loadableGroup({
      type: FederationRef,
      description: 'Federations that belong to this one, by name; empty when none.',
      load: (ids: string[], ctx) => findChildFederations(ctx.db, ids),
      group: (child) => (child as Federation).parent_id ?? '',
      resolve: (federation) => federation.id,
    }),
    members: t.loadableGroup({
      type: MembershipRef,
      byPath: true,
      description:
        'The memberships in force on a day (today when `on` is left out), by municipality name: joined on or before it, and not yet left.',
      args: {
        on: t.arg({
          type: 'Date',
          required: false,
          description: 'The day; today in the federation’s time zone when left out.',
        }),
      },
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
      args: {
        on: t.arg({
          type: 'Date',
          required: false,
          description: 'The day; today in the federation’s time zone when left out.',
        }),
      },
      resolve: async (federation, { on }, ctx) => (await coverageLoader(ctx, on).load(federation.id)).member_count,
    }),
    coverage: t.field({
      type: CoverageRef,
      nullable: true,
      description:
        'Members out of all municipalities in the federation’s region on a day; null when it names no counties as its region.',
      args: {
        on: t.arg({
          type: 'Date',
          required: false,
          description: 'The day; today in the federation’s time zone when left out.',
        }),
      },
      resolve: async (federation, { on }, ctx) => {
        const coverage = await coverageLoader(ctx, on).load(federation.id);
        return coverage.has_region ? coverage : null;
      },
    }),
  }),
});

const FederationFilter = builder.inputType('FederationFilter', {
  description: 'Narrows the federations; every condition given must hold, and one left out does not filter.',
  fields: (t) => ({
    country: t.field({ type: CountryEnum, description: 'Only federations in this country.' }),
    kind: t.field({ type: FederationKindEnum, description: 'Only federations of this kind.' }),
    parent: t.string({ description: 'Slug of a parent federation: only its direct children.' }),
  }),
});

builder.queryFields((t) => ({
  federation: t.field({
    type: FederationRef,
    nullable: true,
    description: 'A federation by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The federation’s `slug`, e.g. "vo-college-skane".' }) },
    resolve: async (_root, { slug }, ctx) => (await loadFederationBySlug(ctx, slug)) ?? null,
  }),
  federations: t.connection(
    {
      type: FederationRef,
      description: 'Federations by name; all of them are public.',
      args: { filter: t.arg({ type: FederationFilter, description: 'Which federations; all when left out.' }) },
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
    { name: 'FederationConnection', description: 'A page of federations.' },
    { name: 'FederationEdge', description: 'A federation on a page, with its cursor.' },
  ),
}));
