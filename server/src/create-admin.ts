import { recordAudit } from '@samverka/db/audit-log';
import type { Database } from '@samverka/db/database';
import { findCredentialsByEmail, insertUser, setPlatformAdmin } from '@samverka/db/users';
import { hashPassword, passwordProblem } from '@samverka/schema/auth/passwords';
import type { Kysely } from 'kysely';

export class CreateAdminError extends Error {}

/**
 * Makes a platform admin: a new account, or an existing one promoted (its password unchanged).
 * The first admin of a fresh hub is made this way; after that, admins can do it in the API.
 */
export async function createPlatformAdmin(
  db: Kysely<Database>,
  input: { email: string; password: string; displayName: string },
): Promise<'created' | 'promoted'> {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim())) {
    throw new CreateAdminError(`"${input.email}" is not an e-mail address.`);
  }
  const existing = await findCredentialsByEmail(db, input.email);
  if (existing) {
    await db.transaction().execute(async (tx) => {
      await setPlatformAdmin(tx, existing.id, true);
      await recordAudit(tx, {
        actorId: null,
        action: 'user.platform_admin_granted',
        subjectType: 'user',
        subjectId: existing.id,
        federationId: null,
        details: { via: 'cli' },
      });
    });
    return 'promoted';
  }
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw new CreateAdminError(`The password is too weak: ${problem}`);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (tx) => {
    const user = await insertUser(tx, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      isPlatformAdmin: true,
    });
    if (!user) throw new CreateAdminError(`${input.email} was created by someone else at the same moment; run again.`);
    await recordAudit(tx, {
      actorId: null,
      action: 'user.created',
      subjectType: 'user',
      subjectId: user.id,
      federationId: null,
      details: { via: 'cli', platformAdmin: true },
    });
  });
  return 'created';
}
