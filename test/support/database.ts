import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, openDatabase } from '@samverka/db/connection';
import { migrateToLatest } from '@samverka/db/migrate';
import { demoData } from '@samverka/db/seed/demo/index';
import { seedDemoData } from '@samverka/db/seed/demo/seed';
import { seedReferenceData } from '@samverka/db/seed/reference';
import pg from 'pg';

export interface TestDatabaseOptions {
  /** Apply migrations (default true). */
  migrate?: boolean;
  reference?: boolean;
  demo?: boolean;
}

/**
 * A throwaway database: PGlite in memory by default, or a fresh database on the PostgreSQL
 * server in DATABASE_URL (created here, dropped on close), so test files never share state.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  const { migrate = true, reference = migrate, demo = false } = options;
  const serverUrl = process.env.DATABASE_URL;
  const handle = serverUrl ? await openFreshServerDatabase(serverUrl) : await openDatabase();
  if (migrate) await migrateToLatest(handle.db);
  if (reference) await seedReferenceData(handle.db);
  if (demo) await seedDemoData(handle.db, demoData);
  return handle;
}

async function openFreshServerDatabase(serverUrl: string): Promise<DatabaseHandle> {
  const name = `samverka_test_${randomBytes(6).toString('hex')}`;
  await administer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), maxConnections: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await administer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function administer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
