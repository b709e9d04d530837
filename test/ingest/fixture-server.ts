import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a path answers: a document (with validators, so conditional GETs work) or a handler of its own. */
export type Fixture =
  | { body: string; type?: string; etag?: string; lastModified?: string }
  | ((response: ServerResponse) => void);

export interface FixtureServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  set(path: string, fixture: Fixture): void;
  /** Requests per path, with their headers, in order. */
  requests(path: string): IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** The sources' websites for the tests: node:http on 127.0.0.1, on a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = new Map<string, Fixture>();
  const seen = new Map<string, IncomingHttpHeaders[]>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    seen.set(path, [...(seen.get(path) ?? []), request.headers]);
    const fixture = fixtures.get(path);
    if (!fixture) {
      response.writeHead(404).end('not here');
      return;
    }
    if (typeof fixture === 'function') {
      fixture(response);
      return;
    }
    const fresh =
      (fixture.etag && request.headers['if-none-match'] === fixture.etag) ||
      (fixture.lastModified && request.headers['if-modified-since'] === fixture.lastModified);
    const validators = {
      ...(fixture.etag && { etag: fixture.etag }),
      ...(fixture.lastModified && { 'last-modified': fixture.lastModified }),
    };
    if (fresh) {
      response.writeHead(304, validators).end();
      return;
    }
    response.writeHead(200, { 'content-type': fixture.type ?? 'application/rss+xml; charset=utf-8', ...validators });
    response.end(fixture.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, fixture) => fixtures.set(path, fixture),
    requests: (path) => seen.get(path) ?? [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
