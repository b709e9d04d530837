import { createServer, type Server } from 'node:http';
import type { Database } from '@samverka/db/database';
import { type Kysely, sql } from 'kysely';

interface BaselineRow {
  title: string;
  summary: string;
  published_at: Date;
  publisher_name: string;
  publisher_slug: string;
  topics: Array<{ slug: string; name: string }>;
  municipalities: Array<{ code: string; name: string }>;
}

/**
 * The yardstick: the widget query's JSON built by hand, from one hand-written SQL query behind
 * plain node:http: no GraphQL, no framework, no loaders, no query builder.
 */
export function startBaseline(db: Kysely<Database>): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    respond(db, request.url ?? '/').then(
      (body) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(body);
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

async function respond(db: Kysely<Database>, path: string): Promise<string> {
  const url = new URL(path, 'http://baseline');
  const federation = url.searchParams.get('federation') ?? '';
  const first = Math.min(Number(url.searchParams.get('first')) || 10, 100);
  const { rows } = await sql<BaselineRow>`
      SELECT n.title, n.summary, n.published_at, f.name AS publisher_name, f.slug AS publisher_slug,
        (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name_sv) ORDER BY t.slug), '[]')
           FROM news_item_topics nt JOIN topics t ON t.id = nt.topic_id WHERE nt.news_item_id = n.id) AS topics,
        (SELECT coalesce(json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY m.name), '[]')
           FROM news_item_municipalities nm JOIN municipalities m ON m.id = nm.municipality_id
           WHERE nm.news_item_id = n.id) AS municipalities
      FROM news_items n JOIN federations f ON f.id = n.federation_id
      WHERE f.slug = ${federation} AND n.status = 'published' AND n.published_at <= now()
      ORDER BY n.published_at DESC, n.id DESC
      LIMIT ${first}`.execute(db);
  const edges = rows.map((row) => ({
    node: {
      title: row.title,
      summary: row.summary,
      publishedAt: row.published_at.toISOString(),
      publisher: { name: row.publisher_name, slug: row.publisher_slug },
      topics: row.topics,
      municipalities: row.municipalities,
    },
  }));
  return JSON.stringify({ data: { news: { edges } } });
}
