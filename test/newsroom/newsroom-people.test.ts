import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedElement } from '../support/focus.js';
import { FEDERATION, hubApi, logIn, tokenOf } from '../support/newsroom.js';

const ROLES = '{ viewer { roles { role federation { slug } } } }';
const PENDING = 'query ($f: String!) { pendingInvitations(federation: $f) { id email } }';
const REVOKE = 'mutation ($id: ID!) { revokeInvitation(id: $id) { __typename } }';

describe('people in the newsroom', () => {
  const testbed = useWidgetTestbed();

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, { email: 'alma.admin@example.org', roles: { [FEDERATION]: 'admin' } });
    await seedUser(testbed.hub.database.db, { email: 'bo.befordrad@example.org', roles: { [FEDERATION]: 'editor' } });
  });

  it('lets an admin invite by e-mail and copy the link, which opens the acceptance view and makes the account', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'alma.admin@example.org', '#/people');
    await page.getByLabel('E-postadress').first().fill('ny.kollega@example.org');
    await page.getByLabel('Roll').first().selectOption('PUBLISHER');
    await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const link = page.getByLabel(/^Inbjudningslänk för ny\.kollega@example\.org/);
    await expect.poll(() => link.count()).toBe(1);
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${hub.url}/newsroom/invitation#token=`));
    await expect
      .poll(() => link.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    expect(await page.locator('newsroom-people-view li').filter({ hasText: 'ny.kollega@example.org' }).count()).toBe(1);

    const invited = await page.context().browser()?.newContext();
    const guest = await invited?.newPage();
    if (!guest) throw new Error('no second browser context');
    await guest.goto(url);
    await guest.getByLabel(/^(Language|Språk)$/).selectOption('sv');
    await guest.getByLabel('Ditt namn').fill('Ny Kollega');
    await guest.getByLabel('Lösenord').fill(PASSWORD);
    await guest.getByRole('button', { name: 'Anta' }).click();
    await expect.poll(() => guest.getByText('Inbjudan är antagen. Nu kan du logga in.').count()).toBe(1);
    expect(new URL(guest.url()).hash).toBe('');
    await invited?.close();

    const token = await tokenOf(hub, 'ny.kollega@example.org');
    const { data } = await hubApi<{ viewer: { roles: Array<{ role: string; federation: { slug: string } }> } }>(
      hub,
      ROLES,
      {},
      token,
    );
    expect(data?.viewer.roles).toEqual([{ role: 'PUBLISHER', federation: { slug: FEDERATION } }]);
  });

  it('lets an admin set the role of a person', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'alma.admin@example.org', '#/people');
    await page.locator('#role-email').fill('bo.befordrad@example.org');
    await page.locator('#role-role').selectOption('PUBLISHER');
    await page.getByRole('button', { name: 'Sätt roll' }).click();
    const token = await tokenOf(hub, 'bo.befordrad@example.org');
    await expect
      .poll(
        async () =>
          (await hubApi<{ viewer: { roles: Array<{ role: string }> } }>(hub, ROLES, {}, token)).data?.viewer.roles[0]
            ?.role,
      )
      .toBe('PUBLISHER');
  });

  it('revokes an invitation, says so, moves the focus to the next one, and shows why the hub refused one', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'alma.admin@example.org', '#/people');
    const rows = page.locator('newsroom-people-view li');
    await expect.poll(() => page.getByRole('heading', { name: 'Öppna inbjudningar' }).count()).toBe(1);
    for (const email of ['forsta.inbjuden@example.org', 'andra.inbjuden@example.org']) {
      await page.locator('#invite-email').fill(email);
      await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
      await expect.poll(() => rows.filter({ hasText: email }).count()).toBe(1);
    }
    const emailOf = async (index: number) => (await rows.nth(index).textContent())?.match(/\S+@example\.org/)?.[0];
    const [first, second] = [await emailOf(0), await emailOf(1)];
    const count = await rows.count();
    await rows
      .first()
      .getByRole('button', { name: /^Återkalla/ })
      .click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Inbjudan till ${first} är återkallad.` })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => rows.count()).toBe(count - 1);
    // The row is gone: the focus is on the button of the one that took its place.
    await expect.poll(() => focusedElement(page)).toMatchObject({ tag: 'BUTTON', text: `Återkalla ${second}` });
    await expectNoAxeViolations(page);

    // Someone else revokes the remaining ones in between: the hub's answer is shown, and the focus stays in the list.
    const token = await tokenOf(hub, 'alma.admin@example.org');
    const open = await hubApi<{ pendingInvitations: Array<{ id: string }> }>(hub, PENDING, { f: FEDERATION }, token);
    for (const { id } of open.data?.pendingInvitations ?? []) await hubApi(hub, REVOKE, { id }, token);
    await rows
      .first()
      .getByRole('button', { name: /^Återkalla/ })
      .click();
    const alert = page.locator('newsroom-people-view [role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect((await alert.textContent())?.trim()).not.toBe('');
    await expect.poll(() => rows.count()).toBe(0);
    await expect.poll(() => focusedElement(page)).toMatchObject({ id: 'pending-title', text: 'Öppna inbjudningar' });
    await expectNoAxeViolations(page);
  });
});
