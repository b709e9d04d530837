import { recordAudit } from '@samverka/db/audit-log';
import { grantRole } from '@samverka/db/federation-roles';
import { findInvitationByTokenHash, type Invitation, markInvitationAccepted } from '@samverka/db/invitations';
import type { FederationRole } from '@samverka/db/tables/accounts';
import { findCredentialsByEmail, insertUser, type User } from '@samverka/db/users';
import { FederationRoleEnum, UserRef } from './account.js';
import { checkDisplayName } from './account-input.js';
import { hashPassword, passwordProblem, verifyPassword } from './auth/passwords.js';
import { hashToken, looksLikeToken } from './auth/tokens.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { InvitationProblem, stateOf } from './invitation.js';
import { InputProblem, InvalidCredentials, problemsOf, TooManyAttemptsProblem } from './problems.js';
import { FederationRef } from './refs.js';
import { spendAttempt } from './session-mutations.js';

interface AcceptedInvitation {
  user: User;
  federationId: string;
  role: FederationRole;
  /** Whether accepting made the account. */
  created: boolean;
}

const AcceptedInvitationRef = builder.objectRef<AcceptedInvitation>('AcceptedInvitation').implement({
  description: 'The role is granted. A new account logs in with `login` and the password just chosen.',
  fields: (t) => ({
    user: t.field({ type: UserRef, description: 'Whose role it now is.', resolve: (done) => done.user }),
    federation: t.field({ type: FederationRef, description: 'Where.', resolve: (done) => done.federationId }),
    role: t.field({ type: FederationRoleEnum, description: 'As what.', resolve: (done) => done.role }),
    accountCreated: t.boolean({
      description: 'True when accepting made the account.',
      resolve: (done) => done.created,
    }),
  }),
});

const NOT_PENDING = {
  accepted: 'INVITATION_USED',
  revoked: 'INVITATION_REVOKED',
  expired: 'INVITATION_EXPIRED',
} as const;

/** The invitation behind the token if it can still be accepted; refusals of a known one are audited. */
async function pendingInvitation(ctx: Context, token: string, tokenHash: string): Promise<Invitation> {
  const invitation = looksLikeToken(token) ? await findInvitationByTokenHash(ctx.db, tokenHash) : undefined;
  if (!invitation) throw new InvitationProblem('INVITATION_INVALID');
  const state = stateOf(invitation);
  if (state !== 'pending') {
    await refused(ctx, invitation, NOT_PENDING[state]);
    throw new InvitationProblem(NOT_PENDING[state]);
  }
  return invitation;
}

async function refused(ctx: Context, invitation: Invitation, reason: string): Promise<void> {
  await recordAudit(ctx.db, {
    actorId: ctx.viewer?.user.id ?? null,
    action: 'invitation.refused',
    subjectType: 'invitation',
    subjectId: invitation.id,
    federationId: invitation.federation_id,
    details: { reason },
  });
}

/**
 * The existing account the invitation is for, proven to be the caller's: signed in as it, or its
 * password given (which counts towards the login limit, like a login).
 */
async function provenAccount(ctx: Context, invitation: Invitation, password: string | null | undefined) {
  const account = await findCredentialsByEmail(ctx.db, invitation.email);
  if (!account) return undefined;
  const { password_hash: passwordHash, ...user } = account;
  if (ctx.viewer) {
    if (ctx.viewer.user.id === user.id) return user;
    await refused(ctx, invitation, 'INVITATION_FOR_SOMEONE_ELSE');
    throw new InvitationProblem('INVITATION_FOR_SOMEONE_ELSE');
  }
  if (!password) {
    throw new InputProblem(
      'password',
      'ACCOUNT_EXISTS',
      `${invitation.email} already has an account: log in first, or give its password, to accept.`,
    );
  }
  await spendAttempt(ctx, user.email);
  if (!(await verifyPassword(passwordHash, password)) || user.status !== 'active') throw new InvalidCredentials();
  await ctx.loginLimiter.succeeded(user.email, ctx.clientAddress);
  return user;
}

/** What a new account needs; checked before the invitation is used, so a weak password costs nothing. */
async function newAccount(
  invitation: Invitation,
  name: string | null | undefined,
  password: string | null | undefined,
) {
  const displayName = checkDisplayName('name', name ?? '');
  if (!password) throw new InputProblem('password', 'WEAK_PASSWORD', 'Choose a password for the new account.');
  const problem = passwordProblem(password, invitation.email);
  if (problem) throw new InputProblem('password', 'WEAK_PASSWORD', `Choose a stronger password: ${problem}`);
  return { email: invitation.email, displayName, passwordHash: await hashPassword(password) };
}

async function accept(ctx: Context, args: { token: string; name?: string | null; password?: string | null }) {
  const tokenHash = hashToken(args.token);
  // Guessing tokens is limited like guessing passwords: per token and per client address.
  const attemptKey = `invitation:${tokenHash}`;
  await spendAttempt(ctx, attemptKey);
  const invitation = await pendingInvitation(ctx, args.token, tokenHash);
  await ctx.loginLimiter.succeeded(attemptKey, ctx.clientAddress);
  const existing = await provenAccount(ctx, invitation, args.password);
  const fresh = existing ? undefined : await newAccount(invitation, args.name, args.password);

  return ctx.db.transaction().execute(async (tx): Promise<AcceptedInvitation> => {
    const user = fresh ? await insertUser(tx, fresh) : existing;
    // The address got an account meanwhile, or a second accept won the race: nothing is changed.
    if (!user) throw new InvitationProblem('INVITATION_USED');
    if (!(await markInvitationAccepted(tx, invitation.id, user.id))) throw new InvitationProblem('INVITATION_USED');
    const audit = { actorId: user.id, federationId: invitation.federation_id };
    if (!existing) {
      await recordAudit(tx, { ...audit, action: 'user.created', subjectType: 'user', subjectId: user.id });
    }
    await grantRole(tx, {
      user_id: user.id,
      federation_id: invitation.federation_id,
      role: invitation.role,
      granted_by: invitation.invited_by,
    });
    await recordAudit(tx, {
      ...audit,
      action: 'invitation.accepted',
      subjectType: 'invitation',
      subjectId: invitation.id,
      details: { role: invitation.role, accountCreated: !existing },
    });
    await recordAudit(tx, {
      ...audit,
      action: 'role.granted',
      subjectType: 'user',
      subjectId: user.id,
      details: { role: invitation.role, invitation: invitation.id },
    });
    return { user, federationId: invitation.federation_id, role: invitation.role, created: !existing };
  });
}

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: AcceptedInvitationRef,
    description:
      'Accepts an invitation from its link. For a new address it makes the account (`name` and `password` needed); for an address with an account, that person must be logged in or give its password. Attempts are limited like logins.',
    errors: problemsOf(
      'AcceptInvitation',
      [InvitationProblem, InputProblem, InvalidCredentials, TooManyAttemptsProblem],
      'the granted role',
    ),
    args: {
      token: t.arg.string({ required: true, description: 'The token from the link’s fragment (#token=…).' }),
      name: t.arg.string({ description: 'For a new account: how colleagues see the person named.' }),
      password: t.arg.string({
        description:
          'For a new account: its password (at least 12 characters, not built from the address). For an existing account that is not logged in: its current password.',
      }),
    },
    resolve: (_root, args, ctx) => accept(ctx, args),
  }),
);
