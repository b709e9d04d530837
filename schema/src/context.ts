import type { Database } from '@samverka/db/database';
import type { Kysely } from 'kysely';

/** A fresh context per request: the dataloaders the builder hangs on it live for one request only. */
export interface Context {
  db: Kysely<Database>;
}

export function createContext(db: Kysely<Database>): Context {
  return { db };
}
