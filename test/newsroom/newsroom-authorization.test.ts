import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, seedUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { invite } from '../support/invitations.js';
import { tinyImage, upload } from '../support/uploads.js';

type Caller = 'anonymous' | 'platform admin' | 'admin' | 'publisher' | 'editor' | 'no role';

const CALLERS: Caller[] = ['anonymous', 'platform admin', 'admin', 'publisher', 'editor', 'no role'];
const OWN = 'vo-college-skane';
const OTHER = 'goteborgsregionen';

const WRITERS: Caller[] = ['platform admin', 'admin', 'publisher', 'editor'];
const ADMINS: Caller[] = ['platform admin', 'admin'];
const PLATFORM: Caller[] = ['platform admin'];

interface Attempt {
  name: string;
  /** The callers allowed; everyone else is refused (anonymous as unauthenticated, the rest as forbidden). */
  allowed: Caller[];
  /** 'allowed', 'unauthenticated' or 'forbidden', as the answer says. */
  run(token: string | undefined): Promise<'allowed' | 'unauthenticated' | 'forbidden' | string>;
}

describe('authorization matrix: uploads and invitations', () => {
  let test: TestApp;
  const tokens = new Map<Caller, string | undefined>();
  let counter = 0;

  const graphql = async (source: string, variables: Record<string, unknown>, token: string | undefined) => {
    const result = await send(test.app, source, variables, { token });
    const code = result.errors?.[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED') return 'unauthenticated';
    if (code === 'FORBIDDEN') return 'forbidden';
    return result.errors ? `error ${JSON.stringify(result.errors)}` : 'allowed';
  };

  const inviteIn = (federation: string) => (token: string | undefined) =>
    graphql(
      'mutation ($f: String!, $e: String!) { inviteToFederation(federation: $f, email: $e, role: EDITOR) { __typename } }',
      { f: federation, e: `ny${++counter}@kommun.se` },
      token,
    );

  const revokeIn = (federation: string) => async (token: string | undefined) => {
    const made = await invite(test.app, tokens.get('platform admin') as string, {
      federation,
      email: `aterkallas${++counter}@kommun.se`,
      role: 'EDITOR',
    });
    return graphql(
      'mutation ($id: ID!) { revokeInvitation(id: $id) { __typename } }',
      { id: made.invitation.id },
      token,
    );
  };

  const listIn = (federation: string) => (token: string | undefined) =>
    graphql('query ($f: String!) { pendingInvitations(federation: $f) { id } }', { f: federation }, token);

  const uploadIn = (federation: string) => async (token: string | undefined) => {
    const response = await upload(test.app, { token, federation, bytes: await tinyImage('png') });
    if (response.statusCode === 201) return 'allowed';
    if (response.statusCode === 401) return 'unauthenticated';
    if (response.statusCode === 403) return 'forbidden';
    return `status ${response.statusCode}`;
  };

  const ATTEMPTS: Attempt[] = [
    { name: 'POST /uploads, own federation', allowed: WRITERS, run: uploadIn(OWN) },
    { name: 'POST /uploads, other federation', allowed: PLATFORM, run: uploadIn(OTHER) },
    { name: 'inviteToFederation, own federation', allowed: ADMINS, run: inviteIn(OWN) },
    { name: 'inviteToFederation, other federation', allowed: PLATFORM, run: inviteIn(OTHER) },
    { name: 'revokeInvitation, own federation', allowed: ADMINS, run: revokeIn(OWN) },
    { name: 'revokeInvitation, other federation', allowed: PLATFORM, run: revokeIn(OTHER) },
    { name: 'pendingInvitations, own federation', allowed: ADMINS, run: listIn(OWN) },
    { name: 'pendingInvitations, other federation', allowed: PLATFORM, run: listIn(OTHER) },
  ];

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    tokens.set('anonymous', undefined);
    tokens.set(
      'platform admin',
      await logIn(test.app, await seedUser(db, { email: 'pa@example.org', platformAdmin: true })),
    );
    for (const role of ['admin', 'publisher', 'editor'] as const) {
      tokens.set(
        role,
        await logIn(test.app, await seedUser(db, { email: `${role}@skane.example`, roles: { [OWN]: role } })),
      );
    }
    tokens.set('no role', await logIn(test.app, await seedUser(db, { email: 'ingen@example.org' })));
  });
  afterAll(() => test.close());

  for (const attempt of ATTEMPTS) {
    describe(attempt.name, () => {
      for (const caller of CALLERS) {
        const allowed = attempt.allowed.includes(caller);
        it(`${allowed ? 'allows' : 'refuses'} ${caller}`, async () => {
          const expected = allowed ? 'allowed' : caller === 'anonymous' ? 'unauthenticated' : 'forbidden';
          expect(await attempt.run(tokens.get(caller))).toBe(expected);
        });
      }
    });
  }

  it('lets anyone try acceptInvitation: the token is the permission', async () => {
    const result = await send(
      test.app,
      'mutation { acceptInvitation(token: "svk_x") { __typename ... on Problem { code } } }',
      {},
    );
    expect(result.data).toEqual({
      acceptInvitation: { __typename: 'InvitationNotUsable', code: 'INVITATION_INVALID' },
    });
  });
});
