import { recordAudit } from '@samverka/db/audit-log';
import { findInvitation, type Invitation, insertInvitation, revokeInvitations } from '@samverka/db/invitations';
import { FederationRoleEnum } from './account.js';
import { checkEmail } from './account-input.js';
import { issueToken } from './auth/tokens.js';
import { builder } from './builder.js';
import { actorId, adminsOf, federationBySlug } from './federation-admin.js';
import { InvitationRef, invitationAdmins } from './invitation.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

const DEFAULT_DAYS = 7;
const MAX_DAYS = 30;

interface NewInvitation {
  link: string;
  invitation: Invitation;
}

const NewInvitationRef = builder.objectRef<NewInvitation>('NewInvitation').implement({
  description: 'An invitation just made. Copy the link to the person; it is shown only now.',
  fields: (t) => ({
    link: t.exposeString('link', {
      description:
        'Opens the newsroom’s invitation page. The token is in the fragment (#token=…), so it never reaches a server log.',
    }),
    invitation: t.field({
      type: InvitationRef,
      description: 'The invitation as it is listed from now on.',
      resolve: (made) => made.invitation,
    }),
  }),
});

builder.mutationFields((t) => ({
  inviteToFederation: t.field({
    type: NewInvitationRef,
    description: `Invites a person by e-mail address to a role in a federation: returns a one-time link, valid ${DEFAULT_DAYS} days unless told otherwise. A new invitation replaces a pending one to the same address. For the federation’s admins and platform admins.`,
    errors: problemsOf('InviteToFederation', [InputProblem, NotFoundProblem], 'the invitation and its link'),
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      email: t.arg.string({ required: true, description: 'The invited person’s e-mail address.' }),
      role: t.arg({ type: FederationRoleEnum, required: true, description: 'The role accepting gives.' }),
      expiresInDays: t.arg.int({
        defaultValue: DEFAULT_DAYS,
        description: `1 to ${MAX_DAYS} days; ${DEFAULT_DAYS} if left out.`,
      }),
    },
    authScopes: (_root, args, ctx) => adminsOf(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const email = checkEmail('email', args.email);
      const days = args.expiresInDays ?? DEFAULT_DAYS;
      if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
        throw new InputProblem('expiresInDays', 'OUT_OF_RANGE', `Choose 1 to ${MAX_DAYS} days.`);
      }
      const issued = issueToken();
      const invitation = await ctx.db.transaction().execute(async (tx) => {
        const replaced = await revokeInvitations(tx, { federationId: federation.id, email }, actorId(ctx));
        const made = await insertInvitation(tx, {
          federationId: federation.id,
          email,
          role: args.role,
          tokenHash: issued.hash,
          invitedBy: actorId(ctx),
          expiresAt: new Date(Date.now() + days * 86_400_000),
        });
        await recordAudit(tx, {
          actorId: actorId(ctx),
          action: 'invitation.created',
          subjectType: 'invitation',
          subjectId: made.id,
          federationId: federation.id,
          details: { email, role: args.role, days, replaced },
        });
        return made;
      });
      return { link: `${ctx.publicUrl}/newsroom/invitation#token=${issued.token}`, invitation };
    },
  }),
  revokeInvitation: t.field({
    type: InvitationRef,
    description: 'Withdraws a pending invitation: its link stops working at once. For the federation’s admins.',
    errors: problemsOf('RevokeInvitation', [NotFoundProblem], 'the withdrawn invitation'),
    args: { id: t.arg.globalID({ required: true, description: 'The Invitation id.' }) },
    authScopes: (_root, args, ctx) => invitationAdmins(ctx, args.id),
    resolve: async (_root, { id }, ctx) => {
      const revoked =
        id.typename === 'Invitation' &&
        (await ctx.db.transaction().execute(async (tx) => {
          const [done] = await revokeInvitations(tx, { id: id.id }, actorId(ctx));
          if (!done) return false;
          const invitation = await findInvitation(tx, done);
          await recordAudit(tx, {
            actorId: actorId(ctx),
            action: 'invitation.revoked',
            subjectType: 'invitation',
            subjectId: done,
            federationId: invitation?.federation_id ?? null,
          });
          return invitation;
        }));
      if (!revoked) throw new NotFoundProblem('invitation', 'There is no pending invitation with this id.');
      return revoked;
    },
  }),
}));
