import { type DatabaseHandle, openDatabase } from '@samverka/db/connection';
import { migrateToLatest } from '@samverka/db/migrate';
import { demoData } from '@samverka/db/seed/demo/index';
import { seedDemoData } from '@samverka/db/seed/demo/seed';
import { seedReferenceData } from '@samverka/db/seed/reference';
import { openThrowawayDatabase } from '@samverka/db/throwaway';

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
  const handle = serverUrl ? await openThrowawayDatabase(serverUrl, 'samverka_test') : await openDatabase();
  if (migrate) await migrateToLatest(handle.db);
  if (reference) await seedReferenceData(handle.db);
  if (demo) await seedDemoData(handle.db, demoData);
  return handle;
}
