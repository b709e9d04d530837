import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export interface GraphqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; argument?: string; [key: string]: unknown };
}

export interface GraphqlResult<Data> {
  status: number;
  data: Data | null;
  errors: GraphqlError[] | undefined;
  response: LightMyRequestResponse;
}

/** Sends a query the way a widget does: GET with the query and variables in the URL. */
export async function query<Data = Record<string, unknown>>(
  app: FastifyInstance,
  source: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphqlResult<Data>> {
  const params = new URLSearchParams({ query: source });
  if (variables) params.set('variables', JSON.stringify(variables));
  const response = await app.inject({ method: 'GET', url: `/graphql?${params}`, headers });
  return toResult<Data>(response);
}

/** Sends a query as a JSON POST, the way a developer's client does. */
export async function post<Data = Record<string, unknown>>(
  app: FastifyInstance,
  source: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlResult<Data>> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: { query: source, variables },
  });
  return toResult<Data>(response);
}

function toResult<Data>(response: LightMyRequestResponse): GraphqlResult<Data> {
  const body = response.body ? (JSON.parse(response.body) as { data?: Data | null; errors?: GraphqlError[] }) : {};
  return { status: response.statusCode, data: body.data ?? null, errors: body.errors, response };
}

/** The data of a query that must succeed; fails the test with the errors otherwise. */
export async function queryData<Data = Record<string, unknown>>(
  app: FastifyInstance,
  source: string,
  variables?: Record<string, unknown>,
): Promise<Data> {
  const result = await query<Data>(app, source, variables);
  if (result.errors || !result.data) {
    throw new Error(`Query failed (${result.status}): ${JSON.stringify(result.errors ?? result.response.body)}`);
  }
  return result.data;
}
