import { type SearchHit, type SearchHitKind, searchEverything } from '@samverka/db/search';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import type { Context } from './context.js';
import { badInput } from './errors.js';
import { checkSearchText } from './inputs.js';
import { resolveConnection } from './pagination.js';
import { ContactRef, CourseRef, EventRef, FederationRef, InitiativeRef, MunicipalityRef, NewsItemRef } from './refs.js';

const refsByKind = {
  news: NewsItemRef,
  course: CourseRef,
  event: EventRef,
  initiative: InitiativeRef,
  contact: ContactRef,
  federation: FederationRef,
  municipality: MunicipalityRef,
} satisfies Record<SearchHitKind, unknown>;

const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything the search finds.',
  types: Object.values(refsByKind),
  // A hit carries the node it was loaded as; the ref tells which type that is.
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

async function loadHit(hit: SearchHit, ctx: Context) {
  const ref = refsByKind[hit.kind];
  const node = await ref.getDataloader(ctx).load(hit.id);
  return node ? { ...node, __typename: ref.name } : null;
}

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchResult,
      description: 'Everything public that matches the words, most relevant first.',
      args: {
        query: t.arg.string({
          required: true,
          description: 'Words in Swedish, Norwegian or English; at least one, at most 200 characters.',
        }),
      },
      complexity: connectionComplexity,
      resolve: async (_root, { query, ...args }, ctx) => {
        const text = checkSearchText('query', query);
        if (!text) throw badInput('query', 'type at least one word to search for.');
        const connection = await resolveConnection(args, (page) => searchEverything(ctx.db, text, page));
        const nodes = await Promise.all(connection.edges.map((edge) => loadHit(edge.node, ctx)));
        return {
          ...connection,
          edges: connection.edges.flatMap((edge, index) =>
            nodes[index] ? [{ cursor: edge.cursor, node: nodes[index] }] : [],
          ),
        };
      },
    },
    { name: 'SearchResultConnection', description: 'A page of search results.' },
    { name: 'SearchResultEdge', description: 'A search result on a page, with its cursor.' },
  ),
);
