import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';
import { decodeGlobalId, encodeGlobalId, MAX_NODES, resolveNode, resolveNodes } from './global-id.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    URL: { Input: URL; Output: URL | string };
    EmailAddress: { Input: string; Output: string };
  };
  Connection: { totalCount(): Promise<number> };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  // Costs only; the limits are checked for the whole operation before execution (query-limits.ts).
  complexity: { defaultComplexity: 1, defaultListMultiplier: 10 },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // The connection field already multiplies by its page size; edges must not multiply again.
    edgesFieldOptions: { nullable: false, complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: {
      description: 'Anything with an ID, by that ID; null when there is none (or it is not public).',
      resolve: (_root, args, _ctx, info, load) => resolveNode(args, info, load),
    },
    nodesQueryOptions: {
      description: `Up to ${MAX_NODES} things with IDs, in the order asked; null for each one there is not.`,
      complexity: (args: { ids: unknown[] }) => ({ field: 1, multiplier: args.ids.length }),
      resolve: (_root, args, _ctx, info, load) => resolveNodes(args, info, load),
    },
  },
});
