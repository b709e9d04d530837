import { type CountedPage, InvalidCursorError, type KeyValue, type PageRequest } from '@samverka/db/pagination';
import { builder } from './builder.js';
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export function encodeCursor(values: KeyValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: 'after' | 'before'): KeyValue[] {
  const invalid = () =>
    badInput(argument, 'this cursor is not valid; pass an endCursor or startCursor this API returned.');
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const isKey = (value: unknown) => typeof value === 'string' || typeof value === 'number';
  if (!Array.isArray(values) || values.length === 0 || values.length > 4 || !values.every(isKey)) throw invalid();
  return values as KeyValue[];
}

function checkSize(argument: 'first' | 'last', size: number | null | undefined): void {
  if (size == null) return;
  if (size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(
      argument,
      `must be between 0 and ${MAX_PAGE_SIZE}, got ${size}; fetch further pages with the cursors.`,
    );
  }
}

/** Checks connection arguments and turns them into a database page request. */
export function toPageRequest(args: ConnectionArgs): PageRequest {
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.first != null && args.last != null) throw badInput('last', 'use either "first" or "last", not both.');
  return {
    first: args.first,
    last: args.last,
    after: args.after ? decodeCursor(args.after, 'after') : null,
    before: args.before ? decodeCursor(args.before, 'before') : null,
  };
}

/** The Relay connection for a page of rows, with the filter's total count behind `totalCount`. */
export function toConnection<Row>(page: CountedPage<Row>) {
  const edges = page.rows.map((row) => ({ cursor: encodeCursor(page.keyOf(row)), node: row }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

/** Loads one page for a connection field, reporting a cursor from another list as the caller's mistake. */
export async function resolveConnection<Row>(
  args: ConnectionArgs,
  load: (request: PageRequest) => Promise<CountedPage<Row>>,
) {
  try {
    return toConnection(await load(toPageRequest(args)));
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw badInput(
        error.argument,
        'this cursor does not belong to this list (or was altered); pass a cursor from this list.',
      );
    }
    throw error;
  }
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items match the filter, over all pages.',
    resolve: (connection) => connection.totalCount(),
  }),
);
