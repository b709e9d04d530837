import type { NewsroomContext } from '../app/context.js';
import { ApiError, type Problem } from './client.js';

/** A mutation's answer as `result`: the item as `data`, their version as `current` after a conflict, or a problem. */
type MutationResult<Item> = Partial<Problem> & { __typename: string; data?: Item; current?: Item };

/** What sending a change came to; each form shows every case its own way. */
export type Outcome<Item> =
  | { kind: 'saved'; data: Item }
  /** Someone else saved in between; `current` is their version. */
  | { kind: 'conflict'; current: Item }
  /** A problem with one field, named as the form names it ("title" for the API's "input.title"). */
  | { kind: 'field'; field: string; problem: ApiError }
  /** A problem with the change as a whole (describe() says it in the UI language). */
  | { kind: 'message'; problem: ApiError }
  /** The request itself failed. */
  | { kind: 'failed'; error: unknown };

/** Sends a mutation answering as `result` (see api/result-queries.ts) and says what it came to. */
export async function sendChange<Item>(
  ctx: NewsroomContext,
  query: string,
  variables: Record<string, unknown>,
): Promise<Outcome<Item>> {
  let result: MutationResult<Item>;
  try {
    ({ result } = await ctx.api<{ result: MutationResult<Item> }>(query, variables));
  } catch (error) {
    return { kind: 'failed', error };
  }
  if (result.data) return { kind: 'saved', data: result.data };
  if (result.current) return { kind: 'conflict', current: result.current };
  if (result.field) {
    const problem = new ApiError(result.message ?? '', result.code ?? result.__typename, result.field);
    return { kind: 'field', field: result.field.replace(/^input\./, ''), problem };
  }
  return {
    kind: 'message',
    problem: new ApiError(result.message ?? result.__typename, result.code ?? result.__typename),
  };
}
