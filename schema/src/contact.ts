import { listActiveContacts } from '@samverka/db/contacts';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { LanguageEnum } from './enums.js';
import { checkSlugs, parseMunicipalityCode } from './inputs.js';
import { resolveConnection } from './pagination.js';
import { ContactRef, FederationRef, MunicipalityRef } from './refs.js';

ContactRef.implement({
  description: 'A person’s public work role at a federation or a municipality; only what the role makes public.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The person’s name, e.g. "Sofia Ekdahl".' }),
    title: t.exposeString('role_title', { description: 'The role, e.g. "Kommunikationschef".' }),
    email: t.field({
      type: 'EmailAddress',
      nullable: true,
      description: 'The address the role makes public, often a shared one; null when it makes none public.',
      resolve: (contact) => contact.email,
    }),
    phone: t.exposeString('phone', {
      nullable: true,
      description: 'The number the role makes public, as written, e.g. "+46 40 628 04 12"; null when none.',
    }),
    language: t.expose('language', { type: LanguageEnum, description: 'The language the title is written in.' }),
    federation: t.field({
      type: FederationRef,
      nullable: true,
      description: 'The federation the role is at; null when it is at a municipality. Exactly one of the two is set.',
      resolve: (contact) => contact.federation_id,
    }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'The municipality the role is at; null when it is at a federation. Exactly one of the two is set.',
      resolve: (contact) => contact.municipality_id,
    }),
  }),
});

const ContactFilter = builder.inputType('ContactFilter', {
  description: 'Narrows the contacts; every condition given must hold, and one left out does not filter.',
  fields: (t) => ({
    federations: t.stringList({
      description: 'Federation slugs: contacts at any of these federations. An empty list is ignored.',
    }),
    municipality: t.string({
      description:
        'Contacts at this municipality, by code: "1293", or "NO-1860" with a country (without one, a code both countries use matches both).',
    }),
  }),
});

builder.queryField('contacts', (t) =>
  t.connection(
    {
      type: ContactRef,
      description: 'Contacts whose role is still active (ended roles are archived and never shown), by name.',
      args: { filter: t.arg({ type: ContactFilter, description: 'Which contacts; all when left out.' }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) =>
        resolveConnection(args, (page) =>
          listActiveContacts(
            ctx.db,
            {
              federations: checkSlugs('filter.federations', filter?.federations),
              municipality: parseMunicipalityCode('filter.municipality', filter?.municipality),
            },
            page,
          ),
        ),
    },
    { name: 'ContactConnection', description: 'A page of contacts.' },
    { name: 'ContactEdge', description: 'A contact on a page, with its cursor.' },
  ),
);
