import type { Revision, Stored } from '@samverka/db/revisions';
import { findUsersByIds } from '@samverka/db/users';
import { UserRef } from './account.js';
import { builder } from './builder.js';

/** The GraphQL type of one saved state of a course, event or contact: who, when, why and what. */
export function revisionType<Snapshot extends Record<string, unknown>>(
  name: string,
  noun: string,
  changes: string,
  headline: (snapshot: Stored<Snapshot>) => string,
) {
  return builder.objectRef<Revision<Snapshot>>(name).implement({
    description: `One saved state of a ${noun}: who saved it, when, and what it held.`,
    fields: (t) => ({
      revision: t.exposeInt('revision', { description: 'Counts up from 1 with every save.' }),
      change: t.exposeString('change', { description: `Why it was saved: ${changes}.` }),
      createdAt: t.field({ type: 'DateTime', description: 'When.', resolve: (revision) => revision.created_at }),
      author: t.loadable({
        type: UserRef,
        nullable: true,
        description: 'Who; null when the server did it (an import, or history from before revisions were kept).',
        load: (ids: string[], ctx) => findUsersByIds(ctx.db, ids),
        sort: (user) => user.id,
        resolve: (revision) => revision.author_id,
      }),
      status: t.exposeString('status', { description: 'The status then, in lower case, e.g. "draft".' }),
      headline: t.string({
        description: `The ${noun}’s title (a contact’s name) then.`,
        resolve: (revision) => headline(revision.snapshot),
      }),
      snapshot: t.field({
        type: 'JSONObject',
        description: 'Everything it held then, as stored (snake_case keys), to compare or restore from.',
        resolve: (revision) => revision.snapshot,
      }),
    }),
  });
}
