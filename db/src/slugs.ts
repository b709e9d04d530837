import { randomBytes } from 'node:crypto';
import slugify from 'slugify';

/** A readable slug from the title's words; a short random tail makes it unique when the words are taken. */
export function slugFor(title: string, fallback: string, tail: boolean): string {
  const base = slugify(title, { lower: true, strict: true }).slice(0, 80).replace(/-+$/, '') || fallback;
  return tail ? `${base}-${randomBytes(3).toString('hex')}` : base;
}

/**
 * Inserts a row under a slug made from its title. Two rows with one title may race for the slug;
 * `insert` returns undefined when the slug is taken (ON CONFLICT DO NOTHING), and the loser takes a tail.
 */
export async function insertWithFreshSlug(
  title: string,
  fallback: string,
  insert: (slug: string) => Promise<string | undefined>,
): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const id = await insert(slugFor(title, fallback, attempt > 0));
    if (id) return id;
  }
}
