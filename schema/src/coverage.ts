import { createContextCache } from '@pothos/core';
import { type FederationCoverage, findFederationCoverage } from '@samverka/db/federations';
import DataLoader from 'dataloader';
import { builder } from './builder.js';
import type { Context } from './context.js';

export const CoverageRef = builder.objectRef<FederationCoverage>('RegionCoverage').implement({
  description: 'How many of the municipalities in the federation’s region are members, e.g. 30 of 33.',
  fields: (t) => ({
    regionName: t.string({
      nullable: true,
      description: 'The region’s name, e.g. "Skåne"; null when not given.',
      resolve: (coverage) => coverage.region_name,
    }),
    memberCount: t.exposeInt('region_member_count', { description: 'Members located in the region.' }),
    municipalityCount: t.exposeInt('region_municipality_count', { description: 'All municipalities in the region.' }),
    percentage: t.float({
      description: 'Members as a share of the region’s municipalities, 0–100, one decimal.',
      resolve: (coverage) =>
        Math.round((coverage.region_member_count / Math.max(coverage.region_municipality_count, 1)) * 1000) / 10,
    }),
  }),
});

// One loader per request and day, shared by `memberCount` and `coverage`: asking for both costs one statement.
const loadersByDay = createContextCache((_ctx: Context) => new Map<string, DataLoader<string, FederationCoverage>>());

export function coverageLoader(ctx: Context, on: string | null | undefined): DataLoader<string, FederationCoverage> {
  const loaders = loadersByDay(ctx);
  const day = on ?? '';
  let loader = loaders.get(day);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = new Map(
        (await findFederationCoverage(ctx.db, ids, on ?? null)).map((row) => [row.federation_id, row]),
      );
      return ids.map((id) => rows.get(id) ?? new Error(`No federation ${id}`));
    });
    loaders.set(day, loader);
  }
  return loader;
}
