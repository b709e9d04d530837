import { ComplexityErrorKind } from '@pothos/plugin-complexity';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.js';

/** A widget's query costs about 100; a deliberately expensive one is refused before any resolver runs. */
export const QUERY_LIMITS = { depth: 10, complexity: 5000, breadth: 200 };

interface Measured {
  depth: number;
  breadth: number;
  complexity: number;
}

export function complexityError(kind: ComplexityErrorKind, measured: Measured): GraphQLError {
  switch (kind) {
    case ComplexityErrorKind.Depth:
      return new GraphQLError(
        `Query is nested ${measured.depth} levels deep; the limit is ${QUERY_LIMITS.depth}. Split it into several queries.`,
        { extensions: { code: ErrorCode.QUERY_TOO_DEEP, depth: measured.depth, limit: QUERY_LIMITS.depth } },
      );
    case ComplexityErrorKind.Breadth:
      return new GraphQLError(
        `Query selects ${measured.breadth} fields; the limit is ${QUERY_LIMITS.breadth}. Ask for fewer fields.`,
        { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, breadth: measured.breadth, limit: QUERY_LIMITS.breadth } },
      );
    case ComplexityErrorKind.Complexity:
      return new GraphQLError(
        `Query costs ${measured.complexity}; the limit is ${QUERY_LIMITS.complexity}. Ask for smaller pages (first/last) or fewer nested lists.`,
        {
          extensions: {
            code: ErrorCode.QUERY_TOO_COMPLEX,
            complexity: measured.complexity,
            limit: QUERY_LIMITS.complexity,
          },
        },
      );
  }
}
