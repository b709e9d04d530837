import { listEditableContacts } from '@samverka/db/contact-editing';
import { findMunicipalitiesByCode } from '@samverka/db/municipalities';
import { builder } from './builder.js';
import { contactKind, EditableContactRef } from './contact-editing.js';
import { listLimit, readersInFederation, WRITERS } from './content-changes.js';
import { itemOf, rolesOn } from './content-save.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { parseMunicipalityCode } from './inputs.js';

// The contacts as those who keep them see them, archived ones too: a federation's for its people,
// a municipality's for platform admins (no federation role reaches a municipality's staff data).

builder.queryFields((t) => ({
  editableContact: t.field({
    type: EditableContactRef,
    nullable: true,
    description:
      'A contact, archived too, with its history: for the people of its federation, or platform admins for a municipality’s. Null when there is none.',
    args: { id: t.arg.globalID({ required: true, description: 'The contact’s id.' }) },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, contactKind, id, WRITERS),
    resolve: (_root, { id }, ctx) => itemOf(ctx, contactKind, id),
  }),
  editableContacts: t.field({
    type: [EditableContactRef],
    description: 'A federation’s contacts by name, archived ones too when asked. For its people.',
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      includeArchived: t.arg.boolean({ defaultValue: false, description: 'Also those whose role has ended.' }),
      limit: t.arg.int({ defaultValue: 50, description: '1 to 100.' }),
    },
    authScopes: (_root, args, ctx) => readersInFederation(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await loadFederationBySlug(ctx, args.federation);
      if (!federation) return [];
      const owner = { federationId: federation.id, municipalityId: null };
      return listEditableContacts(ctx.db, owner, args.includeArchived ?? false, listLimit(args.limit));
    },
  }),
  editableMunicipalityContacts: t.field({
    type: [EditableContactRef],
    description:
      'A municipality’s contacts by name, archived ones too when asked; an unknown code lists nothing. For platform admins, who keep them.',
    args: {
      municipality: t.arg.string({
        required: true,
        description: 'The municipality’s code, e.g. "1262", or "NO-1860" for a code both countries use.',
      }),
      includeArchived: t.arg.boolean({ defaultValue: false, description: 'Also those whose role has ended.' }),
      limit: t.arg.int({ defaultValue: 50, description: '1 to 100.' }),
    },
    authScopes: { platformAdmin: true },
    resolve: async (_root, args, ctx) => {
      const key = parseMunicipalityCode('municipality', args.municipality);
      const found = key ? await findMunicipalitiesByCode(ctx.db, key) : [];
      // A code both countries use, given without its country, names no one municipality.
      if (found.length !== 1 || !found[0]) return [];
      const owner = { federationId: null, municipalityId: found[0].id };
      return listEditableContacts(ctx.db, owner, args.includeArchived ?? false, listLimit(args.limit));
    },
  }),
}));
