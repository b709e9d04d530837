import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './database.js';
import * as coreTables from './migrations/2026-11-23-001-core-tables.js';
import * as accounts from './migrations/2026-11-23-002-accounts.js';
import * as newsRevisions from './migrations/2026-11-23-003-news-revisions.js';
import * as uploadsInvitations from './migrations/2026-12-01-004-uploads-invitations.js';

// Listed by hand rather than read from disk so the same list works from src/ under Vitest
// and from dist/ in production.
const migrations: Record<string, Migration> = {
  '2026-11-23-001-core-tables': coreTables,
  '2026-11-23-002-accounts': accounts,
  '2026-11-23-003-news-revisions': newsRevisions,
  '2026-12-01-004-uploads-invitations': uploadsInvitations,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string | undefined,
    cause: unknown,
  ) {
    super(
      `Migration ${migrationName ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}

/** Applies every pending migration in one go; returns the names it applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw new MigrationError(results.find((result) => result.status === 'Error')?.migrationName, error);
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
