import { GraphQLError } from 'graphql';

/** Every error code a caller can meet; stable, so clients may branch on them. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Input a person must correct; `argument` names what to fix, e.g. "filter.county" or "first". */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}
