import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedId } from '../support/focus.js';
import { FEDERATION, hubApi, logIn, openFromNav, tokenOf } from '../support/newsroom.js';

interface Period {
  joinedOn: string;
  leftOn: string | null;
  municipality: { code: string };
}

const PUBLIC_MEMBERSHIPS = `query ($slug: String!) { federation(slug: $slug) {
  memberCount
  members(on: "2025-07-01") { municipality { code } }
  membershipHistory { joinedOn leftOn municipality { code } }
} }`;

const JOIN = `mutation ($federation: String!) {
  joinFederation(federation: $federation, municipality: "1278", joinedOn: "2024-01-01") { __typename }
}`;

describe('memberships in the newsroom', () => {
  const testbed = useWidgetTestbed();

  beforeAll(async () => {
    const { db } = testbed.hub.database;
    await seedUser(db, { email: 'maja.medlem@example.org', roles: { [FEDERATION]: 'admin' } });
    await seedUser(db, { email: 'per.publicist@example.org', roles: { [FEDERATION]: 'publisher' } });
    await seedUser(db, { email: 'pia.plattform@example.org', platformAdmin: true });
  });

  it('lets an admin record a join, picked by name, and a leave, each on a day the public API then shows', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'maja.medlem@example.org');
    await page.getByRole('link', { name: 'Medlemmar', exact: true }).click();
    const members = page.locator('newsroom-member-list li');
    await expect.poll(() => members.count()).toBe(30);
    await expect.poll(() => page.getByText('30 av de 33 kommunerna i Skåne är medlemmar (90,9 %).').count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByLabel('Sök kommun på namn eller kod').fill('Vellinge');
    await page.getByRole('button', { name: 'Välj Vellinge (1233, Skåne län)' }).click();
    await page.getByLabel('Första dagen som medlem').fill('2024-03-01');
    await page.getByRole('button', { name: 'Registrera medlemskap' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Vellinge är medlem från' }).count()).toBe(1);
    await expect.poll(() => members.filter({ hasText: 'Vellinge' }).count()).toBe(1);
    expect(await members.filter({ hasText: 'Vellinge' }).textContent()).toContain('medlem sedan 1 mars 2024');

    await page.getByRole('button', { name: 'Registrera utträde Lomma' }).click();
    const leftOn = page.getByLabel('Första dagen Lomma inte längre är medlem');
    await expect.poll(() => focusedId(page)).toBe('left-on');
    await expectNoAxeViolations(page);
    await leftOn.fill('2025-06-30');
    await page.getByRole('button', { name: 'Bekräfta utträdet' }).click();
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Lomma är inte längre medlem från 30 juni 2025.' }).count(),
      )
      .toBe(1);
    await expect.poll(() => members.filter({ hasText: 'Lomma' }).count()).toBe(0);
    // The form and Lomma's row are gone; the focus is on the list's heading, not lost to the page.
    await expect.poll(() => focusedId(page)).toBe('members-title');
    const lomma = page.locator('table.history tr').filter({ hasText: 'Lomma' });
    expect(await lomma.textContent()).toMatch(/15 maj 2023.*30 juni 2025.*avslutad/s);
    await expectNoAxeViolations(page);

    const { data } = await hubApi<{
      federation: { memberCount: number; members: Period[]; membershipHistory: Period[] };
    }>(hub, PUBLIC_MEMBERSHIPS, { slug: FEDERATION });
    const federation = data?.federation;
    expect(federation?.memberCount).toBe(30);
    const onDay = federation?.members.map((member) => member.municipality.code);
    expect(onDay).toContain('1233');
    expect(onDay).not.toContain('1262');
    expect(federation?.membershipHistory).toContainEqual({
      joinedOn: '2024-03-01',
      leftOn: null,
      municipality: { code: '1233' },
    });
    expect(federation?.membershipHistory).toContainEqual({
      joinedOn: '2023-05-15',
      leftOn: '2025-06-30',
      municipality: { code: '1262' },
    });
  });

  it('shows an overlapping join and a leave before joining next to their day fields, with the focus there', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'maja.medlem@example.org', `#/members?federation=${FEDERATION}`);
    await page.getByRole('button', { name: 'Registrera medlemskap' }).click();
    const pickError = page.getByText('Sök efter kommunen med namn eller kod och välj den i listan.');
    await expect.poll(() => pickError.count()).toBe(1);
    await expect.poll(() => focusedId(page)).toBe('municipality-search');
    const search = page.getByLabel('Sök kommun på namn eller kod');
    expect(await search.getAttribute('aria-describedby')).toBe('municipality-error');

    await search.fill('1280');
    await page.getByRole('button', { name: 'Välj Malmö (1280, Skåne län)' }).click();
    const joinedOn = page.getByLabel('Första dagen som medlem');
    await joinedOn.fill('2020-01-01');
    await page.getByRole('button', { name: 'Registrera medlemskap' }).click();
    const overlap =
      'Malmö är medlem sedan 1 september 2014: registrera först att kommunen går ur, sedan det nya medlemskapet.';
    await expect.poll(() => page.getByText(overlap).count()).toBe(1);
    expect(await joinedOn.getAttribute('aria-invalid')).toBe('true');
    expect(await joinedOn.getAttribute('aria-describedby')).toBe('joined-on-hint joinedOn-error');
    expect(await page.locator('#joinedOn-error').textContent()).toBe(overlap);
    await expect.poll(() => focusedId(page)).toBe('joined-on');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Registrera utträde Malmö' }).click();
    const leftOn = page.getByLabel('Första dagen Malmö inte längre är medlem');
    await leftOn.fill('2010-01-01');
    await page.getByRole('button', { name: 'Bekräfta utträdet' }).click();
    await expect
      .poll(() => page.getByText('Malmö gick med 1 september 2014: välj den dagen eller en senare.').count())
      .toBe(1);
    expect(await leftOn.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedId(page)).toBe('left-on');
    await expectNoAxeViolations(page);
  });

  it('offers a publisher no memberships page, and the hub refuses the publisher a join', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'per.publicist@example.org');
    expect(await page.getByRole('link', { name: 'Kontakter', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Medlemmar', exact: true }).count()).toBe(0);
    await page.goto(`${hub.url}/newsroom#/members?federation=${FEDERATION}`);
    await expect.poll(() => page.getByText('Medlemskap sköts av förbundets administratörer.').count()).toBe(1);
    await expectNoAxeViolations(page);

    const token = await tokenOf(hub, 'per.publicist@example.org');
    const refused = await hubApi(hub, JOIN, { federation: FEDERATION }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await tokenOf(hub, 'maja.medlem@example.org');
    const allowed = await hubApi<{ joinFederation: { __typename: string } }>(
      hub,
      JOIN,
      { federation: FEDERATION },
      admin,
    );
    expect(allowed.data?.joinFederation.__typename).toBe('JoinFederationSuccess');
  });

  it('lets a platform admin without a role choose any federation', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'pia.plattform@example.org');
    await openFromNav(page, 'Medlemmar');
    await page.getByLabel('Förbund', { exact: true }).selectOption('goteborgsregionen');
    const members = page.locator('newsroom-member-list li');
    await expect.poll(() => members.filter({ hasText: 'Mölndal' }).count()).toBe(1);
    expect(await members.count()).toBe(13);
    await expectNoAxeViolations(page);
  });
});
