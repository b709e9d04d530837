import type { Federation } from '@samverka/db/federations';
import {
  findInitiativeFederationLinks,
  findInitiativeMunicipalityLinks,
  findPublicInitiativeBySlug,
  listPublicInitiatives,
} from '@samverka/db/initiatives';
import type { Municipality } from '@samverka/db/municipalities';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { LanguageEnum } from './enums.js';
import { checkSearchText, checkSlugs, parseMunicipalityCode } from './inputs.js';
import { type Linked, loadLinked } from './linked.js';
import { resolveConnection } from './pagination.js';
import { FederationRef, InitiativeRef, MunicipalityRef } from './refs.js';

InitiativeRef.implement({
  description: 'A project or programme, e.g. an ESF-funded project, linking federations and municipalities.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    description: t.exposeString('description_html', { description: 'Sanitised HTML.' }),
    funding: t.exposeString('funding', {
      nullable: true,
      description: 'Who funds it, e.g. "Europeiska socialfonden".',
    }),
    startsOn: t.field({ type: 'Date', nullable: true, resolve: (initiative) => initiative.starts_on }),
    endsOn: t.field({ type: 'Date', nullable: true, resolve: (initiative) => initiative.ends_on }),
    participantGoal: t.exposeInt('participant_goal', { nullable: true }),
    participantsReached: t.exposeInt('participants_reached', { nullable: true }),
    website: t.field({ type: 'URL', nullable: true, resolve: (initiative) => initiative.website }),
    language: t.expose('language', { type: LanguageEnum }),
    lead: t.field({ type: FederationRef, resolve: (initiative) => initiative.federation_id }),
    federations: t.loadableGroup({
      type: FederationRef,
      description: 'Every federation taking part, the lead included.',
      load: async (ids: string[], ctx) =>
        loadLinked(
          (await findInitiativeFederationLinks(ctx.db, ids)).map((link) => ({
            owner: link.initiative_id,
            target: link.federation_id,
          })),
          FederationRef.getDataloader(ctx),
        ),
      group: (federation) => (federation as Linked<Federation>).linkedTo,
      resolve: (initiative) => initiative.id,
    }),
    municipalities: t.loadableGroup({
      type: MunicipalityRef,
      description: 'Municipalities taking part.',
      load: async (ids: string[], ctx) =>
        loadLinked(
          (await findInitiativeMunicipalityLinks(ctx.db, ids)).map((link) => ({
            owner: link.initiative_id,
            target: link.municipality_id,
          })),
          MunicipalityRef.getDataloader(ctx),
        ),
      group: (municipality) => (municipality as Linked<Municipality>).linkedTo,
      resolve: (initiative) => initiative.id,
    }),
  }),
});

const InitiativeFilter = builder.inputType('InitiativeFilter', {
  fields: (t) => ({
    federations: t.stringList({ description: 'Federations that lead or take part.' }),
    municipality: t.string({ description: 'Initiatives this municipality takes part in (code).' }),
    search: t.string(),
  }),
});

builder.queryFields((t) => ({
  initiative: t.field({
    type: InitiativeRef,
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (_root, { slug }, ctx) => (await findPublicInitiativeBySlug(ctx.db, slug)) ?? null,
  }),
  initiatives: t.connection(
    {
      type: InitiativeRef,
      description: 'Published initiatives, newest first.',
      args: { filter: t.arg({ type: InitiativeFilter }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) =>
        resolveConnection(args, (page) =>
          listPublicInitiatives(
            ctx.db,
            {
              federations: checkSlugs('filter.federations', filter?.federations),
              municipality: parseMunicipalityCode('filter.municipality', filter?.municipality),
              search: checkSearchText('filter.search', filter?.search),
            },
            page,
          ),
        ),
    },
    { name: 'InitiativeConnection' },
    { name: 'InitiativeEdge' },
  ),
}));
