import { type ContactSnapshot, createContact, type EditableContact } from '@samverka/db/contact-editing';
import { findRevision } from '@samverka/db/revisions';
import { requireViewer } from './auth/viewer.js';
import { builder } from './builder.js';
import { ContactRevisionConflict, contactKind, EditableContactRef } from './contact-editing.js';
import { ContactInput, toContactContent } from './contact-input.js';
import { changeArgs, PUBLISHERS, rolesInFederation } from './content-changes.js';
import { optionalMunicipalityIdFor } from './content-input.js';
import { rolesOn, saveChange, saveNew } from './content-save.js';
import type { Context } from './context.js';
import { federationBySlug } from './federation-admin.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';
import { FederationRef, MunicipalityRef } from './refs.js';

// A federation's publishers and admins keep its contacts: a change is public at once, like
// publishing. A member municipality's contacts are the municipality's own staff data, which no
// federation role reaches; platform admins keep those.

async function countryOf(ctx: Context, contact: Pick<EditableContact, 'federation_id' | 'municipality_id'>) {
  const owner = contact.federation_id
    ? await FederationRef.getDataloader(ctx).load(contact.federation_id)
    : await MunicipalityRef.getDataloader(ctx).load(contact.municipality_id ?? '');
  return owner.country;
}

builder.mutationFields((t) => ({
  createContact: t.field({
    type: EditableContactRef,
    description:
      'Adds a public work-role contact at a federation (for its publishers and admins) or, with `municipality`, at a municipality (for platform admins).',
    errors: problemsOf('CreateContact', [InputProblem, NotFoundProblem], 'the new contact'),
    args: {
      federation: t.arg.string({ description: 'The federation’s slug; give this or `municipality`.' }),
      municipality: t.arg.string({ description: 'The municipality’s code, e.g. "1262"; give this or `federation`.' }),
      input: t.arg({ type: ContactInput, required: true, description: 'The role’s public details.' }),
    },
    authScopes: (_root, args, ctx) =>
      args.federation != null && args.municipality == null
        ? rolesInFederation(ctx, args.federation, PUBLISHERS)
        : { platformAdmin: true },
    resolve: async (_root, args, ctx) => {
      if ((args.federation == null) === (args.municipality == null)) {
        throw new InputProblem('federation', 'ONE_OWNER', 'Give either a federation or a municipality, not both.');
      }
      const authorId = requireViewer(ctx).user.id;
      if (args.federation != null) {
        const federation = await federationBySlug(ctx, args.federation);
        const content = toContactContent(args.input, federation.country);
        const owner = { federationId: federation.id, municipalityId: null };
        return saveNew(ctx, contactKind, (tx) => createContact(tx, owner, authorId, content));
      }
      const municipalityId = await optionalMunicipalityIdFor(ctx, 'municipality', args.municipality);
      if (!municipalityId) throw new InputProblem('municipality', 'REQUIRED', 'Give the municipality’s code.');
      const municipality = await MunicipalityRef.getDataloader(ctx).load(municipalityId);
      const content = toContactContent(args.input, municipality.country);
      const owner = { federationId: null, municipalityId };
      return saveNew(ctx, contactKind, (tx) => createContact(tx, owner, authorId, content));
    },
  }),
  updateContact: t.field({
    type: EditableContactRef,
    description: 'Saves new details as a new revision. Refused as a conflict when someone saved after `basedOn`.',
    errors: problemsOf('UpdateContact', [InputProblem, NotFoundProblem, ContactRevisionConflict], 'the saved contact'),
    args: {
      ...changeArgs(t.arg, 'contact'),
      input: t.arg({ type: ContactInput, required: true, description: 'All the details, as they should be.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, contactKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, contactKind, args, 'updated', async (contact) => ({
        content: toContactContent(args.input, await countryOf(ctx, contact)),
      })),
  }),
  restoreContactRevision: t.field({
    type: EditableContactRef,
    description:
      'Brings back the details of an earlier revision, as a new revision; the status stays as it is. Refused as a conflict when someone saved after `basedOn`.',
    errors: problemsOf(
      'RestoreContactRevision',
      [InputProblem, NotFoundProblem, ContactRevisionConflict],
      'the restored contact',
    ),
    args: {
      ...changeArgs(t.arg, 'contact'),
      revision: t.arg.int({ required: true, description: 'The earlier revision to bring back.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, contactKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, contactKind, args, 'restored', async (contact) => {
        const old = await findRevision<ContactSnapshot>(ctx.db, 'contact', contact.id, args.revision);
        if (!old) throw new NotFoundProblem('revision', `This contact has no revision ${args.revision}.`);
        // Checked again as if written now, so a restore never brings back what today's rules refuse.
        const { name, role_title, email, phone, language } = old.snapshot;
        const input = { name, title: role_title, email, phone, language };
        return { content: toContactContent(input, await countryOf(ctx, contact)) };
      }),
  }),
  archiveContact: t.field({
    type: EditableContactRef,
    description:
      'Ends a role: the contact is no longer shown, but kept, and what names it keeps working. Never deleted.',
    errors: problemsOf(
      'ArchiveContact',
      [InputProblem, NotFoundProblem, ContactRevisionConflict],
      'the archived contact',
    ),
    args: changeArgs(t.arg, 'contact'),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, contactKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, contactKind, args, 'archived', async (contact) => {
        if (contact.status === 'archived') {
          throw new InputProblem('status', 'INVALID_TRANSITION', 'This contact is archived already.');
        }
        return { state: { status: 'archived' as const } };
      }),
  }),
}));
