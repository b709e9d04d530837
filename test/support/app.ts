import type { DatabaseHandle } from '@samverka/db/connection';
import { type AppOptions, buildApp } from '@samverka/server/app';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { createTestDatabase, type TestDatabaseOptions } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** The real HTTP app on a throwaway database; requests go through `app.inject`, no port needed. */
export async function startTestApp(
  options: TestDatabaseOptions = { demo: true },
  appOptions: Pick<AppOptions, 'publicUrl' | 'uploads'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(options);
  const app = await buildApp({ db: database.db, logger: pino({ level: 'silent' }), ...appOptions });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
