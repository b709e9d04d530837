import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { editedItemId, FEDERATION, hubApi, logIn, openFromNav, tokenOf } from '../support/newsroom.js';

const PLATFORM_ADMIN = 'paula.plattform@example.org';
const PUBLISHER = 'pelle.publicist@example.org';
const ELSEWHERE = 'goteborgsregionen';

const STORED_NEWS = `query ($id: ID!) { editableNewsItem(id: $id) { status title publisher { slug } } }`;
const PENDING = `query ($federation: String!) { pendingInvitations(federation: $federation) { email role } }`;

/** Chooses the federation in the view's chooser, once it offers it. */
async function choose(page: Page, slug: string): Promise<void> {
  const chooser = page.getByLabel('Förbund', { exact: true });
  await expect.poll(() => chooser.locator(`option[value="${slug}"]`).count()).toBe(1);
  await chooser.selectOption(slug);
}

describe('a platform admin with no role of their own in the newsroom', () => {
  const testbed = useWidgetTestbed();

  beforeAll(async () => {
    const { db } = testbed.hub.database;
    await seedUser(db, { email: PLATFORM_ADMIN, platformAdmin: true });
    await seedUser(db, { email: PUBLISHER, roles: { [FEDERATION]: 'publisher' } });
  });

  it('works in any federation: news written and published there, its events, contacts, sources and people', async () => {
    const { page, hub } = testbed;
    const federationRequests: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('NewsroomFederationChoices')) federationRequests.push(request.url());
    });
    await logIn(page, hub, PLATFORM_ADMIN);
    const nav = page.getByRole('navigation');
    for (const name of ['Kontakter', 'Flödeskällor', 'Personer', 'Medlemmar', 'Profil']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }

    await openFromNav(page, 'Nyheter');
    await choose(page, ELSEWHERE);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Ny nyhet' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/news/new?federation=${ELSEWHERE}`);
    await page.getByLabel('Rubrik').fill('Nyhet från plattformen');
    await page.getByLabel('Ingress').fill('Skriven av en plattformsadministratör utan roll i förbundet.');
    await page.getByRole('textbox', { name: 'Brödtext' }).click();
    await page.keyboard.type('Göteborgsregionens nyhet.');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const id = await editedItemId(page);
    await page.getByRole('button', { name: 'Publicera nu' }).click();
    await expect.poll(() => page.getByText('Status: Publicerad').count()).toBe(1);
    const token = await tokenOf(hub, PLATFORM_ADMIN);
    const stored = await hubApi<{ editableNewsItem: { status: string; publisher: { slug: string } } }>(
      hub,
      STORED_NEWS,
      { id },
      token,
    );
    expect(stored.data?.editableNewsItem).toMatchObject({ status: 'PUBLISHED', publisher: { slug: ELSEWHERE } });

    await openFromNav(page, 'Evenemang');
    await choose(page, ELSEWHERE);
    const events = page.locator('section.card li');
    await expect.poll(() => events.filter({ hasText: 'Branschrådet för äldreomsorgen' }).count()).toBe(1);

    await openFromNav(page, 'Kontakter');
    await page.getByRole('group', { name: 'Vems kontakter' }).getByLabel('Ett förbunds').check();
    await choose(page, ELSEWHERE);
    const contacts = page.locator('section[aria-labelledby="contacts-list-title"] li');
    await expect.poll(() => contacts.filter({ hasText: 'Malin Östberg' }).count()).toBe(1);
    expect(await page.getByText('Kontakter sköts av förbundets administratörer och publicister.').count()).toBe(0);
    await expectNoAxeViolations(page);

    await openFromNav(page, 'Flödeskällor');
    await choose(page, ELSEWHERE);
    await expect.poll(() => page.getByRole('heading', { name: 'Källor', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText('Inget här.').count()).toBe(1);
    expect(await page.getByText('Flödeskällor sköts av förbundets administratörer och publicister.').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lägg till källa' }).count()).toBe(1);

    await openFromNav(page, 'Personer');
    await choose(page, ELSEWHERE);
    await page.getByRole('textbox', { name: 'E-postadress' }).first().fill('greta.gr@example.org');
    await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
    await expect.poll(() => page.getByText('greta.gr@example.org', { exact: false }).count()).toBeGreaterThan(0);
    const pending = await hubApi<{ pendingInvitations: Array<{ email: string }> }>(
      hub,
      PENDING,
      { federation: ELSEWHERE },
      token,
    );
    expect(pending.data?.pendingInvitations.map((each) => each.email)).toContain('greta.gr@example.org');
    await expectNoAxeViolations(page);

    // A federation with no role either, in another time zone: the editor reads times in that zone.
    await page.evaluate(() => {
      location.hash = '#/events/new?federation=verdighetsenteret';
    });
    await expect.poll(() => page.getByLabel('Börjar (tid i Europe/Oslo)').count()).toBe(1);

    // Every federation was asked for once in the session, however many pages offered the choice.
    expect(federationRequests).toHaveLength(1);
  });

  it('offers a publisher of one federation only that one, with no chooser', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, PUBLISHER);
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Personer', exact: true }).count()).toBe(0);
    for (const name of ['Nyheter', 'Evenemang', 'Kontakter', 'Flödeskällor']) {
      await openFromNav(page, name);
      await expect.poll(() => page.getByText('Laddar…').count(), { message: name }).toBe(0);
      expect(await page.getByLabel('Förbund', { exact: true }).count(), name).toBe(0);
    }
    await openFromNav(page, 'Nyheter');
    await expect
      .poll(() => page.getByRole('link', { name: 'Ny nyhet' }).getAttribute('href'))
      .toBe(`#/news/new?federation=${FEDERATION}`);
  });
});
