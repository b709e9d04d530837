import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInStaff, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { query } from '../support/graphql.js';

const OWN = 'vo-college-skane';
const PROFILE =
  'name shortName description website socialLinks { kind url } timeZone defaultLanguage coverage { memberCount municipalityCount }';

interface Profile {
  name: string;
  shortName: string | null;
  description: string;
  website: string | null;
  socialLinks: Array<{ kind: string; url: string }>;
  timeZone: string;
  defaultLanguage: string;
  coverage: { memberCount: number; municipalityCount: number } | null;
}

interface Outcome {
  __typename: string;
  data?: Profile;
  code?: string;
  field?: string;
  what?: string;
}

const UPDATE = `mutation ($federation: String!, $input: FederationProfileInput!) {
  updateFederationProfile(federation: $federation, input: $input) {
    __typename
    ... on Problem { code }
    ... on InputProblem { field }
    ... on NotFound { what }
    ... on UpdateFederationProfileSuccess { data { ${PROFILE} } }
  }
}`;

describe('the federation’s profile', () => {
  let test: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    Object.assign(tokens, await logInStaff(test.app, db, OWN));
  });
  afterAll(() => test.close());

  async function update(input: Record<string, unknown>, token: string | undefined, federation = OWN): Promise<Outcome> {
    const result = await send<{ updateFederationProfile: Outcome }>(test.app, UPDATE, { federation, input }, { token });
    if (result.errors) return { __typename: 'error', code: result.errors[0]?.extensions?.code };
    return result.data?.updateFederationProfile as Outcome;
  }

  async function publicProfile(slug = OWN): Promise<Profile | undefined> {
    const result = await query<{ federation: Profile }>(test.app, `{ federation(slug: "${slug}") { ${PROFILE} } }`);
    return result.data?.federation;
  }

  it('lets an admin change the whole profile, and the public sees it at once', async () => {
    const input = {
      name: '  Vård- och omsorgscollege Skåne län ',
      shortName: 'VO Skåne',
      description: 'Samverkan för kompetens i vård och omsorg.',
      website: 'https://vo-skane.example/',
      socialLinks: [
        { kind: 'linkedin', url: 'https://www.linkedin.com/company/vo-skane' },
        { kind: 'rss', url: 'http://vo-skane.example/feed' },
      ],
      regionName: 'Skåne',
      regionCountyCodes: ['12'],
      timeZone: 'Europe/Stockholm',
      defaultLanguage: 'sv',
    };
    const saved = await update(input, tokens.admin);
    expect(saved.__typename).toBe('UpdateFederationProfileSuccess');
    const expected = {
      name: 'Vård- och omsorgscollege Skåne län',
      shortName: 'VO Skåne',
      description: 'Samverkan för kompetens i vård och omsorg.',
      website: 'https://vo-skane.example/',
      socialLinks: input.socialLinks,
      timeZone: 'Europe/Stockholm',
      defaultLanguage: 'sv',
    };
    expect(saved.data).toMatchObject(expected);
    expect(await publicProfile()).toMatchObject(expected);
  });

  it('keeps what is left out and clears what is set to null', async () => {
    const saved = await update({ shortName: null, website: '' }, tokens.platformAdmin);
    expect(saved.data).toMatchObject({ name: 'Vård- och omsorgscollege Skåne län', shortName: null, website: null });
    expect(saved.data?.socialLinks).toHaveLength(2);
  });

  it('gives a federation a region, and with it a coverage', async () => {
    expect((await publicProfile('goteborgsregionen'))?.coverage).toBeNull();
    const saved = await update({ regionCountyCodes: ['14', '13'] }, tokens.otherAdmin, 'goteborgsregionen');
    expect(saved.data?.coverage?.memberCount).toBe(13);
    expect(saved.data?.coverage?.municipalityCount).toBeGreaterThan(13);
  });

  it('names the field to fix', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: '   ' }, 'name', 'REQUIRED'],
      [{ name: null }, 'name', 'REQUIRED'],
      [{ name: 'x'.repeat(201) }, 'name', 'TOO_LONG'],
      [{ shortName: 'x'.repeat(51) }, 'shortName', 'TOO_LONG'],
      [{ description: 'x'.repeat(5001) }, 'description', 'TOO_LONG'],
      [{ website: 'ftp://vo-skane.example/' }, 'website', 'INVALID_URL'],
      [{ website: 'javascript:alert(1)' }, 'website', 'INVALID_URL'],
      [{ socialLinks: [{ kind: 'Face Book', url: 'https://facebook.com/x' }] }, 'socialLinks[0].kind', 'INVALID_KIND'],
      [
        {
          socialLinks: [
            { kind: 'rss', url: 'https://a.example/' },
            { kind: 'rss', url: 'inte en adress' },
          ],
        },
        'socialLinks[1].url',
        'INVALID_URL',
      ],
      [{ regionName: 'x'.repeat(201) }, 'regionName', 'TOO_LONG'],
      [{ regionCountyCodes: ['1'] }, 'regionCountyCodes', 'INVALID_COUNTY_CODE'],
      [{ regionCountyCodes: ['99'] }, 'regionCountyCodes', 'UNKNOWN_COUNTY'],
      // Vestland is a Norwegian county; this federation works in Sweden.
      [{ regionCountyCodes: ['46'] }, 'regionCountyCodes', 'UNKNOWN_COUNTY'],
      [{ timeZone: 'Europe/Berlin' }, 'timeZone', 'UNKNOWN_TIME_ZONE'],
      [{ timeZone: null }, 'timeZone', 'REQUIRED'],
    ];
    for (const [input, field, code] of cases) {
      expect(await update(input, tokens.admin), JSON.stringify(input).slice(0, 80)).toMatchObject({
        __typename: 'InputProblem',
        field,
        code,
      });
    }
    expect((await publicProfile())?.name).toBe('Vård- och omsorgscollege Skåne län');
  });

  it('accepts a Norwegian county for a Norwegian federation', async () => {
    const saved = await update(
      { regionCountyCodes: ['46'], timeZone: 'Europe/Oslo' },
      tokens.platformAdmin,
      'verdighetsenteret',
    );
    expect(saved).toMatchObject({ __typename: 'UpdateFederationProfileSuccess', data: { timeZone: 'Europe/Oslo' } });
  });

  it('refuses anyone but the federation’s admins and platform admins', async () => {
    expect(await update({ name: 'Kapad' }, undefined)).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const caller of ['publisher', 'editor', 'otherAdmin']) {
      expect(await update({ name: 'Kapad' }, tokens[caller])).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await publicProfile())?.name).toBe('Vård- och omsorgscollege Skåne län');
    expect(await update({ name: 'Okänd' }, tokens.platformAdmin, 'finns-inte')).toMatchObject({
      __typename: 'NotFound',
      what: 'federation',
    });
  });

  it('records the changed fields, with both values, in the audit log', async () => {
    const result = await send<{
      auditLog: { edges: Array<{ node: { actor: { email: string } | null; details: Record<string, unknown> } }> };
    }>(
      test.app,
      `{ auditLog(first: 50, filter: { federation: "vo-college-skane", action: "federation.profile_updated" }) {
        edges { node { actor { email } details } }
      } }`,
      {},
      { token: tokens.platformAdmin },
    );
    const entries = result.data?.auditLog.edges.map((edge) => edge.node) ?? [];
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      actor: { email: 'plattform@example.org' },
      details: {
        fields: ['short_name', 'website'],
        before: { short_name: 'VO Skåne', website: 'https://vo-skane.example/' },
        after: { short_name: null, website: null },
      },
    });
    expect(entries[1]?.actor?.email).toBe('admin@skane.example');
    expect(entries[1]?.details.fields).toContain('name');
    expect(entries[1]?.details.fields).not.toContain('time_zone');
  });
});
