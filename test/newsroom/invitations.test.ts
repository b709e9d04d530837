import { hashToken } from '@samverka/schema/auth/tokens';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, type LoginData, logIn, PASSWORD, seedUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { acceptInvitation, invite } from '../support/invitations.js';

const OWN = 'vo-college-skane';
const PUBLIC_URL = 'https://samverka.example';
const NEW_PASSWORD = 'välkommen-till-redaktionen-9';

const PENDING = `query ($federation: String!) { pendingInvitations(federation: $federation) { id email state } }`;
const VIEWER = '{ viewer { email roles { role federation { slug } } } }';

describe('invitations', () => {
  let test: TestApp;
  let admin: string;
  let address = 0;
  /** Each attempt from its own address, so the rate-limit test alone meets the limit. */
  const from = () => ({ address: `10.0.0.${++address}` });

  beforeAll(async () => {
    test = await startTestApp({ demo: true }, { publicUrl: PUBLIC_URL });
    admin = await logIn(
      test.app,
      await seedUser(test.database.db, { email: 'admin@skane.example', roles: { [OWN]: 'admin' } }),
    );
  });
  afterAll(() => test.close());

  it('invites a new person, who makes an account, gets the role and can log in', async () => {
    const invited = await invite(test.app, admin, {
      federation: OWN,
      email: ' Ny.Redaktor@Kommun.SE ',
      role: 'EDITOR',
    });
    expect(invited.link).toMatch(/^https:\/\/samverka\.example\/newsroom\/invitation#token=svk_[A-Za-z0-9_-]{43}$/);
    expect(invited.invitation).toMatchObject({
      email: 'ny.redaktor@kommun.se',
      role: 'EDITOR',
      state: 'PENDING',
      invitedBy: { email: 'admin@skane.example' },
    });
    const days = (Date.parse(invited.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    // Only a hash is kept.
    const stored = await test.database.db.selectFrom('invitations').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(invited.token);
    expect(stored.map((row) => row.token_hash)).toContain(hashToken(invited.token));

    const pending = await send<{ pendingInvitations: Array<{ email: string }> }>(
      test.app,
      PENDING,
      { federation: OWN },
      { token: admin },
    );
    expect(pending.data?.pendingInvitations.map((it) => it.email)).toContain('ny.redaktor@kommun.se');

    const accepted = await acceptInvitation(
      test.app,
      { token: invited.token, name: 'Ny Redaktör', password: NEW_PASSWORD },
      from(),
    );
    expect(accepted).toEqual({
      __typename: 'AcceptInvitationSuccess',
      data: {
        accountCreated: true,
        role: 'EDITOR',
        user: { email: 'ny.redaktor@kommun.se' },
        federation: { slug: OWN },
      },
    });

    const login = await send<LoginData>(test.app, LOGIN, { email: 'ny.redaktor@kommun.se', password: NEW_PASSWORD });
    const session = login.data?.login.data?.token as string;
    const viewer = await send(test.app, VIEWER, {}, { token: session });
    expect(viewer.data).toEqual({
      viewer: { email: 'ny.redaktor@kommun.se', roles: [{ role: 'EDITOR', federation: { slug: OWN } }] },
    });

    const after = await send<{ pendingInvitations: Array<{ email: string }> }>(
      test.app,
      PENDING,
      { federation: OWN },
      { token: admin },
    );
    expect(after.data?.pendingInvitations.map((it) => it.email)).not.toContain('ny.redaktor@kommun.se');

    const audit = await test.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('federation_id', 'is not', null)
      .where('action', 'in', ['invitation.created', 'invitation.accepted', 'user.created', 'role.granted'])
      .execute();
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'invitation.accepted',
      'invitation.created',
      'role.granted',
      'user.created',
    ]);
  });

  it('cannot be used twice', async () => {
    const invited = await invite(test.app, admin, { federation: OWN, email: 'tva@kommun.se', role: 'PUBLISHER' });
    const input = { token: invited.token, name: 'Två', password: NEW_PASSWORD };
    expect((await acceptInvitation(test.app, input, from())).__typename).toBe('AcceptInvitationSuccess');
    expect(await acceptInvitation(test.app, input, from())).toMatchObject({
      __typename: 'InvitationNotUsable',
      code: 'INVITATION_USED',
    });
  });

  it('expires', async () => {
    const invited = await invite(test.app, admin, { federation: OWN, email: 'sen@kommun.se', role: 'EDITOR', days: 1 });
    await test.database.db
      .updateTable('invitations')
      .set({ expires_at: sql`now() - interval '1 minute'` })
      .where('email', '=', 'sen@kommun.se')
      .execute();
    const result = await acceptInvitation(
      test.app,
      { token: invited.token, name: 'Sen', password: NEW_PASSWORD },
      from(),
    );
    expect(result).toMatchObject({ code: 'INVITATION_EXPIRED', message: expect.stringMatching(/expired/) });
    const refusal = await test.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where(
        'subject_id',
        '=',
        await test.database.db.selectFrom('invitations').select('id').where('email', '=', 'sen@kommun.se'),
      )
      .where('action', '=', 'invitation.refused')
      .execute();
    expect(refusal).toEqual([{ action: 'invitation.refused', details: { reason: 'INVITATION_EXPIRED' } }]);
    const pending = await send<{ pendingInvitations: Array<{ email: string }> }>(
      test.app,
      PENDING,
      { federation: OWN },
      { token: admin },
    );
    expect(pending.data?.pendingInvitations.map((it) => it.email)).not.toContain('sen@kommun.se');
    expect(
      await test.database.db.selectFrom('users').select('id').where('email', '=', 'sen@kommun.se').execute(),
    ).toEqual([]);
  });

  it('can be revoked, after which its link stops working', async () => {
    const invited = await invite(test.app, admin, { federation: OWN, email: 'angrad@kommun.se', role: 'ADMIN' });
    const REVOKE =
      'mutation ($id: ID!) { revokeInvitation(id: $id) { __typename ... on RevokeInvitationSuccess { data { state } } ... on Problem { code } } }';
    const revoked = await send(test.app, REVOKE, { id: invited.invitation.id }, { token: admin });
    expect(revoked.data).toEqual({
      revokeInvitation: { __typename: 'RevokeInvitationSuccess', data: { state: 'REVOKED' } },
    });
    expect(
      await acceptInvitation(test.app, { token: invited.token, name: 'Ångrad', password: NEW_PASSWORD }, from()),
    ).toMatchObject({
      code: 'INVITATION_REVOKED',
    });
    const again = await send(test.app, REVOKE, { id: invited.invitation.id }, { token: admin });
    expect(again.data).toEqual({ revokeInvitation: { __typename: 'NotFound', code: 'NOT_FOUND' } });
  });

  it('replaces a pending invitation to the same address', async () => {
    const first = await invite(test.app, admin, { federation: OWN, email: 'dubbel@kommun.se', role: 'EDITOR' });
    const second = await invite(test.app, admin, { federation: OWN, email: 'dubbel@kommun.se', role: 'PUBLISHER' });
    expect(
      await acceptInvitation(test.app, { token: first.token, name: 'D', password: NEW_PASSWORD }, from()),
    ).toMatchObject({
      code: 'INVITATION_REVOKED',
    });
    expect(
      await acceptInvitation(test.app, { token: second.token, name: 'Dubbel', password: NEW_PASSWORD }, from()),
    ).toMatchObject({
      data: { role: 'PUBLISHER' },
    });
  });

  it('asks a new person for a name and a good password, and keeps the invitation usable meanwhile', async () => {
    const invited = await invite(test.app, admin, { federation: OWN, email: 'svag@kommun.se', role: 'EDITOR' });
    expect(
      await acceptInvitation(test.app, { token: invited.token, name: 'Svag', password: 'kort' }, from()),
    ).toMatchObject({
      __typename: 'InputProblem',
      code: 'WEAK_PASSWORD',
      field: 'password',
    });
    expect(await acceptInvitation(test.app, { token: invited.token, password: NEW_PASSWORD }, from())).toMatchObject({
      code: 'INVALID_NAME',
      field: 'name',
    });
    expect(
      (await acceptInvitation(test.app, { token: invited.token, name: 'Stark', password: NEW_PASSWORD }, from())).data,
    ).toMatchObject({
      accountCreated: true,
    });
  });

  it('gives someone with an account the role once they prove it is theirs', async () => {
    const existing = await seedUser(test.database.db, {
      email: 'finns@kommun.se',
      roles: { goteborgsregionen: 'editor' },
    });
    const invited = await invite(test.app, admin, { federation: OWN, email: 'finns@kommun.se', role: 'PUBLISHER' });
    expect(await acceptInvitation(test.app, { token: invited.token }, from())).toMatchObject({
      code: 'ACCOUNT_EXISTS',
      field: 'password',
    });
    expect(
      await acceptInvitation(test.app, { token: invited.token, password: 'fel-lösenord-helt-och-hållet' }, from()),
    ).toMatchObject({
      __typename: 'InvalidCredentials',
    });
    const accepted = await acceptInvitation(test.app, { token: invited.token, password: existing.password }, from());
    expect(accepted.data).toEqual({
      accountCreated: false,
      role: 'PUBLISHER',
      user: { email: 'finns@kommun.se' },
      federation: { slug: OWN },
    });
    const roles = await send<{ viewer: { roles: Array<{ role: string; federation: { slug: string } }> } }>(
      test.app,
      VIEWER,
      {},
      { token: await logIn(test.app, existing) },
    );
    expect(roles.data?.viewer.roles).toEqual(
      expect.arrayContaining([
        { role: 'EDITOR', federation: { slug: 'goteborgsregionen' } },
        { role: 'PUBLISHER', federation: { slug: OWN } },
      ]),
    );
  });

  it('accepts for a signed-in invitee without a password, and refuses someone else signed in', async () => {
    const invitee = await seedUser(test.database.db, { email: 'inloggad@kommun.se' });
    const other = await seedUser(test.database.db, { email: 'annan@kommun.se', roles: { [OWN]: 'editor' } });
    const invited = await invite(test.app, admin, { federation: OWN, email: invitee.email, role: 'EDITOR' });
    expect(
      await acceptInvitation(
        test.app,
        { token: invited.token, password: PASSWORD },
        { token: await logIn(test.app, other), ...from() },
      ),
    ).toMatchObject({ code: 'INVITATION_FOR_SOMEONE_ELSE' });
    const accepted = await acceptInvitation(
      test.app,
      { token: invited.token },
      { token: await logIn(test.app, invitee), ...from() },
    );
    expect(accepted.data).toMatchObject({ accountCreated: false, role: 'EDITOR', user: { email: invitee.email } });
  });

  it('refuses links that are not whole or not ours', async () => {
    for (const token of ['', 'svk_kort', `svk_${'A'.repeat(43)}`]) {
      expect(await acceptInvitation(test.app, { token, name: 'X', password: NEW_PASSWORD }, from())).toMatchObject({
        code: 'INVITATION_INVALID',
        message: expect.stringMatching(/not valid/),
      });
    }
  });

  it('limits guessing like logins, per client address', async () => {
    const guess = { token: `svk_${'B'.repeat(43)}`, name: 'X', password: NEW_PASSWORD };
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      outcomes.push((await acceptInvitation(test.app, guess, { address: '192.0.2.7' })).code as string);
    }
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill('INVITATION_INVALID'));
    expect(outcomes.slice(5)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });

  it('refuses bad input to inviteToFederation, naming the field', async () => {
    const INVITE_ONLY = `mutation ($email: String!, $days: Int) { inviteToFederation(federation: "${OWN}", email: $email, role: EDITOR, expiresInDays: $days) { __typename ... on InputProblem { field code } } }`;
    expect((await send(test.app, INVITE_ONLY, { email: 'inte-en-adress' }, { token: admin })).data).toEqual({
      inviteToFederation: { __typename: 'InputProblem', field: 'email', code: 'INVALID_EMAIL' },
    });
    expect((await send(test.app, INVITE_ONLY, { email: 'ok@kommun.se', days: 90 }, { token: admin })).data).toEqual({
      inviteToFederation: { __typename: 'InputProblem', field: 'expiresInDays', code: 'OUT_OF_RANGE' },
    });
  });
});
