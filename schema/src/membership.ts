import type { Membership } from '@samverka/db/memberships';
import { builder } from './builder.js';
import { FederationRef, MunicipalityRef } from './refs.js';

export const MembershipRef = builder.objectRef<Membership>('Membership').implement({
  description: 'A municipality’s membership of a federation; a history is kept, so it may have ended.',
  fields: (t) => ({
    federation: t.field({
      type: FederationRef,
      description: 'The federation joined.',
      resolve: (membership) => membership.federation_id,
    }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The member municipality.',
      resolve: (membership) => membership.municipality_id,
    }),
    joinedOn: t.field({
      type: 'Date',
      description: 'The first day of membership, e.g. 2023-05-15.',
      resolve: (membership) => membership.joined_on,
    }),
    leftOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The first day it is no longer a member (not before `joinedOn`); null while no end is set. May lie in the future.',
      resolve: (membership) => membership.left_on,
    }),
  }),
});
