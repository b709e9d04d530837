import { createServer, type Server } from 'node:http';
import type { Database } from '@samverka/db/database';
import { type Kysely, sql } from 'kysely';

/**
 * The yardstick: the same JSON the widget query returns, built by one hand-written SQL query
 * behind plain node:http, with no GraphQL, no framework and no loaders.
 */
export function startBaseline(db: Kysely<Database>): Promise<{ server: Server; port: number }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://baseline');
    const federation = url.searchParams.get('federation') ?? '';
    const first = Math.min(Number(url.searchParams.get('first') ?? 10), 100);
    const result = await sql<{ body: unknown }>`
      SELECT json_build_object('data', json_build_object('news', json_build_object(
        'edges', coalesce(json_agg(json_build_object('node', json_build_object(
          'title', n.title, 'summary', n.summary, 'publishedAt', n.published_at,
          'publisher', json_build_object('name', f.name, 'slug', f.slug),
          'topics', (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name_sv) ORDER BY t.slug), '[]')
                     FROM news_item_topics nt JOIN topics t ON t.id = nt.topic_id WHERE nt.news_item_id = n.id),
          'municipalities', (SELECT coalesce(json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY m.name), '[]')
                     FROM news_item_municipalities nm JOIN municipalities m ON m.id = nm.municipality_id
                     WHERE nm.news_item_id = n.id)
        )) ORDER BY n.published_at DESC, n.id DESC), '[]')
      ))) AS body
      FROM (SELECT * FROM news_items WHERE status = 'published' AND published_at <= now()
              AND federation_id = (SELECT id FROM federations WHERE slug = ${federation})
            ORDER BY published_at DESC, id DESC LIMIT ${first}) n
      JOIN federations f ON f.id = n.federation_id`.execute(db);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(result.rows[0]?.body));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}
