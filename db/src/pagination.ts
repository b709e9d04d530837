import { type Expression, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';

export type SortDirection = 'asc' | 'desc';
export type KeyValue = string | number;

/** One column of a keyset sort; the last one must be unique (the id). */
export interface SortKey<Row> {
  column: string;
  /** The SQL type the cursor value is compared as. */
  type: 'timestamptz' | 'uuid' | 'text' | 'real';
  valueOf(row: Row): KeyValue;
}

/** Keyset sorts run in one direction on every column, so a row comparison can use the index. */
export interface KeysetSort<Row> {
  /** Travels in each cursor, so a cursor of one list is refused by another. */
  name: string;
  direction: SortDirection;
  keys: SortKey<Row>[];
}

export interface PageRequest {
  first?: number | null;
  after?: KeyValue[] | null;
  last?: number | null;
  before?: KeyValue[] | null;
}

export interface Page<Row> {
  rows: Row[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** A row's cursor values: the sort's name, then its keys. */
  keyOf(row: Row): KeyValue[];
}

export const DEFAULT_PAGE_SIZE = 20;

export class InvalidCursorError extends Error {
  constructor(readonly argument: 'after' | 'before') {
    super(`The cursor in "${argument}" does not belong to this list.`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

/** Cursors come from clients: check each value fits its column before it reaches SQL. */
function fitsKey(type: SortKey<unknown>['type'], value: KeyValue): boolean {
  switch (type) {
    case 'real':
      return typeof value === 'number' && Number.isFinite(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamptz':
      return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'text':
      return typeof value === 'string';
  }
}

/** SQLSTATE class 22: a value of the wrong form for its type. */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}

function rowComparison<Row>(
  sort: KeysetSort<Row>,
  operator: '<' | '>',
  cursor: KeyValue[],
  argument: 'after' | 'before',
) {
  const [name, ...values] = cursor;
  if (
    name !== sort.name ||
    values.length !== sort.keys.length ||
    sort.keys.some((key, index) => !fitsKey(key.type, values[index] as KeyValue))
  ) {
    throw new InvalidCursorError(argument);
  }
  const columns = sql.join(sort.keys.map((key) => sql.ref(key.column)));
  const params = sql.join(sort.keys.map((key, index) => sql`${values[index]}::${sql.raw(key.type)}`));
  return sql<SqlBool>`(${columns}) ${sql.raw(operator)} (${params})`;
}

/**
 * Runs one page of a keyset-paginated query: rows after `after` (forwards, `first`) or before
 * `before` (backwards, `last`), fetching one extra row to learn whether more follow.
 */
export async function keysetPage<DB, TB extends keyof DB, Row>(
  query: SelectQueryBuilder<DB, TB, Row>,
  sort: KeysetSort<Row>,
  request: PageRequest,
): Promise<Page<Row>> {
  const backwards = request.last != null && request.first == null;
  const size = (backwards ? request.last : request.first) ?? DEFAULT_PAGE_SIZE;
  const forwardOperator = sort.direction === 'desc' ? '<' : '>';
  const backwardOperator = sort.direction === 'desc' ? '>' : '<';

  let page = query;
  if (request.after)
    page = page.where(rowComparison(sort, forwardOperator, request.after, 'after') as Expression<SqlBool>);
  if (request.before)
    page = page.where(rowComparison(sort, backwardOperator, request.before, 'before') as Expression<SqlBool>);
  const direction: SortDirection = backwards === (sort.direction === 'desc') ? 'asc' : 'desc';
  for (const key of sort.keys) page = page.orderBy(sql.ref(key.column), direction);

  const fetched = await page
    .limit(size + 1)
    .execute()
    .catch((error: unknown) => {
      // A value that passed the checks above but that PostgreSQL still cannot read (say 31 February).
      if (isDataException(error) && (request.after || request.before))
        throw new InvalidCursorError(request.after ? 'after' : 'before');
      throw error;
    });
  const hasMore = fetched.length > size;
  const rows = fetched.slice(0, size);
  if (backwards) rows.reverse();
  return {
    rows,
    hasNextPage: backwards ? request.before != null : hasMore,
    hasPreviousPage: backwards ? hasMore : request.after != null,
    keyOf: (row) => [sort.name, ...sort.keys.map((key) => key.valueOf(row))],
  };
}

export interface CountedPage<Row> extends Page<Row> {
  /** Counts every row the filter matches; runs only when asked for. */
  totalCount(): Promise<number>;
}

export async function countedKeysetPage<DB, TB extends keyof DB, Row>(
  query: SelectQueryBuilder<DB, TB, Row>,
  sort: KeysetSort<Row>,
  request: PageRequest,
): Promise<CountedPage<Row>> {
  const page = await keysetPage(query, sort, request);
  let counted: Promise<number> | undefined;
  const count = async () => {
    // Generic over the query's tables, so TypeScript cannot see the alias through Selection<>.
    const row = (await query
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('count'))
      .executeTakeFirstOrThrow()) as { count: number };
    return row.count;
  };
  return { ...page, totalCount: () => (counted ??= count()) };
}
