import {
  type ContactContent,
  type ContactSnapshot,
  type ContactStatus,
  type EditableContact,
  findEditableContacts,
  saveContactRevision,
} from '@samverka/db/contact-editing';
import { listRevisionsOf } from '@samverka/db/revisions';
import { builder } from './builder.js';
import { conflictType, ownPeopleOf } from './content-changes.js';
import type { EditableKind } from './content-save.js';
import type { Context } from './context.js';
import { LanguageEnum } from './enums.js';
import { encodeGlobalId } from './global-id.js';
import { FederationRef, MunicipalityRef } from './refs.js';
import { revisionType } from './revision-type.js';

export const ContactStatusEnum = builder.enumType('ContactStatus', {
  description: 'Whether a contact’s role is current.',
  values: {
    ACTIVE: { value: 'active', description: 'Current; shown to the public.' },
    ARCHIVED: {
      value: 'archived',
      description: 'The role has ended: no longer shown, but kept, so what names it keeps working.',
    },
  } as const,
});

/** Archived ones too, for the federation's people: loaded by id, one statement per batch. */
export const EditableContactRef = builder.loadableObjectRef('EditableContact', {
  load: (ids: string[], ctx: Context) => findEditableContacts(ctx.db, ids),
  toKey: (contact: EditableContact) => contact.id,
  cacheResolved: true,
  sort: true,
});

export const ContactRevisionConflict = conflictType('ContactRevisionConflict', EditableContactRef);

const ContactRevisionRef = revisionType<ContactSnapshot>(
  'ContactRevision',
  'contact',
  'created, updated, restored or archived',
  (snapshot) => snapshot.name,
);

type ContactWrite = { content?: ContactContent; state?: { status: ContactStatus } };

export const contactKind: EditableKind<EditableContact, ContactWrite> = {
  key: 'contact',
  noun: 'contact',
  subjectType: 'contact',
  typename: 'Contact',
  loader: (ctx) => EditableContactRef.getDataloader(ctx),
  save: saveContactRevision,
  Conflict: ContactRevisionConflict,
};

EditableContactRef.implement({
  description: 'A public work-role contact, as the people of its federation see and edit it (archived ones too).',
  fields: (t) => ({
    id: t.id({
      description: 'The same id as the public Contact; pass it to the contact mutations.',
      resolve: (contact) => encodeGlobalId('Contact', contact.id),
    }),
    revision: t.exposeInt('revision', { description: 'The revision this is; send it back as `basedOn`.' }),
    status: t.field({ type: ContactStatusEnum, description: 'Current or ended.', resolve: (c) => c.status }),
    name: t.exposeString('name', { description: 'The person’s name.' }),
    title: t.exposeString('role_title', { description: 'The role, e.g. "Kommunikationschef".' }),
    email: t.exposeString('email', { nullable: true, description: 'The role’s public address; null when none.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'The role’s public number; null when none.' }),
    language: t.field({ type: LanguageEnum, description: 'The title’s language.', resolve: (c) => c.language }),
    federation: t.field({
      type: FederationRef,
      nullable: true,
      description: 'The federation the role is at; null for a municipality’s contact.',
      resolve: (contact) => contact.federation_id,
    }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'The municipality the role is at; null for a federation’s contact.',
      resolve: (contact) => contact.municipality_id,
    }),
    updatedAt: t.field({ type: 'DateTime', description: 'Last saved.', resolve: (contact) => contact.updated_at }),
    revisions: t.loadableGroup({
      type: ContactRevisionRef,
      description:
        'Every saved state, newest first (earlier addresses and numbers too); empty for anyone but the people of its federation.',
      authScopes: (contact) => ownPeopleOf(contact.federation_id),
      unauthorizedResolver: () => [],
      load: (ids: string[], ctx) => listRevisionsOf<ContactSnapshot>(ctx.db, 'contact', ids),
      group: (revision) => revision.subject_id,
      resolve: (contact) => contact.id,
    }),
  }),
});
