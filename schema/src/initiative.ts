import type { Federation } from '@samverka/db/federations';
import { findPublicInitiativeBySlug, listPublicInitiatives } from '@samverka/db/initiatives';
import { findLinks } from '@samverka/db/links';
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
    slug: t.exposeString('slug', {
      description: 'Its unique key in URLs and in `initiative(slug)`, e.g. "valfardsteknologi-i-omsorgen".',
    }),
    title: t.exposeString('title', { description: 'The initiative’s name, e.g. "Välfärdsteknologi i omsorgen".' }),
    summary: t.exposeString('summary', { description: 'A short introduction in plain text; may be empty.' }),
    description: t.exposeString('description_html', {
      description: 'The full text as HTML, sanitised when it was written: safe to insert into a page. May be empty.',
    }),
    funding: t.exposeString('funding', {
      nullable: true,
      description: 'Who funds it, e.g. "Europeiska socialfonden".',
    }),
    startsOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it starts; null when not given.',
      resolve: (initiative) => initiative.starts_on,
    }),
    endsOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it ends, never before `startsOn`; null when not given.',
      resolve: (initiative) => initiative.ends_on,
    }),
    participantGoal: t.exposeInt('participant_goal', {
      nullable: true,
      description: 'How many participants it aims to reach; null when it sets no number.',
    }),
    participantsReached: t.exposeInt('participants_reached', {
      nullable: true,
      description: 'How many participants it has reached so far (may pass the goal); null when not reported.',
    }),
    website: t.field({
      type: 'URL',
      nullable: true,
      description: 'Its own website; null when it has none.',
      resolve: (initiative) => initiative.website,
    }),
    language: t.expose('language', { type: LanguageEnum, description: 'The language it is written in.' }),
    lead: t.field({
      type: FederationRef,
      description: 'The federation that leads it.',
      resolve: (initiative) => initiative.federation_id,
    }),
    federations: t.loadableGroup({
      type: FederationRef,
      description: 'Every federation taking part, the lead included, in no set order.',
      load: async (ids: string[], ctx) =>
        loadLinked(await findLinks(ctx.db, 'initiativeFederations', ids), FederationRef.getDataloader(ctx)),
      group: (federation) => (federation as Linked<Federation>).linkedTo,
      resolve: (initiative) => initiative.id,
    }),
    municipalities: t.loadableGroup({
      type: MunicipalityRef,
      description: 'Municipalities taking part, in no set order; empty when none are listed.',
      load: async (ids: string[], ctx) =>
        loadLinked(await findLinks(ctx.db, 'initiativeMunicipalities', ids), MunicipalityRef.getDataloader(ctx)),
      group: (municipality) => (municipality as Linked<Municipality>).linkedTo,
      resolve: (initiative) => initiative.id,
    }),
  }),
});

const InitiativeFilter = builder.inputType('InitiativeFilter', {
  description: 'Narrows the initiatives; every condition given must hold, and one left out does not filter.',
  fields: (t) => ({
    federations: t.stringList({
      description: 'Federation slugs: initiatives any of them leads or takes part in. An empty list is ignored.',
    }),
    municipality: t.string({
      description: 'Initiatives this municipality takes part in, by code: "1293", or "NO-1860" with a country.',
    }),
    search: t.string({
      description:
        'Words that must all occur in the title, summary or description, in any form ("kommuner" finds "kommun"); at most 200 characters, blank means no search.',
    }),
  }),
});

builder.queryFields((t) => ({
  initiative: t.field({
    type: InitiativeRef,
    nullable: true,
    description: 'A published initiative by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The initiative’s `slug`.' }) },
    resolve: async (_root, { slug }, ctx) => (await findPublicInitiativeBySlug(ctx.db, slug)) ?? null,
  }),
  initiatives: t.connection(
    {
      type: InitiativeRef,
      description: 'Published initiatives, most recently published first.',
      args: {
        filter: t.arg({ type: InitiativeFilter, description: 'Which initiatives; all published ones when left out.' }),
      },
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
    { name: 'InitiativeConnection', description: 'A page of initiatives.' },
    { name: 'InitiativeEdge', description: 'An initiative on a page, with its cursor.' },
  ),
}));
