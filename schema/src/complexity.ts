import { DEFAULT_PAGE_SIZE } from '@samverka/db/pagination';
import type { ConnectionArgs } from './pagination.js';

/** A connection costs what its page size makes its children cost. */
export function connectionComplexity(args: ConnectionArgs): { field: number; multiplier: number } {
  return { field: 2, multiplier: Math.max(1, args.first ?? args.last ?? DEFAULT_PAGE_SIZE) };
}
