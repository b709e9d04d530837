import { demoData } from '@samverka/db/seed/demo/index';
import type { DemoFederation } from '@samverka/db/seed/demo/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { query, queryData } from '../support/graphql.js';

interface SocialLink {
  kind: string;
  url: string;
}

interface FederationSummary {
  id: string;
  slug: string;
  name: string;
  kind: string;
  country: string;
}

interface FederationDetails extends FederationSummary {
  shortName: string | null;
  description: string;
  website: string | null;
  socialLinks: SocialLink[];
  timeZone: string;
  defaultLanguage: string;
}

interface Membership {
  joinedOn: string;
  leftOn: string | null;
  municipality: { code: string; name: string; country: string };
  federation: { slug: string };
}

interface Coverage {
  memberCount: number;
  municipalityCount: number;
  percentage: number;
  regionName: string | null;
}

interface Connection<Node> {
  totalCount: number;
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
}

const FEDERATION_DETAILS = `
  id slug name shortName kind country description website socialLinks { kind url } timeZone defaultLanguage`;

const MEMBERSHIP = 'joinedOn leftOn municipality { code name country } federation { slug }';

function demoFederation(slug: string): DemoFederation {
  const federation = demoData.federations.find((candidate) => candidate.slug === slug);
  if (!federation) throw new Error(`No demo federation ${slug}`);
  return federation;
}

/** The GraphQL enum value of a stored kind, e.g. vo_college → VO_COLLEGE. */
const kindEnum = (kind: string) => kind.toUpperCase();

/** Slugs of the demo federations matching a predicate, sorted for set comparison. */
const demoSlugs = (predicate: (federation: DemoFederation) => boolean) =>
  demoData.federations
    .filter(predicate)
    .map((federation) => federation.slug)
    .sort();

const sorted = (values: string[]) => [...values].sort();

describe('federations API', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  describe('federation(slug:)', () => {
    it('returns every public field of a federation as the demo data describes it', async () => {
      for (const slug of ['vo-college-skane', 'goteborgsregionen', 'verdighetsenteret']) {
        const demo = demoFederation(slug);
        const data = await queryData<{ federation: FederationDetails | null }>(
          testApp.app,
          `query ($slug: String!) { federation(slug: $slug) { ${FEDERATION_DETAILS} } }`,
          { slug },
        );
        expect(data.federation).toMatchObject({
          slug: demo.slug,
          name: demo.name,
          shortName: demo.shortName ?? null,
          kind: kindEnum(demo.kind),
          country: demo.country,
          description: demo.description,
          website: demo.website ?? null,
          socialLinks: demo.socialLinks,
          timeZone: demo.timeZone,
          defaultLanguage: demo.defaultLanguage,
        });
        expect(data.federation?.id).toEqual(expect.any(String));
      }
    });

    it('answers null without any error for a slug no federation has', async () => {
      const result = await query<{ federation: FederationDetails | null }>(
        testApp.app,
        '{ federation(slug: "no-such-federation") { slug name } }',
      );
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ federation: null });
    });

    it('links the regional VO-College Skåne to the national VO-College as parent and child', async () => {
      const data = await queryData<{
        national: { parent: { slug: string } | null; children: Array<{ slug: string; name: string }> } | null;
        skane: { parent: { slug: string; name: string } | null; children: Array<{ slug: string }> } | null;
      }>(
        testApp.app,
        `{
          national: federation(slug: "vard-och-omsorgscollege") { parent { slug } children { slug name } }
          skane: federation(slug: "vo-college-skane") { parent { slug name } children { slug } }
        }`,
      );
      const national = demoFederation('vard-och-omsorgscollege');
      expect(data.skane?.parent).toEqual({ slug: national.slug, name: national.name });
      expect(data.skane?.children).toEqual([]);
      expect(data.national?.parent).toBeNull();
      expect(data.national?.children.map((child) => child.slug)).toEqual(
        demoSlugs((federation) => federation.parentSlug === national.slug),
      );
      expect(data.national?.children.map((child) => child.slug)).toContain('vo-college-skane');
    });
  });

  describe('federations connection', () => {
    const listQuery = `query ($filter: FederationFilter) {
      federations(first: 100, filter: $filter) {
        totalCount
        edges { cursor node { id slug name kind country } }
        pageInfo { hasNextPage hasPreviousPage }
      }
    }`;

    async function list(filter?: Record<string, unknown>): Promise<Connection<FederationSummary>> {
      const data = await queryData<{ federations: Connection<FederationSummary> }>(testApp.app, listQuery, { filter });
      return data.federations;
    }

    it('lists every demo federation on one page when no filter is given', async () => {
      const federations = await list();
      expect(federations.totalCount).toBe(demoData.federations.length);
      expect(sorted(federations.edges.map((edge) => edge.node.slug))).toEqual(demoSlugs(() => true));
      expect(federations.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
    });

    it('filters by country', async () => {
      for (const country of ['SE', 'NO'] as const) {
        const federations = await list({ country });
        const expected = demoSlugs((federation) => federation.country === country);
        expect(sorted(federations.edges.map((edge) => edge.node.slug))).toEqual(expected);
        expect(federations.totalCount).toBe(expected.length);
        expect(federations.edges.every((edge) => edge.node.country === country)).toBe(true);
      }
      expect((await list({ country: 'NO' })).edges.map((edge) => edge.node.slug)).toEqual(['verdighetsenteret']);
    });

    it('filters by kind', async () => {
      const kinds = [...new Set(demoData.federations.map((federation) => federation.kind))];
      for (const kind of kinds) {
        const federations = await list({ kind: kindEnum(kind) });
        const expected = demoSlugs((federation) => federation.kind === kind);
        expect(sorted(federations.edges.map((edge) => edge.node.slug))).toEqual(expected);
        expect(federations.totalCount).toBe(expected.length);
      }
      expect(sorted((await list({ kind: 'VO_COLLEGE' })).edges.map((edge) => edge.node.slug))).toEqual([
        'vard-och-omsorgscollege',
        'vo-college-skane',
      ]);
    });

    it('filters by parent slug to the children of that federation only', async () => {
      const children = await list({ parent: 'vard-och-omsorgscollege' });
      expect(children.edges.map((edge) => edge.node.slug)).toEqual(['vo-college-skane']);
      expect(children.totalCount).toBe(1);

      const none = await list({ parent: 'vo-college-skane' });
      expect(none.edges).toEqual([]);
      expect(none.totalCount).toBe(0);

      const unknown = await list({ parent: 'no-such-federation' });
      expect(unknown.edges).toEqual([]);
      expect(unknown.totalCount).toBe(0);
    });

    it('combines filters so that every condition must hold', async () => {
      const federations = await list({ country: 'SE', kind: 'VO_COLLEGE', parent: 'vard-och-omsorgscollege' });
      expect(federations.edges.map((edge) => edge.node.slug)).toEqual(['vo-college-skane']);

      const noneInNorway = await list({ country: 'NO', kind: 'VO_COLLEGE' });
      expect(noneInNorway.totalCount).toBe(0);
      expect(noneInNorway.edges).toEqual([]);
    });
  });

  describe('members and membership history', () => {
    const skane = demoFederation('vo-college-skane');
    const lommaJoinedOn = '2023-05-15';

    async function membersOn(slug: string, on?: string) {
      const data = await queryData<{ federation: { members: Membership[]; memberCount: number } | null }>(
        testApp.app,
        `query ($slug: String!, $on: Date) {
          federation(slug: $slug) { members(on: $on) { ${MEMBERSHIP} } memberCount(on: $on) }
        }`,
        { slug, on },
      );
      if (!data.federation) throw new Error(`federation ${slug} not found`);
      return data.federation;
    }

    it('lists the 30 municipalities that are members of VO-College Skåne today, Lomma among them', async () => {
      const { members, memberCount } = await membersOn('vo-college-skane');
      expect(members).toHaveLength(30);
      expect(memberCount).toBe(30);
      expect(sorted(members.map((member) => member.municipality.code))).toEqual(
        sorted(skane.members.map((member) => member.code)),
      );
      expect(members.every((member) => member.federation.slug === 'vo-college-skane')).toBe(true);
      expect(members.every((member) => member.leftOn === null && member.municipality.country === 'SE')).toBe(true);
      expect(members.find((member) => member.municipality.code === '1262')).toEqual({
        joinedOn: lommaJoinedOn,
        leftOn: null,
        municipality: { code: '1262', name: 'Lomma', country: 'SE' },
        federation: { slug: 'vo-college-skane' },
      });
    });

    it('gives the members on an earlier day, before Lomma joined on 2023-05-15', async () => {
      const { members, memberCount } = await membersOn('vo-college-skane', '2023-01-01');
      const expected = skane.members.filter((member) => member.joinedOn <= '2023-01-01');
      expect(expected).toHaveLength(29);
      expect(memberCount).toBe(29);
      expect(sorted(members.map((member) => member.municipality.code))).toEqual(
        sorted(expected.map((member) => member.code)),
      );
      expect(members.map((member) => member.municipality.name)).not.toContain('Lomma');
    });

    it('counts a municipality as a member from the day it joins', async () => {
      const dayBefore = await membersOn('vo-college-skane', '2023-05-14');
      const joiningDay = await membersOn('vo-college-skane', lommaJoinedOn);
      expect(dayBefore.memberCount).toBe(29);
      expect(dayBefore.members.map((member) => member.municipality.code)).not.toContain('1262');
      expect(joiningDay.memberCount).toBe(30);
      expect(joiningDay.members.map((member) => member.municipality.code)).toContain('1262');
    });

    it('has no members before the earliest demo join date', async () => {
      const { members, memberCount } = await membersOn('vo-college-skane', '2014-08-31');
      expect(members).toEqual([]);
      expect(memberCount).toBe(0);
    });

    it('counts the members of each demo federation today', async () => {
      const expected: Record<string, number> = {
        'vard-och-omsorgscollege': 0,
        'vo-college-skane': 30,
        goteborgsregionen: 13,
        'akademi-norr': 12,
        verdighetsenteret: demoFederation('verdighetsenteret').members.length,
      };
      for (const [slug, count] of Object.entries(expected)) {
        const { members, memberCount } = await membersOn(slug);
        expect({ slug, memberCount, members: members.length }).toEqual({ slug, memberCount: count, members: count });
      }
    });

    it('counts members on different days side by side for every federation in a list', async () => {
      const day = '2016-01-01';
      const data = await queryData<{
        federations: Connection<{ slug: string; today: number; earlier: number; earlierMembers: Membership[] }>;
      }>(
        testApp.app,
        `{ federations(first: 10) {
          totalCount
          edges { cursor node { slug today: memberCount earlier: memberCount(on: "${day}") earlierMembers: members(on: "${day}") { ${MEMBERSHIP} } } }
          pageInfo { hasNextPage hasPreviousPage }
        } }`,
      );
      expect(data.federations.edges).toHaveLength(demoData.federations.length);
      for (const { node } of data.federations.edges) {
        const demo = demoFederation(node.slug);
        const earlier = demo.members.filter((member) => member.joinedOn <= day);
        expect({ slug: node.slug, today: node.today, earlier: node.earlier }).toEqual({
          slug: demo.slug,
          today: demo.members.length,
          earlier: earlier.length,
        });
        expect(sorted(node.earlierMembers.map((member) => member.municipality.code))).toEqual(
          sorted(earlier.map((member) => member.code)),
        );
      }
    });

    it('gives the whole membership history, oldest first', async () => {
      const data = await queryData<{ federation: { membershipHistory: Membership[] } | null }>(
        testApp.app,
        `{ federation(slug: "vo-college-skane") { membershipHistory { ${MEMBERSHIP} } } }`,
      );
      const history = data.federation?.membershipHistory ?? [];
      expect(history).toHaveLength(skane.members.length);
      const joinDates = history.map((membership) => membership.joinedOn);
      expect(joinDates).toEqual([...joinDates].sort());
      expect(joinDates[0]).toBe(sorted(skane.members.map((member) => member.joinedOn))[0]);
      expect(history.at(-1)).toMatchObject({ joinedOn: lommaJoinedOn, municipality: { code: '1262', name: 'Lomma' } });
      const demoJoinDates = new Map(skane.members.map((member) => [member.code, member.joinedOn]));
      for (const membership of history) {
        expect(membership.joinedOn).toBe(demoJoinDates.get(membership.municipality.code));
        expect(membership.leftOn).toBeNull();
      }
    });
  });

  describe('coverage', () => {
    it('reports that VO-College Skåne covers 30 of the 33 municipalities in Skåne, 90.9 %', async () => {
      const data = await queryData<{ federation: { coverage: Coverage | null } | null }>(
        testApp.app,
        '{ federation(slug: "vo-college-skane") { coverage { memberCount municipalityCount percentage regionName } } }',
      );
      expect(data.federation?.coverage).toEqual({
        memberCount: 30,
        municipalityCount: 33,
        percentage: 90.9,
        regionName: 'Skåne',
      });
    });

    it('reports the coverage on an earlier day', async () => {
      const data = await queryData<{ federation: { coverage: Coverage | null } | null }>(
        testApp.app,
        '{ federation(slug: "vo-college-skane") { coverage(on: "2023-01-01") { memberCount municipalityCount percentage } } }',
      );
      expect(data.federation?.coverage).toEqual({ memberCount: 29, municipalityCount: 33, percentage: 87.9 });
    });

    it('counts every municipality of the counties a federation names as its region', async () => {
      const akademiNorr = demoFederation('akademi-norr');
      let municipalityCount = 0;
      for (const county of akademiNorr.regionCountyCodes) {
        const data = await queryData<{ municipalities: { totalCount: number } }>(
          testApp.app,
          'query ($county: String!) { municipalities(filter: { country: SE, county: $county }) { totalCount } }',
          { county },
        );
        municipalityCount += data.municipalities.totalCount;
      }
      const data = await queryData<{ federation: { coverage: Coverage | null } | null }>(
        testApp.app,
        '{ federation(slug: "akademi-norr") { coverage { memberCount municipalityCount percentage regionName } } }',
      );
      expect(data.federation?.coverage).toEqual({
        memberCount: akademiNorr.members.length,
        municipalityCount,
        percentage: Math.round((akademiNorr.members.length / municipalityCount) * 1000) / 10,
        regionName: akademiNorr.regionName,
      });
    });

    it('is null for a federation that names no counties as its region', async () => {
      const data = await queryData<{ federation: { coverage: Coverage | null } | null }>(
        testApp.app,
        '{ federation(slug: "vard-och-omsorgscollege") { coverage { memberCount } } }',
      );
      expect(demoFederation('vard-och-omsorgscollege').regionCountyCodes).toEqual([]);
      expect(data.federation).toEqual({ coverage: null });
    });
  });

  describe('global ids', () => {
    it('resolves a federation id through node(id:)', async () => {
      const { federation } = await queryData<{ federation: { id: string } | null }>(
        testApp.app,
        '{ federation(slug: "akademi-norr") { id } }',
      );
      const data = await queryData<{ node: { __typename: string; id: string; slug?: string; name?: string } | null }>(
        testApp.app,
        'query ($id: ID!) { node(id: $id) { __typename id ... on Federation { slug name } } }',
        { id: federation?.id },
      );
      expect(data.node).toEqual({
        __typename: 'Federation',
        id: federation?.id,
        slug: 'akademi-norr',
        name: 'Akademi Norr',
      });
    });

    it('answers null for a well-formed id of a federation that does not exist', async () => {
      const missing = Buffer.from('Federation:00000000-0000-4000-8000-000000000000', 'utf8').toString('base64url');
      const result = await query<{ node: { id: string } | null; nodes: Array<{ id: string } | null> }>(
        testApp.app,
        'query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }',
        { id: missing },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ node: null, nodes: [null] });
    });

    it('rejects an id this API did not hand out as bad input on "id"', async () => {
      const result = await query<{ node: { id: string } | null }>(
        testApp.app,
        '{ node(id: "vo-college-skane") { id } }',
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    });

    it('resolves federation ids through nodes(ids:) in the order asked for', async () => {
      const { federations } = await queryData<{ federations: Connection<FederationSummary> }>(
        testApp.app,
        '{ federations(first: 100) { totalCount edges { cursor node { id slug name kind country } } pageInfo { hasNextPage hasPreviousPage } } }',
      );
      const ids = federations.edges.map((edge) => edge.node.id).reverse();
      const data = await queryData<{ nodes: Array<{ __typename: string; id: string; slug?: string } | null> }>(
        testApp.app,
        'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Federation { slug } } }',
        { ids },
      );
      expect(data.nodes).toEqual(
        [...federations.edges]
          .reverse()
          .map((edge) => ({ __typename: 'Federation', id: edge.node.id, slug: edge.node.slug })),
      );
    });
  });
});
