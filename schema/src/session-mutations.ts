import { insertAccessToken, revokeAccessToken, revokeOtherTokens } from '@samverka/db/access-tokens';
import { recordAudit } from '@samverka/db/audit-log';
import {
  findCredentialsByEmail,
  findCredentialsById,
  normaliseEmail,
  type User,
  updatePasswordHash,
} from '@samverka/db/users';
import { UserRef } from './account.js';
import { TooManyAttempts } from './auth/login-limiter.js';
import { hashPassword, passwordProblem, verifyPassword } from './auth/passwords.js';
import { issueToken } from './auth/tokens.js';
import { requireViewer } from './auth/viewer.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { InputProblem, InvalidCredentials, problemsOf, TooManyAttemptsProblem } from './problems.js';

const SESSION_HOURS = 12;
const MAX_EMAIL_LENGTH = 254;

interface LoginSession {
  token: string;
  expiresAt: Date;
  user: User;
}

const LoginSessionRef = builder.objectRef<LoginSession>('LoginSession').implement({
  description: 'A new session. Send the token as `Authorization: Bearer <token>` until it expires.',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The secret; it is shown only now.' }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'When the token stops working; log in again after.',
      resolve: (session) => session.expiresAt,
    }),
    user: t.field({ type: UserRef, description: 'Who is logged in.', resolve: (session) => session.user }),
  }),
});

/** Password checks of an account, wherever they happen, draw on the same limited attempts. */
export async function spendAttempt(ctx: Context, email: string): Promise<void> {
  try {
    await ctx.loginLimiter.attempt(email, ctx.clientAddress);
  } catch (error) {
    if (error instanceof TooManyAttempts) throw new TooManyAttemptsProblem(error.retryAfterSeconds);
    throw error;
  }
}

async function logIn(ctx: Context, email: string, password: string): Promise<LoginSession> {
  const address = normaliseEmail(email);
  if (address.length === 0 || address.length > MAX_EMAIL_LENGTH || !address.includes('@')) {
    throw new InputProblem('email', 'INVALID_EMAIL', 'Enter the e-mail address your account was made with.');
  }
  await spendAttempt(ctx, address);
  const account = await findCredentialsByEmail(ctx.db, address);
  const passwordMatches = await verifyPassword(account?.password_hash, password);
  if (!account || !passwordMatches || account.status !== 'active') throw new InvalidCredentials();
  await ctx.loginLimiter.succeeded(address, ctx.clientAddress);

  const { password_hash: _hash, ...user } = account;
  const issued = issueToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await ctx.db.transaction().execute(async (tx) => {
    await insertAccessToken(tx, {
      userId: user.id,
      kind: 'session',
      name: null,
      tokenHash: issued.hash,
      tokenHint: issued.hint,
      expiresAt,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'user.login',
      subjectType: 'user',
      subjectId: user.id,
      federationId: null,
    });
  });
  return { token: issued.token, expiresAt, user };
}

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginSessionRef,
    description: `Starts a session of ${SESSION_HOURS} hours. Failed attempts are limited per account and per address.`,
    errors: problemsOf('Login', [InvalidCredentials, TooManyAttemptsProblem, InputProblem], 'the new session'),
    args: {
      email: t.arg.string({
        required: true,
        description: 'The login address; case and surrounding spaces do not matter.',
      }),
      password: t.arg.string({ required: true, description: 'The account’s password.' }),
    },
    resolve: (_root, { email, password }, ctx) => logIn(ctx, email, password),
  }),
  logout: t.boolean({
    description: 'Ends the session whose token came with the request.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx);
      return ctx.db.transaction().execute(async (tx) => {
        const ended = await revokeAccessToken(tx, viewer.user.id, viewer.tokenId);
        await recordAudit(tx, {
          actorId: viewer.user.id,
          action: 'user.logout',
          subjectType: 'user',
          subjectId: viewer.user.id,
          federationId: null,
        });
        return ended;
      });
    },
  }),
  changePassword: t.field({
    type: UserRef,
    description:
      'Sets a new password and ends every other session and personal token of the account. Wrong current passwords count towards the login limit.',
    authScopes: { signedIn: true },
    errors: problemsOf('ChangePassword', [InvalidCredentials, TooManyAttemptsProblem, InputProblem], 'the account'),
    args: {
      currentPassword: t.arg.string({ required: true, description: 'The password in use now.' }),
      newPassword: t.arg.string({
        required: true,
        description: 'At least 12 characters, not built from the e-mail address.',
      }),
    },
    resolve: async (_root, { currentPassword, newPassword }, ctx) => {
      const viewer = requireViewer(ctx);
      await spendAttempt(ctx, viewer.user.email);
      const account = await findCredentialsById(ctx.db, viewer.user.id);
      if (!account || !(await verifyPassword(account.password_hash, currentPassword))) throw new InvalidCredentials();
      await ctx.loginLimiter.succeeded(account.email, ctx.clientAddress);
      const problem = passwordProblem(newPassword, account.email);
      if (problem) throw new InputProblem('newPassword', 'WEAK_PASSWORD', `Choose a stronger password: ${problem}`);
      const passwordHash = await hashPassword(newPassword);
      await ctx.db.transaction().execute(async (tx) => {
        await updatePasswordHash(tx, viewer.user.id, passwordHash);
        await revokeOtherTokens(tx, viewer.user.id, viewer.tokenId);
        await recordAudit(tx, {
          actorId: viewer.user.id,
          action: 'user.password_changed',
          subjectType: 'user',
          subjectId: viewer.user.id,
          federationId: null,
        });
      });
      return viewer.user;
    },
  }),
}));
