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
    code: t.exposeString('code', { description: 'SCB kommunkod (SE) or kommunenummer (NO).' }),
    country: t.expose('country', { type: CountryEnum }),
    name: t.exposeString('name'),
    officialName: t.exposeString('official_name', {
      description: 'The official name, with Sami and Kven forms where it has them.',
    }),
    countyCode: t.exposeString('county_code'),
    countyName: t.exposeString('county_name'),
    latitude: t.exposeFloat('latitude', { nullable: true }),
    longitude: t.exposeFloat('longitude', { nullable: true }),
    website: t.field({ type: 'URL', nullable: true, resolve: (municipality) => municipality.website }),
    memberships: t.loadableGroup({
      type: MembershipRef,
      byPath: true,
      description: 'The federations it is a member of on a day (today when `on` is left out).',
      args: { on: t.arg({ type: 'Date', required: false }) },
      load: (ids: string[], ctx, args) => findMembershipsOfMunicipalities(ctx.db, ids, args.on ?? null),
      group: (membership) => membership.municipality_id,
      resolve: (municipality) => municipality.id,
    }),
  }),
});

const MunicipalityFilter = builder.inputType('MunicipalityFilter', {
  fields: (t) => ({
    country: t.field({ type: CountryEnum }),
    county: t.string({ description: 'Two-digit county code (länskod, fylkesnummer), e.g. "12" for Skåne.' }),
    memberOf: t.stringList({ description: 'Federation slugs: municipalities that are members of any of them today.' }),
    search: t.string({ description: 'Part of the name, or the exact code.' }),
  }),
});

builder.queryFields((t) => ({
  municipality: t.field({
    type: MunicipalityRef,
    nullable: true,
    description:
      'A municipality by its official code ("1262", or "NO-1860"); null when there is none. A code both countries use (1860) needs `country` or the prefix.',
    args: { code: t.arg.string({ required: true }), country: t.arg({ type: CountryEnum }) },
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
      description: 'Municipalities by name.',
      args: { filter: t.arg({ type: MunicipalityFilter }) },
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
    { name: 'MunicipalityConnection' },
    { name: 'MunicipalityEdge' },
  ),
}));
