import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInStaff, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { query } from '../support/graphql.js';

const OWN = 'vo-college-skane';

interface MembershipData {
  municipality: { code: string; name: string };
  joinedOn: string;
  leftOn: string | null;
}

interface Outcome {
  __typename: string;
  data?: MembershipData;
  code?: string;
  field?: string;
  what?: string;
}

const RESULT = `__typename
  ... on Problem { code }
  ... on InputProblem { field }
  ... on NotFound { what }`;
const MEMBERSHIP = 'data { municipality { code name } joinedOn leftOn }';

const JOIN = `mutation ($federation: String!, $municipality: String!, $on: Date!) {
  joinFederation(federation: $federation, municipality: $municipality, joinedOn: $on) {
    ${RESULT} ... on JoinFederationSuccess { ${MEMBERSHIP} }
  }
}`;
const LEAVE = `mutation ($federation: String!, $municipality: String!, $on: Date!) {
  leaveFederation(federation: $federation, municipality: $municipality, leftOn: $on) {
    ${RESULT} ... on LeaveFederationSuccess { ${MEMBERSHIP} }
  }
}`;

describe('memberships: joining and leaving with dates', () => {
  let test: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    Object.assign(tokens, await logInStaff(test.app, db, OWN));
  });
  afterAll(() => test.close());

  async function run(
    source: string,
    municipality: string,
    on: string,
    token: string | undefined,
    federation = OWN,
  ): Promise<Outcome> {
    const result = await send<Record<string, Outcome>>(test.app, source, { federation, municipality, on }, { token });
    if (result.errors) return { __typename: 'error', code: result.errors[0]?.extensions?.code };
    const [outcome] = Object.values(result.data ?? {});
    return outcome as Outcome;
  }

  async function memberCount(on?: string): Promise<number> {
    const result = await query<{ federation: { memberCount: number } }>(
      test.app,
      'query ($on: Date) { federation(slug: "vo-college-skane") { memberCount(on: $on) } }',
      { on: on ?? null },
    );
    return result.data?.federation.memberCount ?? -1;
  }

  async function memberCodes(on?: string): Promise<string[]> {
    const result = await query<{ federation: { members: Array<{ municipality: { code: string } }> } }>(
      test.app,
      'query ($on: Date) { federation(slug: "vo-college-skane") { members(on: $on) { municipality { code } } } }',
      { on: on ?? null },
    );
    return result.data?.federation.members.map((member) => member.municipality.code) ?? [];
  }

  it('lets an admin record that a municipality joined, counted from that day', async () => {
    expect(await memberCount()).toBe(30);
    const joined = await run(JOIN, '1233', '2024-01-01', tokens.admin);
    expect(joined).toMatchObject({
      __typename: 'JoinFederationSuccess',
      data: { municipality: { code: '1233', name: 'Vellinge' }, joinedOn: '2024-01-01', leftOn: null },
    });
    expect(await memberCount()).toBe(31);
    expect(await memberCount('2023-12-31')).toBe(30);
    expect(await memberCodes('2024-01-01')).toContain('1233');
  });

  it('refuses a membership that overlaps one on record', async () => {
    const again = await run(JOIN, '1233', '2025-01-01', tokens.admin);
    expect(again).toMatchObject({ __typename: 'InputProblem', code: 'MEMBERSHIP_OVERLAP', field: 'joinedOn' });
    const earlier = await run(JOIN, '1262', '2020-01-01', tokens.admin);
    expect(earlier).toMatchObject({ code: 'MEMBERSHIP_OVERLAP' });
  });

  it('names the municipality when it is unknown or not a code', async () => {
    expect(await run(JOIN, '9999', '2024-01-01', tokens.admin)).toMatchObject({
      __typename: 'InputProblem',
      code: 'UNKNOWN_MUNICIPALITY',
      field: 'municipality',
    });
    expect(await run(JOIN, '1860', '2024-01-01', tokens.admin)).toMatchObject({
      code: 'AMBIGUOUS_MUNICIPALITY',
      field: 'municipality',
    });
    expect(await run(JOIN, 'Lomma', '2024-01-01', tokens.admin)).toMatchObject({
      code: 'INVALID_MUNICIPALITY_CODE',
      field: 'municipality',
    });
  });

  it('ends the open membership on leaving and keeps it as history', async () => {
    const before = await memberCount();
    const left = await run(LEAVE, '1262', '2025-06-01', tokens.platformAdmin);
    expect(left).toMatchObject({
      __typename: 'LeaveFederationSuccess',
      data: { municipality: { code: '1262' }, joinedOn: '2023-05-15', leftOn: '2025-06-01' },
    });
    expect(await memberCount()).toBe(before - 1);
    expect(await memberCodes()).not.toContain('1262');
    expect(await memberCodes('2025-05-31')).toContain('1262');
    expect(await memberCodes('2025-06-01')).not.toContain('1262');
    const history = await query<{ federation: { membershipHistory: MembershipData[] } }>(
      test.app,
      '{ federation(slug: "vo-college-skane") { membershipHistory { municipality { code name } joinedOn leftOn } } }',
    );
    expect(history.data?.federation.membershipHistory).toContainEqual({
      municipality: { code: '1262', name: 'Lomma' },
      joinedOn: '2023-05-15',
      leftOn: '2025-06-01',
    });
  });

  it('refuses to end a membership that is not open, or before it began', async () => {
    expect(await run(LEAVE, '1262', '2025-07-01', tokens.admin)).toMatchObject({
      __typename: 'InputProblem',
      code: 'NOT_A_MEMBER',
      field: 'municipality',
    });
    expect(await run(LEAVE, '1278', '2025-07-01', tokens.admin)).toMatchObject({ code: 'NOT_A_MEMBER' });
    expect(await run(LEAVE, '1280', '2014-08-31', tokens.admin)).toMatchObject({
      __typename: 'InputProblem',
      code: 'LEFT_BEFORE_JOINED',
      field: 'leftOn',
    });
  });

  it('lets a municipality rejoin after its last period, never inside it', async () => {
    expect(await run(JOIN, '1262', '2025-05-01', tokens.admin)).toMatchObject({ code: 'MEMBERSHIP_OVERLAP' });
    const rejoined = await run(JOIN, '1262', '2025-06-01', tokens.admin);
    expect(rejoined).toMatchObject({ __typename: 'JoinFederationSuccess', data: { joinedOn: '2025-06-01' } });
    const history = await query<{ federation: { membershipHistory: MembershipData[] } }>(
      test.app,
      '{ federation(slug: "vo-college-skane") { membershipHistory { municipality { code name } joinedOn leftOn } } }',
    );
    const lomma = history.data?.federation.membershipHistory.filter((m) => m.municipality.code === '1262');
    expect(lomma?.map((m) => [m.joinedOn, m.leftOn])).toEqual([
      ['2023-05-15', '2025-06-01'],
      ['2025-06-01', null],
    ]);
  });

  it('lets only one of two simultaneous joins through', async () => {
    const outcomes = await Promise.all([
      run(JOIN, '1278', '2024-01-01', tokens.admin),
      run(JOIN, '1278', '2024-02-01', tokens.admin),
    ]);
    expect(outcomes.map((outcome) => outcome.__typename).sort()).toEqual(['InputProblem', 'JoinFederationSuccess']);
  });

  it('refuses anyone but the federation’s admins and platform admins', async () => {
    expect(await run(JOIN, '1256', '2024-01-01', undefined)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await run(LEAVE, '1280', '2024-01-01', undefined)).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const caller of ['publisher', 'editor', 'otherAdmin']) {
      expect(await run(JOIN, '1256', '2024-01-01', tokens[caller])).toMatchObject({ code: 'FORBIDDEN' });
      expect(await run(LEAVE, '1280', '2024-01-01', tokens[caller])).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await memberCodes()).toContain('1280');
    expect(await run(JOIN, '1256', '2024-01-01', tokens.platformAdmin)).toMatchObject({
      __typename: 'JoinFederationSuccess',
    });
  });

  it('reports an unknown federation to a platform admin', async () => {
    expect(await run(JOIN, '1256', '2024-01-01', tokens.platformAdmin, 'finns-inte')).toMatchObject({
      __typename: 'NotFound',
      what: 'federation',
    });
    expect(await run(JOIN, '1256', '2024-01-01', tokens.admin, 'finns-inte')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records each join and leave in the audit log with its actor', async () => {
    const result = await send<{
      auditLog: {
        edges: Array<{ node: { action: string; actor: { email: string } | null; details: Record<string, unknown> } }>;
      };
    }>(
      test.app,
      `{ auditLog(first: 50, filter: { federation: "vo-college-skane" }) {
        edges { node { action actor { email } details } }
      } }`,
      {},
      { token: tokens.platformAdmin },
    );
    const entries = result.data?.auditLog.edges.map((edge) => edge.node) ?? [];
    expect(entries).toContainEqual({
      action: 'membership.left',
      actor: { email: 'plattform@example.org' },
      details: { municipality: 'SE-1262', joinedOn: '2023-05-15', leftOn: '2025-06-01' },
    });
    expect(entries).toContainEqual({
      action: 'membership.joined',
      actor: { email: 'admin@skane.example' },
      details: { municipality: 'SE-1233', joinedOn: '2024-01-01', leftOn: null },
    });
    expect(entries.filter((entry) => entry.action.startsWith('membership.'))).toHaveLength(5);
  });
});
