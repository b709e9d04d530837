import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DEFAULT_PAGE_SIZE } from '@samverka/db/pagination';
import { authScopes, type FederationRoleScope, refusal } from './auth/scopes.js';
import type { Context } from './context.js';
import { decodeGlobalId, encodeGlobalId, MAX_NODES, resolveNode, resolveNodes } from './global-id.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    URL: { Input: URL; Output: URL | string };
    EmailAddress: { Input: string; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
  Connection: { totalCount(): Promise<number> };
  AuthScopes: {
    signedIn: boolean;
    platformAdmin: boolean;
    /** The caller holds one of these roles in the federation (platform admins always pass). */
    federationRole: FederationRoleScope;
    /** The caller is this user. */
    self: string;
  };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: { authScopes, unauthorizedError: (_parent, ctx) => refusal(ctx) },
  errors: { defaultTypes: [] },
  // Costs only; the limits are checked for the whole operation before execution (query-limits.ts).
  complexity: { defaultComplexity: 1, defaultListMultiplier: 10 },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // The connection field already multiplies by its page size; edges must not multiply again.
    edgesFieldOptions: {
      nullable: false,
      complexity: { field: 0, multiplier: 1 },
      description: 'The items on this page, in the order of the list, each with its cursor.',
    },
    nodeFieldOptions: { nullable: false, description: 'The item at this position.' },
    cursorFieldOptions: {
      description:
        'Opaque position of this item in its list: pass it as `after` or `before` to the same list (only there) to page on from here.',
    },
    pageInfoFieldOptions: {
      description: 'Whether more items come before or after this page, and the cursors to get them.',
    },
    pageInfoTypeOptions: {
      description: 'Where a page lies in its list, with the cursors of its first and last items.',
    },
    hasNextPageFieldOptions: {
      description:
        'True when more items follow this page. When paging backwards (`last`), true whenever `before` was given.',
    },
    hasPreviousPageFieldOptions: {
      description: 'True when items come before this page. When paging forwards, true whenever `after` was given.',
    },
    startCursorFieldOptions: {
      description:
        'Cursor of the first item on the page; pass it as `before` for the page before. Null when the page is empty.',
    },
    endCursorFieldOptions: {
      description:
        'Cursor of the last item on the page; pass it as `after` for the page after. Null when the page is empty.',
    },
    // 100 is MAX_PAGE_SIZE (pagination.ts, which cannot be imported here: it imports the builder).
    firstArgOptions: {
      description: `How many items to return from the start (or from just after \`after\`): 0 to 100; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given. Not together with \`last\`.`,
    },
    lastArgOptions: {
      description:
        'How many items to return from the end (or from just before `before`): 0 to 100, still in list order. Not together with `first`.',
    },
    afterArgOptions: {
      description: 'Start after this item: an `endCursor` (or edge `cursor`) this same list returned.',
    },
    beforeArgOptions: {
      description: 'End before this item: a `startCursor` (or edge `cursor`) this same list returned.',
    },
    nodeTypeOptions: {
      description: 'Anything with a global ID, which `node` and `nodes` fetch again.',
    },
    idFieldOptions: {
      description: 'Opaque global ID, the same every time: pass it to `node` or `nodes`. Do not build or parse one.',
    },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: {
      description: 'Anything with an ID, by that ID; null when there is none (or it is not public).',
      args: { id: { description: 'A global `id` this API returned; any other string is bad input.' } },
      resolve: (_root, args, _ctx, info, load) => resolveNode(args, info, load),
    },
    nodesQueryOptions: {
      description: `Up to ${MAX_NODES} things with IDs, in the order asked; null for each one there is not.`,
      args: { ids: { description: `At most ${MAX_NODES} global \`id\`s this API returned.` } },
      complexity: (args: { ids: unknown[] }) => ({ field: 1, multiplier: args.ids.length }),
      resolve: (_root, args, _ctx, info, load) => resolveNodes(args, info, load),
    },
  },
});

/** The builder's type parameters, for helpers that build parts of fields outside a type file. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
