import type { ColumnType, Generated } from 'kysely';

export type Country = 'SE' | 'NO';

/** `created_at`/`updated_at`: set by the database, never by an insert. */
export interface Timestamps {
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A column PostgreSQL fills itself (a `GENERATED ALWAYS` column): read-only. */
export type ReadOnly<T> = ColumnType<T, never, never>;

/** `date` columns: node-postgres and PGlite both return them as `YYYY-MM-DD` strings (see connection.ts). */
export type DateColumn = ColumnType<string, string, string>;

/** jsonb columns: written as JSON text, read back as values. */
export type Json<T> = ColumnType<T, string, string>;

/** numeric columns come back as strings so no precision is lost. */
export type Numeric = ColumnType<string, string | number, string | number>;

/** BCP 47 tags of the languages content may be written in. */
export type Language = 'sv' | 'nb' | 'nn' | 'en' | 'se';
