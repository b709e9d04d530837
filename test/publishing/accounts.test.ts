import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, type LoginData, logIn, type SeededUser, seedUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';

const VIEWER = '{ viewer { email displayName isPlatformAdmin roles { role federation { slug } } } }';

interface ViewerData {
  viewer: {
    email: string;
    displayName: string;
    isPlatformAdmin: boolean;
    roles: Array<{ role: string; federation: { slug: string } }>;
  } | null;
}

describe('accounts, sessions and tokens', () => {
  let test: TestApp;
  let publisher: SeededUser;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    publisher = await seedUser(test.database.db, {
      email: 'kommunikation@skane.example',
      roles: { 'vo-college-skane': 'publisher' },
    });
  });
  afterAll(() => test.close());

  describe('login', () => {
    it('gives a session token that identifies the user and their roles', async () => {
      const token = await logIn(test.app, publisher);
      expect(token).toMatch(/^svk_/);
      const result = await send<ViewerData>(test.app, VIEWER, {}, { token });
      expect(result.data?.viewer).toEqual({
        email: publisher.email,
        displayName: 'kommunikation',
        isPlatformAdmin: false,
        roles: [{ role: 'PUBLISHER', federation: { slug: 'vo-college-skane' } }],
      });
    });

    it('accepts the address in any case and with spaces around it', async () => {
      const result = await send<LoginData>(test.app, LOGIN, {
        email: `  ${publisher.email.toUpperCase()} `,
        password: publisher.password,
      });
      expect(result.data?.login.__typename).toBe('LoginSuccess');
    });

    it('answers a wrong password and an unknown address alike', async () => {
      const wrongPassword = await send<LoginData>(
        test.app,
        LOGIN,
        { email: publisher.email, password: 'fel-lösenord-helt-enkelt' },
        { address: '10.0.0.1' },
      );
      const unknown = await send<LoginData>(
        test.app,
        LOGIN,
        { email: 'ingen@nowhere.example', password: 'fel-lösenord-helt-enkelt' },
        { address: '10.0.0.1' },
      );
      expect(wrongPassword.data?.login).toEqual(unknown.data?.login);
      expect(wrongPassword.data?.login).toMatchObject({
        __typename: 'InvalidCredentials',
        code: 'INVALID_CREDENTIALS',
      });
    });

    it('stores no token in the clear', async () => {
      const token = await logIn(test.app, publisher);
      const stored = await test.database.db.selectFrom('access_tokens').select(['token_hash', 'token_hint']).execute();
      expect(stored.some((row) => row.token_hash === token)).toBe(false);
      expect(stored.every((row) => row.token_hint.length < 12)).toBe(true);
    });

    it('refuses a malformed or unknown bearer token with 401 rather than treating it as anonymous', async () => {
      const unknown = await send(test.app, VIEWER, {}, { token: `svk_${'A'.repeat(43)}` });
      expect(unknown.status).toBe(401);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const malformed = await send(test.app, VIEWER, {}, { token: 'not-a-token' });
      expect(malformed.status).toBe(401);
    });

    it('is anonymous without a token', async () => {
      const result = await send<ViewerData>(test.app, VIEWER);
      expect(result.data?.viewer).toBeNull();
    });
  });

  describe('rate limits on failed logins', () => {
    it('locks an account after 5 attempts, even with the right password afterwards, and whoever tries', async () => {
      const user = await seedUser(test.database.db, { email: 'locked@example.org' });
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const result = await send<LoginData>(
          test.app,
          LOGIN,
          { email: user.email, password: 'fel-lösenord-helt-enkelt' },
          { address: `10.1.0.${attempt}` },
        );
        expect(result.data?.login.__typename).toBe('InvalidCredentials');
      }
      const right = await send<LoginData>(
        test.app,
        LOGIN,
        { email: user.email, password: user.password },
        { address: '10.1.1.1' },
      );
      expect(right.data?.login).toMatchObject({ __typename: 'TooManyAttempts', code: 'TOO_MANY_ATTEMPTS' });
      expect(right.data?.login.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('locks an unknown address the same way, so a lock-out reveals nothing', async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await send(
          test.app,
          LOGIN,
          { email: 'finns-inte@example.org', password: 'x'.repeat(12) },
          { address: `10.2.0.${attempt}` },
        );
      }
      const sixth = await send<LoginData>(test.app, LOGIN, {
        email: 'finns-inte@example.org',
        password: 'x'.repeat(12),
      });
      expect(sixth.data?.login.__typename).toBe('TooManyAttempts');
    });

    it('counts aliased login fields in one request one by one', async () => {
      const user = await seedUser(test.database.db, { email: 'alias@example.org' });
      const aliases = Array.from(
        { length: 8 },
        (_, index) => `a${index}: login(email: "${user.email}", password: "fel-lösenord-${index}-xyz") { __typename }`,
      ).join('\n');
      const result = await send<Record<string, { __typename: string }>>(
        test.app,
        `mutation { ${aliases} }`,
        {},
        { address: '10.3.0.1' },
      );
      const outcomes = Object.values(result.data ?? {}).map((value) => value.__typename);
      expect(outcomes.filter((name) => name === 'InvalidCredentials')).toHaveLength(5);
      expect(outcomes.filter((name) => name === 'TooManyAttempts')).toHaveLength(3);
    });

    it('limits one address trying many accounts', async () => {
      const address = '10.4.0.1';
      for (let attempt = 0; attempt < 20; attempt += 1) {
        await send(test.app, LOGIN, { email: `gissning${attempt}@example.org`, password: 'x'.repeat(12) }, { address });
      }
      const next = await send<LoginData>(
        test.app,
        LOGIN,
        { email: publisher.email, password: publisher.password },
        { address },
      );
      expect(next.data?.login.__typename).toBe('TooManyAttempts');
    });
  });

  describe('sessions and personal tokens', () => {
    const CREATE = `mutation ($name: String!) { createApiToken(name: $name, expiresInDays: 30) {
      __typename ... on CreateApiTokenSuccess { data { token apiToken { id name hint expiresAt } } } ... on Problem { code } ... on InputProblem { field } } }`;

    interface CreateData {
      createApiToken: {
        __typename: string;
        data?: { token: string; apiToken: { id: string; name: string; hint: string; expiresAt: string } };
        code?: string;
        field?: string;
      };
    }

    it('ends a session at logout', async () => {
      const token = await logIn(test.app, publisher);
      const logout = await send<{ logout: boolean }>(test.app, 'mutation { logout }', {}, { token });
      expect(logout.data?.logout).toBe(true);
      expect((await send(test.app, VIEWER, {}, { token })).status).toBe(401);
    });

    it('creates a personal token shown once, listed by its hint, that works until revoked', async () => {
      const session = await logIn(test.app, publisher);
      const created = await send<CreateData>(test.app, CREATE, { name: 'Import från webbplatsen' }, { token: session });
      const data = created.data?.createApiToken.data;
      expect(data?.token).toMatch(/^svk_/);
      expect(data?.apiToken.hint).toBe(`${data?.token.slice(0, 8)}…`);

      const asToken = await send<ViewerData>(test.app, VIEWER, {}, { token: data?.token });
      expect(asToken.data?.viewer?.email).toBe(publisher.email);

      const listed = await send<{
        viewer: { apiTokens: Array<{ name: string; hint: string; revokedAt: string | null }> };
      }>(test.app, '{ viewer { apiTokens { name hint revokedAt } } }', {}, { token: session });
      expect(listed.data?.viewer.apiTokens).toContainEqual({
        name: 'Import från webbplatsen',
        hint: data?.apiToken.hint,
        revokedAt: null,
      });
      expect(JSON.stringify(listed)).not.toContain(data?.token);

      const revoked = await send<{ revokeApiToken: { __typename: string } }>(
        test.app,
        'mutation ($id: ID!) { revokeApiToken(id: $id) { __typename } }',
        { id: data?.apiToken.id },
        { token: session },
      );
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data?.revokeApiToken.__typename).toBe('RevokeApiTokenSuccess');
      expect((await send(test.app, VIEWER, {}, { token: data?.token })).status).toBe(401);
    });

    it('says which field to fix in a token request', async () => {
      const session = await logIn(test.app, publisher);
      const result = await send<CreateData>(test.app, CREATE, { name: '   ' }, { token: session });
      expect(result.data?.createApiToken).toMatchObject({
        __typename: 'InputProblem',
        code: 'INVALID_NAME',
        field: 'name',
      });
    });

    it('refuses token management to anonymous callers', async () => {
      const result = await send(test.app, CREATE, { name: 'x' });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('changes a password, ending the other sessions but not the current one', async () => {
      const user = await seedUser(test.database.db, { email: 'byter@example.org' });
      const current = await logIn(test.app, user);
      const other = await logIn(test.app, user);
      const CHANGE = `mutation ($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) {
        __typename ... on Problem { code } ... on InputProblem { field } } }`;
      const weak = await send<{ changePassword: { __typename: string; field?: string } }>(
        test.app,
        CHANGE,
        { old: user.password, new: 'kort' },
        { token: current },
      );
      expect(weak.data?.changePassword).toMatchObject({ __typename: 'InputProblem', field: 'newPassword' });
      const wrong = await send<{ changePassword: { __typename: string } }>(
        test.app,
        CHANGE,
        { old: 'inte-det-gamla-lösenordet', new: 'ett-helt-nytt-lösenord-99' },
        { token: current },
      );
      expect(wrong.data?.changePassword.__typename).toBe('InvalidCredentials');
      const changed = await send<{ changePassword: { __typename: string } }>(
        test.app,
        CHANGE,
        { old: user.password, new: 'ett-helt-nytt-lösenord-99' },
        { token: current },
      );
      expect(changed.data?.changePassword.__typename).toBe('ChangePasswordSuccess');
      expect((await send(test.app, VIEWER, {}, { token: current })).status).toBe(200);
      expect((await send(test.app, VIEWER, {}, { token: other })).status).toBe(401);
      await logIn(test.app, { ...user, password: 'ett-helt-nytt-lösenord-99' });
    });

    it('records logins and token changes in the audit log', async () => {
      const actions = await test.database.db.selectFrom('audit_log').select('action').distinct().execute();
      expect(actions.map((row) => row.action)).toEqual(
        expect.arrayContaining(['user.login', 'token.created', 'token.revoked', 'user.password_changed']),
      );
    });
  });

  describe('what a token may do', () => {
    it('never lets a shared cache keep an answer to a request with a token', async () => {
      const token = await logIn(test.app, publisher);
      const response = await test.app.inject({
        method: 'GET',
        url: `/graphql?${new URLSearchParams({ query: '{ viewer { email } }' })}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(String(response.headers.vary)).toMatch(/authorization/i);
    });

    it('does not let a personal token make more tokens', async () => {
      const session = await logIn(test.app, publisher);
      const created = await send<{ createApiToken: { data?: { token: string } } }>(
        test.app,
        'mutation { createApiToken(name: "Skript") { ... on CreateApiTokenSuccess { data { token } } } }',
        {},
        { token: session },
      );
      const personal = created.data?.createApiToken.data?.token;
      const again = await send(
        test.app,
        'mutation { createApiToken(name: "Till") { __typename } }',
        {},
        { token: personal },
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('counts wrong current passwords towards the login limit', async () => {
      const user = await seedUser(test.database.db, { email: 'gissar@example.org' });
      const token = await logIn(test.app, user);
      const aliases = Array.from(
        { length: 7 },
        (_, index) =>
          `c${index}: changePassword(currentPassword: "fel-${index}-lösenordet", newPassword: "ett-nytt-långt-lösen-1") { __typename }`,
      ).join('\n');
      const result = await send<Record<string, { __typename: string }>>(
        test.app,
        `mutation { ${aliases} }`,
        {},
        { token },
      );
      const outcomes = Object.values(result.data ?? {}).map((value) => value.__typename);
      expect(outcomes.filter((name) => name === 'TooManyAttempts').length).toBeGreaterThanOrEqual(2);
    });

    it('ends personal tokens too when the password changes', async () => {
      const user = await seedUser(test.database.db, { email: 'stulen@example.org' });
      const session = await logIn(test.app, user);
      const created = await send<{ createApiToken: { data?: { token: string } } }>(
        test.app,
        'mutation { createApiToken(name: "Gammal") { ... on CreateApiTokenSuccess { data { token } } } }',
        {},
        { token: session },
      );
      const personal = created.data?.createApiToken.data?.token;
      await send(
        test.app,
        `mutation { changePassword(currentPassword: "${user.password}", newPassword: "helt-nytt-lösenord-2027") { __typename } }`,
        {},
        { token: session },
      );
      expect((await send(test.app, VIEWER, {}, { token: personal })).status).toBe(401);
      expect((await send(test.app, VIEWER, {}, { token: session })).status).toBe(200);
    });
  });

  describe('disabling an account', () => {
    it('ends every session at once and refuses logins until enabled again', async () => {
      const admin = await seedUser(test.database.db, { email: 'driftchef@example.org', platformAdmin: true });
      const adminToken = await logIn(test.app, admin);
      const user = await seedUser(test.database.db, { email: 'avstangd@example.org' });
      const token = await logIn(test.app, user);
      const SET =
        'mutation ($d: Boolean!) { setUserStatus(email: "avstangd@example.org", disabled: $d) { __typename } }';

      const refused = await send(test.app, SET, { d: true }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const disabled = await send<{ setUserStatus: { __typename: string } }>(
        test.app,
        SET,
        { d: true },
        { token: adminToken },
      );
      expect(disabled.data?.setUserStatus.__typename).toBe('SetUserStatusSuccess');
      expect((await send(test.app, VIEWER, {}, { token })).status).toBe(401);
      const login = await send<LoginData>(test.app, LOGIN, { email: user.email, password: user.password });
      expect(login.data?.login.__typename).toBe('InvalidCredentials');

      await send(test.app, SET, { d: false }, { token: adminToken });
      await logIn(test.app, user);
    });
  });
});
