import { findInvitation, type Invitation, listPendingInvitations } from '@samverka/db/invitations';
import { findUsersByIds } from '@samverka/db/users';
import { FederationRoleEnum, UserRef } from './account.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { adminsOf } from './federation-admin.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { encodeGlobalId } from './global-id.js';
import { Problem, ProblemInterface } from './problems.js';
import { FederationRef } from './refs.js';

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export function stateOf(invitation: Invitation, now = new Date()): InvitationState {
  if (invitation.accepted_at) return 'accepted';
  if (invitation.revoked_at) return 'revoked';
  return invitation.expires_at <= now ? 'expired' : 'pending';
}

const REASONS = {
  INVITATION_INVALID: 'This invitation link is not valid. Check that it was copied whole, or ask for a new one.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask the federation’s admin for a new one.',
  INVITATION_REVOKED: 'This invitation was withdrawn. Ask the federation’s admin if you should have a new one.',
  INVITATION_USED: 'This invitation has been used already. Log in with the account it made.',
  INVITATION_FOR_SOMEONE_ELSE:
    'This invitation is for another e-mail address. Log out, or log in as the invited person.',
} as const;

/** An invitation that cannot be accepted, and why. */
export class InvitationProblem extends Problem {
  constructor(code: keyof typeof REASONS) {
    super(code, REASONS[code]);
  }
}

builder.objectType(InvitationProblem, {
  name: 'InvitationNotUsable',
  description:
    'The invitation cannot be accepted: its link is not valid (INVITATION_INVALID), it expired (INVITATION_EXPIRED), was withdrawn (INVITATION_REVOKED), was used (INVITATION_USED), or is for someone else than who is logged in (INVITATION_FOR_SOMEONE_ELSE).',
  interfaces: [ProblemInterface],
  isTypeOf: (value) => value instanceof InvitationProblem,
  fields: () => ({}),
});

const InvitationStateEnum = builder.enumType('InvitationState', {
  description: 'Where an invitation stands.',
  values: {
    PENDING: { value: 'pending', description: 'Can be accepted until it expires.' },
    ACCEPTED: { value: 'accepted', description: 'Used: the person has the role.' },
    REVOKED: { value: 'revoked', description: 'Withdrawn by an admin.' },
    EXPIRED: { value: 'expired', description: 'Not accepted in time.' },
  } as const,
});

export const InvitationRef = builder.objectRef<Invitation>('Invitation').implement({
  description: 'An invitation to take a role in a federation, sent as a link. The link’s token is shown only once.',
  fields: (t) => ({
    id: t.id({ description: 'Pass it to revokeInvitation.', resolve: (it) => encodeGlobalId('Invitation', it.id) }),
    email: t.exposeString('email', { description: 'Who is invited (lower-case).' }),
    role: t.field({ type: FederationRoleEnum, description: 'The role accepting gives.', resolve: (it) => it.role }),
    federation: t.field({ type: FederationRef, description: 'Where.', resolve: (it) => it.federation_id }),
    invitedBy: t.loadable({
      type: UserRef,
      nullable: true,
      description: 'Who sent it; null for the command line.',
      load: (ids: string[], ctx) => findUsersByIds(ctx.db, ids),
      sort: (user) => user.id,
      resolve: (it) => it.invited_by,
    }),
    state: t.field({ type: InvitationStateEnum, description: 'Where it stands now.', resolve: (it) => stateOf(it) }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was sent.', resolve: (it) => it.created_at }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'When the link stops working.',
      resolve: (it) => it.expires_at,
    }),
  }),
});

/** Scopes for managing an invitation: the admins of its federation, and platform admins. */
export async function invitationAdmins(ctx: Context, id: { typename: string; id: string }) {
  const invitation = id.typename === 'Invitation' ? await findInvitation(ctx.db, id.id) : undefined;
  // An unknown invitation is reported by the resolver; only platform admins get that far.
  return invitation
    ? { federationRole: { federationId: invitation.federation_id, roles: ['admin' as const] } }
    : { platformAdmin: true };
}

builder.queryField('pendingInvitations', (t) =>
  t.field({
    type: [InvitationRef],
    description: 'Invitations of a federation that can still be accepted, newest first. For its admins.',
    args: { federation: t.arg.string({ required: true, description: 'The federation’s slug.' }) },
    authScopes: (_root, args, ctx) => adminsOf(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await loadFederationBySlug(ctx, args.federation);
      return federation ? listPendingInvitations(ctx.db, federation.id) : [];
    },
  }),
);
