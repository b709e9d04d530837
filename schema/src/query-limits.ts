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

interface LimitRequest {
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  context: object;
}

// Costs depend only on the document (parsed once per query text and reused), the variables and
// the operation: widgets send the same few queries again and again, so their verdicts are kept.
const measurements = new WeakMap<DocumentNode, Map<string, Measured | null>>();
const MEASUREMENTS_PER_DOCUMENT = 100;

/**
 * Measures the whole operation, with its variables, before execution: the first limit it exceeds
 * is returned as an error for the caller, and nothing is resolved.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: LimitRequest,
): GraphQLError | null {
  const key = JSON.stringify([request.operationName ?? null, request.variables ?? null]);
  let known = measurements.get(document);
  if (!known) {
    known = new Map();
    measurements.set(document, known);
  }
  let measured = known.get(key);
  if (measured === undefined) {
    measured = measure(schema, document, request);
    if (known.size < MEASUREMENTS_PER_DOCUMENT) known.set(key, measured);
  }
  return measured && limitError(measured);
}

/** The costliest operation the request may run; null for introspection. */
function measure(schema: GraphQLSchema, document: DocumentNode, request: LimitRequest): Measured | null {
  if (isIntrospectionOnly(document)) return null;
  const worst: Measured = { depth: 0, breadth: 0, complexity: 0 };
  const rule = createComplexityRule({
    context: request.context,
    variableValues: request.variables ?? {},
    operationName: request.operationName,
    onResult: (result) => {
      worst.depth = Math.max(worst.depth, result.depth);
      worst.breadth = Math.max(worst.breadth, result.breadth);
      worst.complexity = Math.max(worst.complexity, result.complexity);
    },
  });
  // Variables that do not fit are left for execution to report as BAD_USER_INPUT.
  validate(schema, document, [rule]);
  return worst;
}
