import { demoData } from '@samverka/db/seed/demo/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { query, queryData } from '../support/graphql.js';

interface MunicipalityMembership {
  joinedOn: string;
  leftOn: string | null;
  federation: { slug: string; name: string };
}

interface Municipality {
  id: string;
  code: string;
  country: string;
  name: string;
  officialName: string;
  countyCode: string;
  countyName: string;
  latitude: number | null;
  longitude: number | null;
}

interface MunicipalityWithMemberships extends Municipality {
  memberships: MunicipalityMembership[];
}

interface MunicipalityConnection {
  totalCount: number;
  edges: Array<{ cursor: string; node: Municipality }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const MUNICIPALITY_FIELDS = 'id code country name officialName countyCode countyName latitude longitude';

const sorted = (values: string[]) => [...values].sort();

function demoMemberCodes(slug: string): string[] {
  const federation = demoData.federations.find((candidate) => candidate.slug === slug);
  if (!federation) throw new Error(`No demo federation ${slug}`);
  return sorted(federation.members.map((member) => member.code));
}

describe('municipalities API', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  describe('municipality(code:)', () => {
    it('finds Lomma by its code, with its membership of VO-College Skåne since 2023-05-15', async () => {
      const data = await queryData<{ municipality: MunicipalityWithMemberships | null }>(
        testApp.app,
        `{ municipality(code: "1262") { ${MUNICIPALITY_FIELDS} memberships { joinedOn leftOn federation { slug name } } } }`,
      );
      expect(data.municipality).toMatchObject({
        code: '1262',
        country: 'SE',
        name: 'Lomma',
        officialName: 'Lomma',
        countyCode: '12',
        countyName: 'Skåne län',
      });
      expect(data.municipality?.latitude).toBeCloseTo(55.7, 1);
      expect(data.municipality?.longitude).toBeCloseTo(13.07, 1);
      expect(data.municipality?.memberships).toEqual([
        {
          joinedOn: '2023-05-15',
          leftOn: null,
          federation: { slug: 'vo-college-skane', name: 'Vård- och omsorgscollege Skåne' },
        },
      ]);
    });

    it('gives no memberships for Lomma on a day before it joined', async () => {
      const data = await queryData<{ municipality: { memberships: MunicipalityMembership[] } | null }>(
        testApp.app,
        '{ municipality(code: "1262") { memberships(on: "2023-01-01") { joinedOn leftOn federation { slug name } } } }',
      );
      expect(data.municipality).toEqual({ memberships: [] });
    });

    it('lists every federation a municipality belongs to', async () => {
      const expected = sorted(
        demoData.federations
          .filter((federation) =>
            federation.members.some((member) => member.country === 'SE' && member.code === '1480'),
          )
          .map((federation) => federation.slug),
      );
      const data = await queryData<{ municipality: { name: string; memberships: MunicipalityMembership[] } | null }>(
        testApp.app,
        '{ municipality(code: "1480") { name memberships { joinedOn leftOn federation { slug name } } } }',
      );
      expect(data.municipality?.name).toBe('Göteborg');
      expect(sorted(data.municipality?.memberships.map((membership) => membership.federation.slug) ?? [])).toEqual(
        expected,
      );
      expect(expected).toEqual(['goteborgsregionen']);
    });

    it('answers null without errors for a code no municipality has', async () => {
      const result = await query<{ municipality: Municipality | null }>(
        testApp.app,
        '{ municipality(code: "9999") { code name } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ municipality: null });
    });

    it('asks for the country when a code is used in both Sweden and Norway', async () => {
      const result = await query<{ municipality: Municipality | null }>(
        testApp.app,
        '{ municipality(code: "1860") { code name } }',
      );
      expect(result.data?.municipality ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'country' });
      expect(result.errors?.[0]?.path).toEqual(['municipality']);
    });

    it('picks the municipality of the country given for a shared code', async () => {
      const data = await queryData<{ norway: Municipality | null; sweden: Municipality | null }>(
        testApp.app,
        `{
          norway: municipality(code: "1860", country: NO) { ${MUNICIPALITY_FIELDS} }
          sweden: municipality(code: "1860", country: SE) { ${MUNICIPALITY_FIELDS} }
        }`,
      );
      expect(data.norway).toMatchObject({ code: '1860', country: 'NO', name: 'Vestvågøy', countyName: 'Nordland' });
      expect(data.sweden).toMatchObject({ code: '1860', country: 'SE', name: 'Laxå', countyName: 'Örebro län' });
    });

    it('rejects a code that is not four digits as bad input on "code"', async () => {
      const result = await query<{ municipality: Municipality | null }>(
        testApp.app,
        '{ municipality(code: "Lomma") { code } }',
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
    });

    it('resolves a municipality id through node(id:)', async () => {
      const lomma = await queryData<{ municipality: Municipality | null }>(
        testApp.app,
        `{ municipality(code: "1262") { ${MUNICIPALITY_FIELDS} } }`,
      );
      const data = await queryData<{ node: { __typename: string; code?: string; name?: string } | null }>(
        testApp.app,
        'query ($id: ID!) { node(id: $id) { __typename ... on Municipality { code name } } }',
        { id: lomma.municipality?.id },
      );
      expect(data.node).toEqual({ __typename: 'Municipality', code: '1262', name: 'Lomma' });
    });
  });

  describe('municipalities connection', () => {
    const listQuery = `query ($filter: MunicipalityFilter, $first: Int) {
      municipalities(first: $first, filter: $filter) {
        totalCount
        edges { cursor node { ${MUNICIPALITY_FIELDS} } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`;

    async function list(filter: Record<string, unknown> | undefined, first = 100): Promise<MunicipalityConnection> {
      const data = await queryData<{ municipalities: MunicipalityConnection }>(testApp.app, listQuery, {
        filter,
        first,
      });
      return data.municipalities;
    }

    it('counts all 290 Swedish and 357 Norwegian municipalities', async () => {
      const sweden = await list({ country: 'SE' }, 5);
      const norway = await list({ country: 'NO' }, 5);
      const all = await list(undefined, 5);
      expect(sweden.totalCount).toBe(290);
      expect(norway.totalCount).toBe(357);
      expect(all.totalCount).toBe(290 + 357);
      expect(sweden.edges.every((edge) => edge.node.country === 'SE')).toBe(true);
      expect(norway.edges.every((edge) => edge.node.country === 'NO')).toBe(true);
      expect(sweden.edges).toHaveLength(5);
      expect(sweden.pageInfo.hasNextPage).toBe(true);
    });

    it('filters by county: the 33 municipalities of Skåne', async () => {
      const skane = await list({ county: '12' });
      expect(skane.totalCount).toBe(33);
      expect(skane.edges).toHaveLength(33);
      expect(skane.pageInfo.hasNextPage).toBe(false);
      expect(skane.edges.every((edge) => edge.node.countyCode === '12' && edge.node.countyName === 'Skåne län')).toBe(
        true,
      );
      const codes = skane.edges.map((edge) => edge.node.code);
      expect(codes).toContain('1262');
      const skaneMembers = demoMemberCodes('vo-college-skane');
      expect(skaneMembers.every((code) => codes.includes(code))).toBe(true);
      expect(codes.filter((code) => !skaneMembers.includes(code))).toHaveLength(3);
    });

    it('combines country and county', async () => {
      const swedishSkane = await list({ country: 'SE', county: '12' });
      expect(swedishSkane.totalCount).toBe(33);
      const norwegianTwelve = await list({ country: 'NO', county: '12' });
      expect(norwegianTwelve.totalCount).toBe(0);
      expect(norwegianTwelve.edges).toEqual([]);
    });

    it('rejects a county code that is not two digits', async () => {
      const result = await query<{ municipalities: MunicipalityConnection }>(
        testApp.app,
        '{ municipalities(filter: { county: "Skåne" }) { totalCount } }',
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.county' });
    });

    it('filters by membership: the 13 members of Göteborgsregionen', async () => {
      const members = await list({ memberOf: ['goteborgsregionen'] });
      expect(members.totalCount).toBe(13);
      expect(sorted(members.edges.map((edge) => edge.node.code))).toEqual(demoMemberCodes('goteborgsregionen'));
      expect(members.edges.map((edge) => edge.node.name)).toEqual(expect.arrayContaining(['Göteborg', 'Kungsbacka']));
    });

    it('filters by membership: the 12 members of Akademi Norr and the 30 of VO-College Skåne', async () => {
      const akademiNorr = await list({ memberOf: ['akademi-norr'] });
      expect(akademiNorr.totalCount).toBe(12);
      expect(sorted(akademiNorr.edges.map((edge) => edge.node.code))).toEqual(demoMemberCodes('akademi-norr'));

      const skane = await list({ memberOf: ['vo-college-skane'] });
      expect(skane.totalCount).toBe(30);
      expect(sorted(skane.edges.map((edge) => edge.node.code))).toEqual(demoMemberCodes('vo-college-skane'));
    });

    it('filters by membership of any of several federations', async () => {
      const either = await list({ memberOf: ['goteborgsregionen', 'akademi-norr'] });
      expect(either.totalCount).toBe(13 + 12);
      expect(sorted(either.edges.map((edge) => edge.node.code))).toEqual(
        sorted([...demoMemberCodes('goteborgsregionen'), ...demoMemberCodes('akademi-norr')]),
      );
      const unknown = await list({ memberOf: ['no-such-federation'] });
      expect(unknown.totalCount).toBe(0);
    });

    it('finds Lomma by a part of its name, in any letter case', async () => {
      for (const search of ['lom', 'LOM']) {
        const found = await list({ search });
        expect(found.edges.map((edge) => edge.node.name)).toContain('Lomma');
        expect(found.totalCount).toBe(found.edges.length);
        for (const { node } of found.edges) {
          expect(`${node.name} ${node.officialName}`.toLowerCase()).toContain('lom');
        }
      }
      const swedish = await list({ search: 'lom', country: 'SE' });
      expect(swedish.edges.map((edge) => edge.node.code)).toContain('1262');
      expect(swedish.edges.every((edge) => edge.node.country === 'SE')).toBe(true);
    });

    it('finds a municipality by its exact code', async () => {
      const found = await list({ search: '1262' });
      expect(found.edges.map((edge) => [edge.node.country, edge.node.code, edge.node.name])).toEqual([
        ['SE', '1262', 'Lomma'],
      ]);
    });

    it('finds nothing for a name no municipality has', async () => {
      const found = await list({ search: 'Atlantis' });
      expect(found.totalCount).toBe(0);
      expect(found.edges).toEqual([]);
      expect(found.pageInfo.hasNextPage).toBe(false);
    });
  });
});
