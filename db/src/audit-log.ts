import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { federationIdsWithSlugs } from './filters.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';

export interface AuditEntry {
  id: string;
  at: Date;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  federation_id: string | null;
  details: Record<string, unknown>;
}

export interface NewAuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  federationId: string | null;
  details?: Record<string, unknown>;
}

/** Written in the same transaction as the change it records, so neither exists without the other. */
export async function recordAudit(db: Kysely<Database>, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      federation_id: entry.federationId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface AuditFilter {
  /** Federation slug. */
  federation?: string | null;
  actorId?: string | null;
  action?: string | null;
}

const newest: KeysetSort<AuditEntry> = {
  name: 'audit:newest',
  direction: 'desc',
  keys: [
    { column: 'at', type: 'timestamptz', valueOf: (row) => row.at.toISOString() },
    { column: 'id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: PageRequest,
): Promise<CountedPage<AuditEntry>> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_id', 'action', 'subject_type', 'subject_id', 'federation_id', 'details']);
  if (filter.federation) query = query.where('federation_id', 'in', federationIdsWithSlugs(db, [filter.federation]));
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.action) query = query.where('action', '=', filter.action);
  return countedKeysetPage(query, newest, page);
}
