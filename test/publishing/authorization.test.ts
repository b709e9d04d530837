import type { FederationRole } from '@samverka/db/tables/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, PASSWORD, type SeededUser, seedUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';

type Caller = 'anonymous' | 'platform admin' | FederationRole | 'no role';

const OWN = 'vo-college-skane';
const OTHER = 'goteborgsregionen';

const SET_ROLE = `mutation ($federation: String!, $email: String!) {
  setFederationRole(federation: $federation, email: $email, role: EDITOR) { __typename }
}`;
const CREATE_USER = `mutation ($email: String!) {
  createUser(email: $email, displayName: "Ny Person", password: "ett-långt-lösenord-77") { __typename }
}`;
const AUDIT = '{ auditLog(first: 5) { totalCount edges { node { action at } } } }';

// Who may do what: the federation's admins manage its people; platform admins manage everything.
const MATRIX: Array<{ name: string; allowed: Record<Caller, boolean> }> = [
  {
    name: 'setFederationRole in own federation',
    allowed: {
      anonymous: false,
      'platform admin': true,
      admin: true,
      publisher: false,
      editor: false,
      'no role': false,
    },
  },
  {
    name: 'setFederationRole in another federation',
    allowed: {
      anonymous: false,
      'platform admin': true,
      admin: false,
      publisher: false,
      editor: false,
      'no role': false,
    },
  },
  {
    name: 'createUser',
    allowed: {
      anonymous: false,
      'platform admin': true,
      admin: false,
      publisher: false,
      editor: false,
      'no role': false,
    },
  },
  {
    name: 'auditLog',
    allowed: {
      anonymous: false,
      'platform admin': true,
      admin: false,
      publisher: false,
      editor: false,
      'no role': false,
    },
  },
];

const CALLERS: Caller[] = ['anonymous', 'platform admin', 'admin', 'publisher', 'editor', 'no role'];

describe('authorization matrix', () => {
  let test: TestApp;
  const tokens = new Map<Caller, string | undefined>();
  let counter = 0;
  let target: SeededUser;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    tokens.set('anonymous', undefined);
    const platformAdmin = await seedUser(test.database.db, { email: 'plattform@example.org', platformAdmin: true });
    tokens.set('platform admin', await logIn(test.app, platformAdmin));
    for (const role of ['admin', 'publisher', 'editor'] as const) {
      const user = await seedUser(test.database.db, { email: `${role}@skane.example`, roles: { [OWN]: role } });
      tokens.set(role, await logIn(test.app, user));
    }
    const nobody = await seedUser(test.database.db, { email: 'ingen-roll@example.org' });
    tokens.set('no role', await logIn(test.app, nobody));
    target = await seedUser(test.database.db, { email: 'mal@example.org' });
  });
  afterAll(() => test.close());

  async function attempt(name: string, caller: Caller) {
    const token = tokens.get(caller);
    switch (name) {
      case 'setFederationRole in own federation':
        return send(test.app, SET_ROLE, { federation: OWN, email: 'mal@example.org' }, { token });
      case 'setFederationRole in another federation':
        return send(test.app, SET_ROLE, { federation: OTHER, email: 'mal@example.org' }, { token });
      case 'createUser':
        counter += 1;
        return send(test.app, CREATE_USER, { email: `ny${counter}@example.org` }, { token });
      default:
        return send(test.app, AUDIT, {}, { token });
    }
  }

  for (const { name, allowed } of MATRIX) {
    describe(name, () => {
      for (const caller of CALLERS) {
        it(`${allowed[caller] ? 'allows' : 'refuses'} ${caller}`, async () => {
          const result = await attempt(name, caller);
          if (allowed[caller]) {
            expect(result.errors).toBeUndefined();
            expect(result.data).not.toBeNull();
          } else {
            expect(result.errors?.[0]?.extensions?.code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          }
        });
      }
    });
  }

  it('a role granted by an admin takes effect on the person’s next request', async () => {
    const grant = await send<{ setFederationRole: { __typename: string } }>(
      test.app,
      'mutation { setFederationRole(federation: "vo-college-skane", email: "mal@example.org", role: PUBLISHER) { __typename } }',
      {},
      { token: tokens.get('admin') },
    );
    expect(grant.data?.setFederationRole.__typename).toBe('SetFederationRoleSuccess');
    const token = await logIn(test.app, { ...target, password: PASSWORD });
    const viewer = await send<{ viewer: { roles: Array<{ role: string; federation: { slug: string } }> } }>(
      test.app,
      '{ viewer { roles { role federation { slug } } } }',
      {},
      { token },
    );
    expect(viewer.data?.viewer.roles).toContainEqual({ role: 'PUBLISHER', federation: { slug: OWN } });
  });

  it('reports an unknown person as NotFound to an admin', async () => {
    const result = await send<{ setFederationRole: { __typename: string; what?: string } }>(
      test.app,
      'mutation { setFederationRole(federation: "vo-college-skane", email: "okand@example.org", role: EDITOR) { __typename ... on NotFound { what } } }',
      {},
      { token: tokens.get('admin') },
    );
    expect(result.data?.setFederationRole).toEqual({ __typename: 'NotFound', what: 'user' });
  });

  it('records role changes with their actor in the audit log, readable by platform admins', async () => {
    const result = await send<{
      auditLog: { edges: Array<{ node: { action: string; actor: { email: string } | null } }> };
    }>(
      test.app,
      '{ auditLog(first: 50, filter: { action: "role.granted" }) { edges { node { action actor { email } } } } }',
      {},
      { token: tokens.get('platform admin') },
    );
    const actors = result.data?.auditLog.edges.map((edge) => edge.node.actor?.email);
    expect(actors).toContain('admin@skane.example');
  });

  it('shows a person’s roles in other federations only to themselves and platform admins', async () => {
    const result = await send<{ setFederationRole: unknown }>(
      test.app,
      'mutation { setFederationRole(federation: "vo-college-skane", email: "mal@example.org", role: EDITOR) { ... on SetFederationRoleSuccess { data { email roles { role } } } } }',
      {},
      { token: tokens.get('admin') },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
