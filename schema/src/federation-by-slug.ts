import { createContextCache } from '@pothos/core';
import { type Federation, findFederationsBySlugs } from '@samverka/db/federations';
import DataLoader from 'dataloader';
import type { Context } from './context.js';

// Batched but not cached: the fields of one request that name the same federation (the newsroom's
// start page names it in each of its parts, for the access check and again in the resolver) share
// one statement per tick, and a mutation that creates or renames a federation is never answered
// from a copy read before it.
const loaders = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, Federation | undefined>(
      async (slugs) => {
        const bySlug = new Map((await findFederationsBySlugs(ctx.db, slugs)).map((row) => [row.slug, row]));
        return slugs.map((slug) => bySlug.get(slug));
      },
      { cache: false },
    ),
);

/** The federation with this slug, if any; lookups in the same tick of a request go out as one statement. */
export function loadFederationBySlug(ctx: Context, slug: string): Promise<Federation | undefined> {
  return loaders(ctx).load(slug);
}
