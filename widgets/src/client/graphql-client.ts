/** A failed request: the network, the HTTP status or a GraphQL error; the widget shows a retry button. */
export class RequestFailed extends Error {
  override name = 'RequestFailed';
}

export interface QueryResult<Data> {
  data: Data;
  /** False when a refresh was answered with 304 Not Modified: the listing is as it was. */
  changed: boolean;
}

interface CacheEntry {
  data?: unknown;
  etag?: string;
  inFlight?: Promise<QueryResult<unknown>>;
}

/**
 * One per page (see `sharedClient`): widgets asking the same question share one answer and one
 * request in flight. Queries go as GET, so the browser and any CDN may cache them; no cookies go
 * with them. A refresh sends the ETag it holds, and an unchanged listing comes back as a bodiless 304.
 */
export class GraphqlClient {
  readonly #entries = new Map<string, CacheEntry>();

  /** The answer, from this page's cache when some widget asked the same before. */
  query<Data>(endpoint: string, query: string, variables: Record<string, unknown>): Promise<QueryResult<Data>> {
    const url = queryUrl(endpoint, query, variables);
    const entry = this.#entries.get(url);
    if (entry?.inFlight) return entry.inFlight as Promise<QueryResult<Data>>;
    if (entry?.data !== undefined) return Promise.resolve({ data: entry.data as Data, changed: false });
    return this.#fetch<Data>(url, false);
  }

  /** Asks the hub again, with the ETag of the answer held; widgets refreshing together share the request. */
  refresh<Data>(endpoint: string, query: string, variables: Record<string, unknown>): Promise<QueryResult<Data>> {
    const url = queryUrl(endpoint, query, variables);
    const inFlight = this.#entries.get(url)?.inFlight;
    return (inFlight as Promise<QueryResult<Data>> | undefined) ?? this.#fetch<Data>(url, true);
  }

  #fetch<Data>(url: string, revalidate: boolean): Promise<QueryResult<Data>> {
    const entry = this.#entries.get(url) ?? {};
    this.#entries.set(url, entry);
    const etag = revalidate ? entry.etag : undefined;
    const request = send(url, etag)
      .then(({ data, etag: received, status }): QueryResult<Data> => {
        if (status === 304) return { data: entry.data as Data, changed: false };
        entry.data = data;
        entry.etag = received;
        return { data: data as Data, changed: true };
      })
      .finally(() => {
        entry.inFlight = undefined;
      });
    entry.inFlight = request;
    return request;
  }
}

interface Response304OrData {
  status: number;
  data?: unknown;
  etag?: string;
}

async function send(url: string, etag: string | undefined): Promise<Response304OrData> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      mode: 'cors',
      // A revalidation is ours to make: the browser's cache must not answer it with a stale copy.
      cache: etag ? 'no-store' : 'default',
      headers: etag ? { accept: 'application/json', 'if-none-match': etag } : { accept: 'application/json' },
    });
  } catch (error) {
    throw new RequestFailed('The hub could not be reached', { cause: error });
  }
  if (response.status === 304) return { status: 304 };
  if (!response.ok) throw new RequestFailed(`The hub answered ${response.status}`);
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new RequestFailed(body.errors?.[0]?.message ?? 'No data');
  return { status: response.status, data: body.data, etag: response.headers.get('etag') ?? undefined };
}

/** The GET URL of a query; identical queries give identical URLs, so caches line up. */
export function queryUrl(endpoint: string, query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({
    query: query.replace(/\s+/g, ' ').trim(),
    variables: JSON.stringify(variables),
  });
  return `${endpoint.replace(/\/+$/, '')}/graphql?${params}`;
}

const client = new GraphqlClient();

/** The page's one client. */
export function sharedClient(): GraphqlClient {
  return client;
}
