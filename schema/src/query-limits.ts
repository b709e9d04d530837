import { createComplexityRule } from '@pothos/plugin-complexity';
import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, validate } from 'graphql';
import { ErrorCode } from './errors.js';

/** A widget's query costs about 100; a deliberately expensive one is refused before anything runs. */
export const QUERY_LIMITS = { depth: 10, complexity: 5000, breadth: 200 };

interface Measured {
  depth: number;
  breadth: number;
  complexity: number;
}

function limitError(measured: Measured): GraphQLError | null {
  const refuse = (message: string, code: string, extra: Record<string, number>) =>
    new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });
  if (measured.depth > QUERY_LIMITS.depth) {
    return refuse(
      `Query is nested ${measured.depth} levels deep; the limit is ${QUERY_LIMITS.depth}. Split it into several queries.`,
      ErrorCode.QUERY_TOO_DEEP,
      { depth: measured.depth, limit: QUERY_LIMITS.depth },
    );
  }
  if (measured.breadth > QUERY_LIMITS.breadth) {
    return refuse(
      `Query selects ${measured.breadth} fields; the limit is ${QUERY_LIMITS.breadth}. Ask for fewer fields.`,
      ErrorCode.QUERY_TOO_COMPLEX,
      { breadth: measured.breadth, limit: QUERY_LIMITS.breadth },
    );
  }
  if (measured.complexity > QUERY_LIMITS.complexity) {
    return refuse(
      `Query costs ${measured.complexity}; the limit is ${QUERY_LIMITS.complexity}. Ask for smaller pages (first/last) or fewer nested lists.`,
      ErrorCode.QUERY_TOO_COMPLEX,
      { complexity: measured.complexity, limit: QUERY_LIMITS.complexity },
    );
  }
  return null;
}

/** Introspection (what an explorer sends) is bounded by the schema itself, not by these limits. */
function isIntrospectionOnly(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
      ),
  );
}

/**
 * Measures the whole operation, with its variables, before execution: the first limit it exceeds
 * is returned as an error for the caller, and nothing is resolved.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { variables?: Record<string, unknown> | null; operationName?: string | null; context: object },
): GraphQLError | null {
  if (isIntrospectionOnly(document)) return null;
  let refusal: GraphQLError | null = null;
  const rule = createComplexityRule({
    context: request.context,
    variableValues: request.variables ?? {},
    operationName: request.operationName,
    validate: (measured) => {
      refusal ??= limitError(measured);
    },
  });
  // Variables that do not fit are left for execution to report as BAD_USER_INPUT.
  validate(schema, document, [rule]);
  return refusal;
}
