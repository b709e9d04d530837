/** A failed request: the network, the HTTP status or a GraphQL error; the widget shows a retry button. */
export class RequestFailed extends Error {
  override name = 'RequestFailed';
}

interface CacheEntry {
  /** The same object until the hub answers with something new, so callers can tell by identity. */
  data?: unknown;
  etag?: string;
  /** When the hub last confirmed `data` (Date.now()). */
  checkedAt?: number;
  inFlight?: Promise<unknown>;
}

/**
 * One per page (see `sharedClient`): widgets asking the same question share one answer and one
 * request in flight. Queries go as GET, so the browser and any CDN may cache them; no cookies go
 * with them. A refresh revalidates by ETag, so an unchanged listing costs a bodiless 304.
 */
export class GraphqlClient {
  readonly #entries = new Map<string, CacheEntry>();

  /** The answer, from this page's cache when some widget asked the same before. */
  query<Data>(endpoint: string, query: string, variables: Record<string, unknown>): Promise<Data> {
    const url = queryUrl(endpoint, query, variables);
    const entry = this.#entries.get(url);
    if (entry?.inFlight) return entry.inFlight as Promise<Data>;
    if (entry?.data !== undefined) return Promise.resolve(entry.data as Data);
    return this.#fetch<Data>(url, false);
  }

  /**
   * The answer as the hub has it now: asked again with the ETag held (a 304 keeps the same object),
   * unless another widget had it confirmed less than `maxAgeMs` ago or is asking just now.
   */
  refresh<Data>(endpoint: string, query: string, variables: Record<string, unknown>, maxAgeMs = 0): Promise<Data> {
    const url = queryUrl(endpoint, query, variables);
    const entry = this.#entries.get(url);
    if (entry?.inFlight) return entry.inFlight as Promise<Data>;
    if (entry?.data !== undefined && Date.now() - (entry.checkedAt ?? 0) < maxAgeMs) {
      return Promise.resolve(entry.data as Data);
    }
    return this.#fetch<Data>(url, true);
  }

  #fetch<Data>(url: string, revalidate: boolean): Promise<Data> {
    const entry = this.#entries.get(url) ?? {};
    this.#entries.set(url, entry);
    const request = send(url, revalidate, entry.data === undefined ? undefined : entry.etag)
      .then(({ data, etag }): Data => {
        entry.checkedAt = Date.now();
        if (data !== undefined) {
          entry.data = data;
          entry.etag = etag;
        }
        return entry.data as Data;
      })
      .finally(() => {
        entry.inFlight = undefined;
      });
    entry.inFlight = request;
    return request;
  }
}

interface Answer {
  data?: unknown;
  etag?: string;
}

/**
 * A plain GET: no custom headers, so no CORS preflight. A refresh uses the cache mode `no-cache`:
 * the browser revalidates its stored copy with If-None-Match and, on a 304, hands over that copy.
 * (A hand-set If-None-Match would cost a preflight per refresh: Chromium skips its preflight cache
 * for any request that bypasses the HTTP cache.) The ETag tells whether the answer is the one held.
 */
async function send(url: string, revalidate: boolean, heldEtag: string | undefined): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      mode: 'cors',
      cache: revalidate ? 'no-cache' : 'default',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    throw new RequestFailed('The hub could not be reached', { cause: error });
  }
  const etag = response.headers.get('etag') ?? undefined;
  if (response.ok && etag && etag === heldEtag) return { etag };
  const body = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: Array<{ message: string }> };
  const problem = body.errors?.[0]?.message;
  if (!response.ok || problem || !body.data) {
    throw new RequestFailed(`The hub answered ${response.status}${problem ? `: ${problem}` : ''}`);
  }
  return { data: body.data, etag };
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
