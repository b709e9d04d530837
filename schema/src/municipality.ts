import { findMembershipsOfMunicipalities } from '@samverka/db/memberships';
import { findMunicipalitiesByCode, listMunicipalities, type MunicipalityCode } from '@samverka/db/municipalities';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { CountryEnum } from './enums.js';
import { badInput } from './errors.js';
import { checkSearchText, checkSlugs, parseMunicipalityCode } from './inputs.js';
import { MembershipRef } from './membership.js';
import { resolveConnection } from './pagination.js';
import { MunicipalityRef } from './refs.js';

const COUNTY = /^\d{2}$/;

MunicipalityRef.implement({
  description: 'A Swedish or Norwegian municipality (kommun, kommune), keyed by its official code.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description:
        'SCB kommunkod (SE) or kommunenummer (NO): four digits, e.g. "1262". Unique only with `country`: 1860 is Laxå in SE and Vestvågøy in NO.',
    }),
    country: t.expose('country', { type: CountryEnum, description: 'The country it is in.' }),
    name: t.exposeString('name', { description: 'The everyday short name, e.g. "Lomma", "Göteborg" or "Kautokeino".' }),
    officialName: t.exposeString('official_name', {
      description:
        'The official name, with Sami and Kven forms where it has them, e.g. "Guovdageaidnu - Kautokeino"; otherwise the same as `name`.',
    }),
    countyCode: t.exposeString('county_code', {
      description: 'Two-digit code of its county (länskod, fylkesnummer), e.g. "12"; the first two digits of `code`.',
    }),
    countyName: t.exposeString('county_name', { description: 'The county’s name, e.g. "Skåne län" or "Nordland".' }),
    latitude: t.exposeFloat('latitude', {
      nullable: true,
      description: 'Latitude of a central point, in decimal degrees; null when unknown.',
    }),
    longitude: t.exposeFloat('longitude', {
      nullable: true,
      description: 'Longitude of a central point, in decimal degrees; null when unknown.',
    }),
    website: t.field({
      type: 'URL',
      nullable: true,
      description: 'Its own website; null when not known.',
      resolve: (municipality) => municipality.website,
    }),
    memberships: t.loadableGroup({
      type: MembershipRef,
      byPath: true,
      description:
        'Its memberships in force on a day (today when `on` is left out), by federation name: joined on or before it, and not yet left.',
      args: {
        on: t.arg({
          type: 'Date',
          required: false,
          description: 'The day; today in each federation’s time zone when left out.',
        }),
      },
      load: (ids: string[], ctx, args) => findMembershipsOfMunicipalities(ctx.db, ids, args.on ?? null),
      group: (membership) => membership.municipality_id,
      resolve: (municipality) => municipality.id,
    }),
  }),
});

const MunicipalityFilter = builder.inputType('MunicipalityFilter', {
  description: 'Narrows the municipalities; every condition given must hold, and one left out does not filter.',
  fields: (t) => ({
    country: t.field({ type: CountryEnum, description: 'Only municipalities in this country.' }),
    county: t.string({
      description:
        'Two-digit county code (länskod, fylkesnummer), e.g. "12" for Skåne; combine it with `country`, as both countries use some of the same codes.',
    }),
    memberOf: t.stringList({
      description:
        'Federation slugs: municipalities that are members of any of them today (in each federation’s time zone). An empty list is ignored.',
    }),
    search: t.string({
      description:
        'Part of the name or official name in any letter case ("lom" finds Lomma), or the exact four-digit code; at most 200 characters, blank means no search.',
    }),
  }),
});

builder.queryFields((t) => ({
  municipality: t.field({
    type: MunicipalityRef,
    nullable: true,
    description:
      'A municipality by its official code ("1262", or "NO-1860"); null when there is none. A code both countries use (1860) needs `country` or the prefix.',
    args: {
      code: t.arg.string({
        required: true,
        description: 'Four digits, e.g. "1262", optionally after a country: "NO-1860" or "SE-1860".',
      }),
      country: t.arg({
        type: CountryEnum,
        description:
          'The country, needed for a code both countries use unless the code has its prefix; must agree with it.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const key = parseMunicipalityCode('code', args.code) as MunicipalityCode;
      const country = args.country ?? key.country;
      if (key.country && args.country && key.country !== args.country) {
        throw badInput('country', `the code says ${key.country} but country says ${args.country}.`);
      }
      const found = await findMunicipalitiesByCode(ctx.db, { code: key.code, country });
      if (found.length > 1) {
        throw badInput(
          'country',
          `code ${key.code} exists in ${found.map((row) => row.country).join(' and ')}; say which country, or ask for "NO-${key.code}".`,
        );
      }
      return found[0] ?? null;
    },
  }),
  municipalities: t.connection(
    {
      type: MunicipalityRef,
      description: 'Every Swedish and Norwegian municipality, by name.',
      args: { filter: t.arg({ type: MunicipalityFilter, description: 'Which municipalities; all when left out.' }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) => {
        if (filter?.county != null && !COUNTY.test(filter.county)) {
          throw badInput(
            'filter.county',
            `"${filter.county.slice(0, 50)}" is not a county code; use two digits, e.g. "12".`,
          );
        }
        return resolveConnection(args, (page) =>
          listMunicipalities(
            ctx.db,
            {
              country: filter?.country,
              county: filter?.county,
              memberOf: checkSlugs('filter.memberOf', filter?.memberOf),
              search: checkSearchText('filter.search', filter?.search),
            },
            page,
          ),
        );
      },
    },
    { name: 'MunicipalityConnection', description: 'A page of municipalities.' },
    { name: 'MunicipalityEdge', description: 'A municipality on a page, with its cursor.' },
  ),
}));
