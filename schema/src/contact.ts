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
    name: t.exposeString('name'),
    title: t.exposeString('role_title', { description: 'The role, e.g. "Kommunikationschef".' }),
    email: t.field({ type: 'EmailAddress', nullable: true, resolve: (contact) => contact.email }),
    phone: t.exposeString('phone', { nullable: true }),
    language: t.expose('language', { type: LanguageEnum }),
    federation: t.field({ type: FederationRef, nullable: true, resolve: (contact) => contact.federation_id }),
    municipality: t.field({ type: MunicipalityRef, nullable: true, resolve: (contact) => contact.municipality_id }),
  }),
});

const ContactFilter = builder.inputType('ContactFilter', {
  fields: (t) => ({
    federations: t.stringList({ description: 'Federation slugs.' }),
    municipality: t.string({ description: 'Contacts at this municipality (code).' }),
  }),
});

builder.queryField('contacts', (t) =>
  t.connection(
    {
      type: ContactRef,
      description: 'Contacts by name.',
      args: { filter: t.arg({ type: ContactFilter }) },
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
    { name: 'ContactConnection' },
    { name: 'ContactEdge' },
  ),
);
