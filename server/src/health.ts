import type { Database } from '@samverka/db/database';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';

/** For load balancers: 200 when the database answers, 503 when it does not. */
export function registerHealth(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await sql`SELECT 1`.execute(db);
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      app.log.error({ err: error }, 'health check: database did not answer');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
}
