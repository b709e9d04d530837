import type { Database } from '@samverka/db/database';
import { grantRole } from '@samverka/db/federation-roles';
import type { FederationRole } from '@samverka/db/tables/accounts';
import { insertUser, type User } from '@samverka/db/users';
import { hashPassword } from '@samverka/schema/auth/passwords';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';

export const PASSWORD = 'lång-och-säker-fras-2026';

export interface SeededUser extends User {
  password: string;
}

/** A seed builder: an account with a known password and, optionally, roles by federation slug. */
export async function seedUser(
  db: Kysely<Database>,
  options: { email: string; platformAdmin?: boolean; roles?: Record<string, FederationRole>; password?: string },
): Promise<SeededUser> {
  const password = options.password ?? PASSWORD;
  const user = await insertUser(db, {
    email: options.email,
    displayName: options.email.split('@')[0] ?? options.email,
    passwordHash: await hashPassword(password),
    isPlatformAdmin: options.platformAdmin ?? false,
  });
  if (!user) throw new Error(`${options.email} exists already`);
  for (const [slug, role] of Object.entries(options.roles ?? {})) {
    const federation = await db
      .selectFrom('federations')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    await grantRole(db, { user_id: user.id, federation_id: federation.id, role, granted_by: null });
  }
  return { ...user, password };
}

export interface GraphqlResponse<Data> {
  status: number;
  data: Data | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A GraphQL POST as a signed-in client sends it; `token` goes in the Authorization header. */
export async function send<Data = Record<string, unknown>>(
  app: FastifyInstance,
  source: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; address?: string } = {},
): Promise<GraphqlResponse<Data>> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: options.address ?? '127.0.0.1',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    payload: { query: source, variables },
  });
  const body = response.json<{ data?: Data | null; errors?: GraphqlResponse<Data>['errors'] }>();
  return { status: response.statusCode, data: body.data ?? null, errors: body.errors };
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    __typename
    ... on LoginSuccess { data { token expiresAt user { email } } }
    ... on Problem { code message }
    ... on TooManyAttempts { retryAfterSeconds }
  }
}`;

export interface LoginData {
  login: {
    __typename: string;
    data?: { token: string; expiresAt: string; user: { email: string } };
    code?: string;
    message?: string;
    retryAfterSeconds?: number;
  };
}

/** Logs in and returns the session token; fails the test when login fails. */
export async function logIn(app: FastifyInstance, user: SeededUser): Promise<string> {
  const result = await send<LoginData>(app, LOGIN, { email: user.email, password: user.password });
  const token = result.data?.login.data?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(result)}`);
  return token;
}

/** A seed builder: a new account, logged in; returns its session token. */
export async function logInNewUser(
  app: FastifyInstance,
  db: Kysely<Database>,
  options: Parameters<typeof seedUser>[1],
): Promise<string> {
  return logIn(app, await seedUser(db, options));
}

/**
 * A seed builder for access tests: a platform admin, an admin, a publisher and an editor of
 * `federation`, and an admin of another federation, each logged in.
 */
export async function logInStaff(
  app: FastifyInstance,
  db: Kysely<Database>,
  federation: string,
): Promise<Record<'platformAdmin' | FederationRole | 'otherAdmin', string>> {
  const other = federation === 'goteborgsregionen' ? 'akademi-norr' : 'goteborgsregionen';
  const login = (options: Parameters<typeof seedUser>[1]) => logInNewUser(app, db, options);
  return {
    platformAdmin: await login({ email: 'plattform@example.org', platformAdmin: true }),
    admin: await login({ email: 'admin@skane.example', roles: { [federation]: 'admin' } }),
    publisher: await login({ email: 'publisher@skane.example', roles: { [federation]: 'publisher' } }),
    editor: await login({ email: 'editor@skane.example', roles: { [federation]: 'editor' } }),
    otherAdmin: await login({ email: 'admin@gr.example', roles: { [other]: 'admin' } }),
  };
}
