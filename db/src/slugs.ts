import { randomBytes } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import slugify from 'slugify';
import type { Database } from './database.js';

/** A readable slug from the title's words; a short random tail makes it unique when the words are taken. */
export function slugFor(title: string, fallback: string, tail: boolean): string {
  const base = slugify(title, { lower: true, strict: true }).slice(0, 80).replace(/-+$/, '') || fallback;
  return tail ? `${base}-${randomBytes(3).toString('hex')}` : base;
}

/**
 * Inserts a row under a slug made from its title. Two rows with one title may race for the slug;
 * `insert` returns undefined when the slug is taken (ON CONFLICT DO NOTHING), and the loser takes a tail.
 */
async function insertWithFreshSlug(
  title: string,
  fallback: string,
  insert: (slug: string) => Promise<string | undefined>,
): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const id = await insert(slugFor(title, fallback, attempt > 0));
    if (id) return id;
  }
}

/** The tables whose rows are addressed by a unique slug made from their title. */
type SluggedTable = 'courses' | 'events' | 'news_items';

/** Inserts one row of `table` under a fresh slug from `title` (see insertWithFreshSlug); returns its id. */
export function insertSluggedRow<Table extends SluggedTable>(
  tx: Transaction<Database>,
  table: Table,
  title: string,
  fallback: string,
  values: Omit<Insertable<Database[Table]>, 'slug'>,
): Promise<string> {
  return insertWithFreshSlug(title, fallback, async (slug) => {
    // Kysely cannot relate a generic table to its row type; the signature above keeps callers exact.
    const inserted = await tx
      .insertInto(table as SluggedTable)
      .values({ ...values, slug } as Insertable<Database[SluggedTable]>)
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted?.id;
  });
}
