import { type AuditEntry, listAudit } from '@samverka/db/audit-log';
import { findUsersByIds } from '@samverka/db/users';
import { UserRef } from './account.js';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { checkSlug } from './inputs.js';
import { resolveConnection } from './pagination.js';
import { FederationRef } from './refs.js';

const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry').implement({
  description: 'Who did what, and when.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When.', resolve: (entry) => entry.at }),
    action: t.exposeString('action', { description: 'What happened, e.g. "role.granted" or "news.published".' }),
    actor: t.loadable({
      type: UserRef,
      nullable: true,
      description: 'Who did it; null for the command line and the server itself.',
      load: (ids: string[], ctx) => findUsersByIds(ctx.db, ids),
      sort: (user) => user.id,
      resolve: (entry) => entry.actor_id,
    }),
    subjectType: t.exposeString('subject_type', { description: 'The kind of thing changed, e.g. "user".' }),
    subjectId: t.exposeString('subject_id', { nullable: true, description: 'Its database id.' }),
    federation: t.field({
      type: FederationRef,
      nullable: true,
      description: 'The federation it concerns; null for the whole hub.',
      resolve: (entry) => entry.federation_id,
    }),
    details: t.field({
      type: 'JSONObject',
      description: 'What changed, as the action records it.',
      resolve: (entry) => entry.details,
    }),
  }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  description: 'Which audit entries to list.',
  fields: (t) => ({
    federation: t.string({ description: 'Only what happened in this federation (slug).' }),
    action: t.string({ description: 'Only this action, e.g. "user.login".' }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.connection(
    {
      type: AuditEntryRef,
      description: 'Everything that changed, newest first. For platform admins.',
      authScopes: { platformAdmin: true },
      args: { filter: t.arg({ type: AuditFilter, description: 'Narrows the log; leave out for everything.' }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) => {
        const federation = checkSlug('filter.federation', filter?.federation);
        return resolveConnection(args, (page) => listAudit(ctx.db, { federation, action: filter?.action }, page));
      },
    },
    { name: 'AuditEntryConnection', description: 'A page of the audit log.' },
    { name: 'AuditEntryEdge', description: 'An audit entry and its cursor.' },
  ),
);
