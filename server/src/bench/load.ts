import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Drives one URL with a fixed number of connections for a fixed time. */
export async function drive(url: string, seconds: number, connections: number): Promise<LoadResult> {
  // In a worker thread, so the load generator does not take the event loop the server runs on.
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, workers: 1 });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
