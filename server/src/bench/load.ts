import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** One request, sent over and over: a GET of `url` unless a method, headers or body say otherwise. */
export interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** Drives one request with a fixed number of connections for a fixed time. */
export async function drive(target: LoadTarget, seconds: number, connections: number): Promise<LoadResult> {
  // In a worker thread, so the load generator does not take the event loop the server runs on.
  const result = await autocannon({ ...target, connections, duration: seconds, pipelining: 1, workers: 1 });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
