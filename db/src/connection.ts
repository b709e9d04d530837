import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import type { Database } from './database.js';
import { StatementCounter } from './statement-counter.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent, the embedded PGlite is used. */
  url?: string;
  /** Where PGlite keeps its files; absent means in memory. Ignored with `url`. */
  dataDir?: string;
  /** Pool size for a PostgreSQL server. */
  maxConnections?: number;
  /** Told when an idle pooled connection fails; the pool replaces it either way. */
  onIdleError?: (error: Error) => void;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  statements: StatementCounter;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const NUMERIC_OID = 1700;
const INT8_OID = 20;

// `date` stays a calendar day ("2023-05-01") instead of a Date at local midnight, and
// numeric keeps its precision; both drivers are told the same so queries behave alike.
const keepAsText = (value: string): string => value;

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const statements = new StatementCounter();
  const log = (_event: LogEvent): void => statements.record();

  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      // A stalled database must fail requests (and /health) instead of hanging them.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === DATE_OID || oid === NUMERIC_OID) return keepAsText;
          if (oid === INT8_OID) return Number;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection can die (a restart, a failover); pg then emits on the pool, and an
    // unhandled 'error' event would take the whole process down. The pool replaces the client.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    return { db, kind: 'postgres', statements, close: () => db.destroy() };
  }

  // PGlite creates its own folder but not the ones above it (.data/ on a fresh clone).
  if (options.dataDir) await mkdir(dirname(options.dataDir), { recursive: true });
  const unlock = options.dataDir ? await lockDataDir(options.dataDir) : async () => undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({
      dataDir: options.dataDir,
      parsers: { [DATE_OID]: keepAsText, [NUMERIC_OID]: keepAsText, [INT8_OID]: Number },
    });
  } catch (error) {
    await unlock();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client), log });
  return {
    db,
    kind: 'pglite',
    statements,
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
      await unlock();
    },
  };
}
