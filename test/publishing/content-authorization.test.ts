import { afterAll, beforeAll, describe } from 'vitest';
import { send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import {
  ADMINS,
  type Attempt,
  type Caller,
  itChecksEveryCaller,
  logInCallers,
  PLATFORM,
  PUBLISHERS,
  WRITERS,
} from '../support/matrix.js';

type DraftIn = (federation: string) => Promise<string>;

// Norwegian municipalities belong to neither Swedish federation, so each allowed join is a new membership.
// One per caller and attempt.
const NEW_MEMBERS = ['0301', '1103', '1106', '1108', '1506', '1804', '3201', '3301', '4204', '4601', '5001', '5501'];
const newMember = () => `NO-${NEW_MEMBERS.shift()}`;

const OWN = 'vo-college-skane';
const OTHER = 'goteborgsregionen';

const DRAFT_INPUT = { title: 'Behörighetsprov', language: 'sv', body: '<p>Text.</p>' };

describe('authorization matrix: content and federation mutations', () => {
  let test: TestApp;
  let tokens = new Map<Caller, string | undefined>();

  const gql = (source: string, variables: Record<string, unknown>, token: string | undefined) =>
    send(test.app, source, variables, { token });

  const create = (federation: string, token: string | undefined) =>
    gql(
      'mutation ($f: String!, $i: NewsInput!) { createNewsDraft(federation: $f, input: $i) { __typename ... on CreateNewsDraftSuccess { data { id } } } }',
      { f: federation, i: DRAFT_INPUT },
      token,
    );

  const step = (name: string) => `mutation ($id: ID!) { ${name}(id: $id, basedOn: 1) { __typename } }`;

  const ATTEMPTS: Array<Attempt<DraftIn>> = [
    { name: 'createNewsDraft, own federation', allowed: WRITERS, run: (token) => create(OWN, token) },
    { name: 'createNewsDraft, other federation', allowed: PLATFORM, run: (token) => create(OTHER, token) },
    {
      name: 'updateNews of a draft, own federation',
      allowed: WRITERS,
      run: async (token, draftIn) =>
        gql(
          'mutation ($id: ID!, $i: NewsInput!) { updateNews(id: $id, basedOn: 1, input: $i) { __typename } }',
          { id: await draftIn(OWN), i: DRAFT_INPUT },
          token,
        ),
    },
    {
      name: 'updateNews of a draft, other federation',
      allowed: PLATFORM,
      run: async (token, draftIn) =>
        gql(
          'mutation ($id: ID!, $i: NewsInput!) { updateNews(id: $id, basedOn: 1, input: $i) { __typename } }',
          { id: await draftIn(OTHER), i: DRAFT_INPUT },
          token,
        ),
    },
    {
      name: 'publishNews, own federation',
      allowed: PUBLISHERS,
      run: async (token, draftIn) => gql(step('publishNews'), { id: await draftIn(OWN) }, token),
    },
    {
      name: 'publishNews, other federation',
      allowed: PLATFORM,
      run: async (token, draftIn) => gql(step('publishNews'), { id: await draftIn(OTHER) }, token),
    },
    {
      name: 'archiveNews, own federation',
      allowed: PUBLISHERS,
      run: async (token, draftIn) => gql(step('archiveNews'), { id: await draftIn(OWN) }, token),
    },
    {
      name: 'editableNews (drafts), own federation',
      allowed: WRITERS,
      run: (token) => gql(`{ editableNews(federation: "${OWN}") { title } }`, {}, token),
    },
    {
      name: 'editableNews (drafts), other federation',
      allowed: PLATFORM,
      run: (token) => gql(`{ editableNews(federation: "${OTHER}") { title } }`, {}, token),
    },
    {
      name: 'joinFederation, own federation',
      allowed: ADMINS,
      run: (token) =>
        gql(
          `mutation { joinFederation(federation: "${OWN}", municipality: "${newMember()}", joinedOn: "2026-01-01") { __typename } }`,
          {},
          token,
        ),
    },
    {
      name: 'joinFederation, other federation',
      allowed: PLATFORM,
      run: (token) =>
        gql(
          `mutation { joinFederation(federation: "${OTHER}", municipality: "${newMember()}", joinedOn: "2026-01-01") { __typename } }`,
          {},
          token,
        ),
    },
    {
      name: 'updateFederationProfile, own federation',
      allowed: ADMINS,
      run: (token) =>
        gql(
          `mutation { updateFederationProfile(federation: "${OWN}", input: { description: "Ny beskrivning." }) { __typename } }`,
          {},
          token,
        ),
    },
    {
      name: 'updateFederationProfile, other federation',
      allowed: PLATFORM,
      run: (token) =>
        gql(
          `mutation { updateFederationProfile(federation: "${OTHER}", input: { description: "Ny beskrivning." }) { __typename } }`,
          {},
          token,
        ),
    },
    {
      name: 'createTopic',
      allowed: PLATFORM,
      run: (token) =>
        gql(
          `mutation { createTopic(slug: "prov-${Math.random().toString(36).slice(2, 8)}", nameSv: "Prov", nameNb: "Prøve", nameEn: "Test") { __typename } }`,
          {},
          token,
        ),
    },
  ];

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    tokens = await logInCallers(test.app, test.database.db, OWN);
  });
  afterAll(() => test.close());

  /** A fresh draft at revision 1, made by a platform admin, for each attempt that needs one. */
  async function draftIn(federation: string): Promise<string> {
    const result = (await create(federation, tokens.get('platform admin'))) as {
      data?: { createNewsDraft?: { data?: { id: string } } } | null;
    };
    const id = result.data?.createNewsDraft?.data?.id;
    if (!id) throw new Error(`could not create a draft: ${JSON.stringify(result)}`);
    return id;
  }

  for (const attempt of ATTEMPTS) {
    describe(attempt.name, () => itChecksEveryCaller(attempt, () => ({ tokens, fixtures: draftIn })));
  }
});
