import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.js';

/** Widgets ask for around 100; a deliberately expensive query is refused before any resolver runs. */
export const QUERY_LIMITS = { depth: 10, complexity: 5000, breadth: 200 };

type LimitKind = 'depth' | 'breadth' | 'complexity';

export function complexityError(
  kind: string,
  result: {
    depth: number;
    breadth: number;
    complexity: number;
    maxDepth?: number;
    maxBreadth?: number;
    maxComplexity?: number;
  },
): GraphQLError {
  const messages: Record<LimitKind, string> = {
    depth: `Query is nested ${result.depth} levels deep; the limit is ${QUERY_LIMITS.depth}. Split it into several queries.`,
    breadth: `Query selects ${result.breadth} fields; the limit is ${QUERY_LIMITS.breadth}. Ask for fewer fields.`,
    complexity: `Query costs ${result.complexity}; the limit is ${QUERY_LIMITS.complexity}. Ask for smaller pages (first/last) or fewer nested lists.`,
  };
  const limit = kind as LimitKind;
  return new GraphQLError(messages[limit], {
    extensions: {
      code: limit === 'depth' ? ErrorCode.QUERY_TOO_DEEP : ErrorCode.QUERY_TOO_COMPLEX,
      [limit]: result[limit],
    },
  });
}
