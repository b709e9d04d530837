import type { DatabaseHandle } from '@samverka/db/connection';
import { CreateAdminError, createPlatformAdmin } from '@samverka/server/create-admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, type LoginData, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';

describe('create-admin (the first platform admin, from the command line)', () => {
  let test: TestApp;
  let database: DatabaseHandle;

  beforeAll(async () => {
    test = await startTestApp({ demo: false });
    database = test.database;
  });
  afterAll(() => test.close());

  it('creates an admin who can log in', async () => {
    const outcome = await createPlatformAdmin(database.db, {
      email: 'Forsta.Admin@Example.org',
      password: 'ett-riktigt-långt-lösenord',
      displayName: 'Första Admin',
    });
    expect(outcome).toBe('created');
    const login = await send<LoginData>(test.app, LOGIN, {
      email: 'forsta.admin@example.org',
      password: 'ett-riktigt-långt-lösenord',
    });
    expect(login.data?.login.__typename).toBe('LoginSuccess');
    const admin = await database.db
      .selectFrom('users')
      .select('is_platform_admin')
      .where('email', '=', 'forsta.admin@example.org')
      .executeTakeFirstOrThrow();
    expect(admin.is_platform_admin).toBe(true);
  });

  it('promotes an existing account without touching its password', async () => {
    expect(
      await createPlatformAdmin(database.db, { email: 'forsta.admin@example.org', password: 'x', displayName: 'x' }),
    ).toBe('promoted');
    const login = await send<LoginData>(test.app, LOGIN, {
      email: 'forsta.admin@example.org',
      password: 'ett-riktigt-långt-lösenord',
    });
    expect(login.data?.login.__typename).toBe('LoginSuccess');
  });

  it('refuses a weak password with a reason', async () => {
    await expect(
      createPlatformAdmin(database.db, { email: 'ny@example.org', password: 'kort', displayName: 'Ny' }),
    ).rejects.toBeInstanceOf(CreateAdminError);
  });
});
