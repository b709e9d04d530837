import { revokeOtherTokens } from '@samverka/db/access-tokens';
import { recordAudit } from '@samverka/db/audit-log';
import { grantRole, revokeRole } from '@samverka/db/federation-roles';
import { findCredentialsByEmail, insertUser, normaliseEmail, setUserStatus, type User } from '@samverka/db/users';
import { FederationRoleEnum, UserRef } from './account.js';
import { checkDisplayName, checkEmail } from './account-input.js';
import { hashPassword, passwordProblem } from './auth/passwords.js';
import { builder } from './builder.js';
import { actorId, adminsOf, federationBySlug } from './federation-admin.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

builder.mutationFields((t) => ({
  setFederationRole: t.field({
    type: UserRef,
    description:
      'Gives a person a role in a federation, replaces it, or (with `role: null`) takes it away. For the federation’s admins and platform admins.',
    errors: problemsOf('SetFederationRole', [NotFoundProblem], 'the person'),
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      email: t.arg.string({ required: true, description: 'The person’s login address.' }),
      role: t.arg({ type: FederationRoleEnum, required: false, description: 'The new role; null removes it.' }),
    },
    authScopes: (_root, args, ctx) => adminsOf(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const account = await findCredentialsByEmail(ctx.db, args.email);
      if (!account) {
        throw new NotFoundProblem(
          'user',
          `No account uses ${normaliseEmail(args.email).slice(0, 254)}; create it first.`,
        );
      }
      const { password_hash: _hash, ...user } = account;
      await ctx.db.transaction().execute(async (tx) => {
        if (args.role) {
          await grantRole(tx, {
            user_id: user.id,
            federation_id: federation.id,
            role: args.role,
            granted_by: actorId(ctx),
          });
        } else if (!(await revokeRole(tx, user.id, federation.id))) {
          return; // Had no role there: nothing changed, nothing to record.
        }
        await recordAudit(tx, {
          actorId: actorId(ctx),
          action: args.role ? 'role.granted' : 'role.revoked',
          subjectType: 'user',
          subjectId: user.id,
          federationId: federation.id,
          details: { role: args.role ?? null },
        });
      });
      return user;
    },
  }),
  createUser: t.field({
    type: UserRef,
    description: 'Creates an account with a first password the person should change. For platform admins.',
    authScopes: { platformAdmin: true },
    errors: problemsOf('CreateUser', [InputProblem], 'the new account'),
    args: {
      email: t.arg.string({ required: true, description: 'The login address.' }),
      displayName: t.arg.string({ required: true, description: 'How colleagues see the person named.' }),
      password: t.arg.string({ required: true, description: 'A first password: at least 12 characters.' }),
      platformAdmin: t.arg.boolean({ defaultValue: false, description: 'Make the person a platform admin too.' }),
    },
    resolve: async (_root, args, ctx): Promise<User> => {
      const email = checkEmail('email', args.email);
      const displayName = checkDisplayName('displayName', args.displayName);
      const problem = passwordProblem(args.password, email);
      if (problem) throw new InputProblem('password', 'WEAK_PASSWORD', `Choose a stronger password: ${problem}`);
      const passwordHash = await hashPassword(args.password);
      const user = await ctx.db.transaction().execute(async (tx) => {
        const created = await insertUser(tx, {
          email,
          displayName,
          passwordHash,
          isPlatformAdmin: args.platformAdmin ?? false,
        });
        if (created) {
          await recordAudit(tx, {
            actorId: actorId(ctx),
            action: 'user.created',
            subjectType: 'user',
            subjectId: created.id,
            federationId: null,
            details: { platformAdmin: created.is_platform_admin },
          });
        }
        return created;
      });
      if (!user) throw new InputProblem('email', 'EMAIL_TAKEN', `${email} already has an account.`);
      return user;
    },
  }),
  setUserStatus: t.field({
    type: UserRef,
    description:
      'Disables an account at once (ending every session and token) or enables it again. For platform admins.',
    authScopes: { platformAdmin: true },
    errors: problemsOf('SetUserStatus', [NotFoundProblem, InputProblem], 'the account'),
    args: {
      email: t.arg.string({ required: true, description: 'The account’s login address.' }),
      disabled: t.arg.boolean({ required: true, description: 'True to disable, false to enable.' }),
    },
    resolve: async (_root, args, ctx) => {
      const account = await findCredentialsByEmail(ctx.db, args.email);
      if (!account) throw new NotFoundProblem('user', `No account uses ${normaliseEmail(args.email).slice(0, 254)}.`);
      if (account.id === ctx.viewer?.user.id && args.disabled) {
        throw new InputProblem('email', 'CANNOT_DISABLE_SELF', 'You cannot disable your own account.');
      }
      return ctx.db.transaction().execute(async (tx) => {
        const user = await setUserStatus(tx, account.id, args.disabled ? 'disabled' : 'active');
        if (args.disabled) await revokeOtherTokens(tx, account.id);
        await recordAudit(tx, {
          actorId: actorId(ctx),
          action: args.disabled ? 'user.disabled' : 'user.enabled',
          subjectType: 'user',
          subjectId: account.id,
          federationId: null,
        });
        return user;
      });
    },
  }),
}));
