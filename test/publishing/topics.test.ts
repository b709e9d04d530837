import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, seedUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { query } from '../support/graphql.js';

interface TopicData {
  slug: string;
  sv: string;
  nb: string;
  en: string;
}

interface Outcome {
  __typename: string;
  data?: TopicData;
  code?: string;
  field?: string;
  what?: string;
}

const TOPIC = 'data { slug sv: name(language: sv) nb: name(language: nb) en: name(language: en) }';
const ARGS = '$slug: String!, $nameSv: String!, $nameNb: String!, $nameEn: String!';
const VALUES = 'slug: $slug, nameSv: $nameSv, nameNb: $nameNb, nameEn: $nameEn';

const CREATE = `mutation (${ARGS}) {
  createTopic(${VALUES}) {
    __typename ... on Problem { code } ... on InputProblem { field } ... on CreateTopicSuccess { ${TOPIC} }
  }
}`;
const RENAME = `mutation (${ARGS}) {
  renameTopic(${VALUES}) {
    __typename ... on Problem { code } ... on InputProblem { field } ... on NotFound { what }
    ... on RenameTopicSuccess { ${TOPIC} }
  }
}`;

describe('topics, shared by every federation', () => {
  let test: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    tokens.platformAdmin = await logIn(
      test.app,
      await seedUser(db, { email: 'plattform@example.org', platformAdmin: true }),
    );
    for (const role of ['admin', 'publisher', 'editor'] as const) {
      tokens[role] = await logIn(
        test.app,
        await seedUser(db, { email: `${role}@skane.example`, roles: { 'vo-college-skane': role } }),
      );
    }
  });
  afterAll(() => test.close());

  async function run(source: string, variables: Record<string, string>, token: string | undefined): Promise<Outcome> {
    const names = { nameSv: 'Arbetsmiljö', nameNb: 'Arbeidsmiljø', nameEn: 'Work environment', ...variables };
    const result = await send<Record<string, Outcome>>(test.app, source, names, { token });
    if (result.errors) return { __typename: 'error', code: result.errors[0]?.extensions?.code };
    const [outcome] = Object.values(result.data ?? {});
    return outcome as Outcome;
  }

  async function listed(slug: string): Promise<TopicData | undefined> {
    const result = await query<{ topics: TopicData[] }>(
      test.app,
      '{ topics { slug sv: name(language: sv) nb: name(language: nb) en: name(language: en) } }',
    );
    return result.data?.topics.find((topic) => topic.slug === slug);
  }

  it('lets a platform admin add a topic, listed at once', async () => {
    const created = await run(CREATE, { slug: 'arbetsmiljo', nameSv: ' Arbetsmiljö ' }, tokens.platformAdmin);
    const expected = { slug: 'arbetsmiljo', sv: 'Arbetsmiljö', nb: 'Arbeidsmiljø', en: 'Work environment' };
    expect(created).toEqual({ __typename: 'CreateTopicSuccess', data: expected });
    expect(await listed('arbetsmiljo')).toEqual(expected);
  });

  it('refuses a slug in use, or one that breaks the slug rules', async () => {
    expect(await run(CREATE, { slug: 'arbetsmiljo' }, tokens.platformAdmin)).toMatchObject({
      __typename: 'InputProblem',
      code: 'TOPIC_EXISTS',
      field: 'slug',
    });
    expect(await run(CREATE, { slug: 'aldreomsorg' }, tokens.platformAdmin)).toMatchObject({ code: 'TOPIC_EXISTS' });
    for (const slug of ['Arbetsmiljö', 'två ord', '-kant', 'a--b', 'x'.repeat(101)]) {
      expect(await run(CREATE, { slug }, tokens.platformAdmin)).toMatchObject({ code: 'INVALID_SLUG', field: 'slug' });
    }
  });

  it('names an empty or overlong name', async () => {
    expect(await run(CREATE, { slug: 'utan-namn', nameNb: '  ' }, tokens.platformAdmin)).toMatchObject({
      __typename: 'InputProblem',
      code: 'INVALID_LENGTH',
      field: 'nameNb',
    });
    expect(await run(RENAME, { slug: 'arbetsmiljo', nameEn: 'x'.repeat(101) }, tokens.platformAdmin)).toMatchObject({
      field: 'nameEn',
    });
    expect(await listed('utan-namn')).toBeUndefined();
  });

  it('renames a topic and keeps its slug', async () => {
    const renamed = await run(
      RENAME,
      { slug: 'arbetsmiljo', nameSv: 'Arbetsmiljö och hälsa', nameEn: 'Work environment and health' },
      tokens.platformAdmin,
    );
    expect(renamed).toMatchObject({
      __typename: 'RenameTopicSuccess',
      data: { slug: 'arbetsmiljo', sv: 'Arbetsmiljö och hälsa', en: 'Work environment and health' },
    });
    expect((await listed('arbetsmiljo'))?.sv).toBe('Arbetsmiljö och hälsa');
    expect(await run(RENAME, { slug: 'finns-inte' }, tokens.platformAdmin)).toMatchObject({
      __typename: 'NotFound',
      what: 'topic',
    });
  });

  it('refuses everyone but platform admins, federation admins included', async () => {
    expect(await run(CREATE, { slug: 'obehorig' }, undefined)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await run(RENAME, { slug: 'arbetsmiljo' }, undefined)).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const caller of ['admin', 'publisher', 'editor']) {
      expect(await run(CREATE, { slug: 'obehorig' }, tokens[caller])).toMatchObject({ code: 'FORBIDDEN' });
      expect(await run(RENAME, { slug: 'arbetsmiljo' }, tokens[caller])).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await listed('obehorig')).toBeUndefined();
    expect((await listed('arbetsmiljo'))?.sv).toBe('Arbetsmiljö och hälsa');
  });

  it('records creating and renaming in the audit log', async () => {
    const result = await send<{
      auditLog: { edges: Array<{ node: { action: string; actor: { email: string } | null; details: unknown } }> };
    }>(
      test.app,
      '{ auditLog(first: 50) { edges { node { action actor { email } details } } } }',
      {},
      { token: tokens.platformAdmin },
    );
    const entries = (result.data?.auditLog.edges ?? [])
      .map((edge) => edge.node)
      .filter((entry) => entry.action.startsWith('topic.'));
    expect(entries.map((entry) => entry.action)).toEqual(['topic.renamed', 'topic.created']);
    expect(entries[0]).toMatchObject({
      actor: { email: 'plattform@example.org' },
      details: {
        slug: 'arbetsmiljo',
        before: { name_sv: 'Arbetsmiljö' },
        after: { name_sv: 'Arbetsmiljö och hälsa', name_en: 'Work environment and health' },
      },
    });
  });
});
