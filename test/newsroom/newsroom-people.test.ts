import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedUser } from '../support/accounts.js';
import { useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, hubApi, logIn, tokenOf } from '../support/newsroom.js';

const ROLES = '{ viewer { roles { role federation { slug } } } }';

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
});
