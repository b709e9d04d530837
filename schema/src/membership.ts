import type { Membership } from '@samverka/db/memberships';
import { builder } from './builder.js';
import { FederationRef, MunicipalityRef } from './refs.js';

export const MembershipRef = builder.objectRef<Membership>('Membership').implement({
  description: 'A municipality’s membership of a federation; a history is kept, so it may have ended.',
  fields: (t) => ({
    federation: t.field({ type: FederationRef, resolve: (membership) => membership.federation_id }),
    municipality: t.field({ type: MunicipalityRef, resolve: (membership) => membership.municipality_id }),
    joinedOn: t.field({ type: 'Date', resolve: (membership) => membership.joined_on }),
    leftOn: t.field({ type: 'Date', nullable: true, resolve: (membership) => membership.left_on }),
  }),
});
