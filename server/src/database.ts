import { type DatabaseHandle, type DatabaseOptions, openDatabase } from '@samverka/db/connection';
import { migrateToLatest } from '@samverka/db/migrate';
import { demoData } from '@samverka/db/seed/demo/index';
import { seedDemoData } from '@samverka/db/seed/demo/seed';
import { seedReferenceData } from '@samverka/db/seed/reference';

export interface PrepareOptions extends DatabaseOptions {
  seedDemo: boolean;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/** Opens the database and brings it up to date: migrations, reference data and, if asked, demo data. */
export async function prepareDatabase(options: PrepareOptions): Promise<DatabaseHandle> {
  const handle = await openDatabase(options);
  try {
    const applied = await migrateToLatest(handle.db);
    options.log?.('migrations applied', { applied, database: handle.kind });
    const municipalities = await seedReferenceData(handle.db);
    options.log?.('reference data loaded', { municipalities });
    if (options.seedDemo) {
      await seedDemoData(handle.db, demoData);
      options.log?.('demo data loaded');
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
