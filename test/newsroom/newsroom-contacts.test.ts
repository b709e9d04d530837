import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, hubApi, logIn, tokenOf } from '../support/newsroom.js';

const CONTACTS = `query ($f: String!) { editableContacts(federation: $f, includeArchived: true) {
  name title email phone status revision } }`;

interface Stored {
  name: string;
  title: string;
  email: string | null;
  phone: string | null;
  status: string;
  revision: number;
}

describe('contacts in the newsroom', () => {
  const testbed = useWidgetTestbed();
  let token: string;
  const stored = async (name: string) =>
    (
      await hubApi<{ editableContacts: Stored[] }>(testbed.hub, CONTACTS, { f: FEDERATION }, token)
    ).data?.editableContacts.find((contact) => contact.name === name);

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, { email: 'ada.admin@example.org', roles: { [FEDERATION]: 'admin' } });
    await seedUser(testbed.hub.database.db, { email: 'eje.editor@example.org', roles: { [FEDERATION]: 'editor' } });
    token = await tokenOf(testbed.hub, 'ada.admin@example.org');
  });

  it('lets an admin create a contact, edit it and archive it', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'ada.admin@example.org', '#/contacts');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Kontakter' }).count()).toBe(1);

    await page.getByLabel('Roll, t.ex. Kommunikationschef').fill('Kommunikationschef');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    const name = page.getByLabel('Namn', { exact: true });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toBe('name-error');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('Write 1 to 200 characters.');

    await name.fill('Karin Kontakt');
    await page.getByLabel('Roll, t.ex. Kommunikationschef').fill('Kommunikationschef');
    await page.getByLabel('E-postadress').fill('kommunikation@example.se');
    await page.getByLabel('Telefonnummer').fill('040-628 04 12');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    const row = page.locator('newsroom-contacts-view li').filter({ hasText: 'Karin Kontakt' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await stored('Karin Kontakt')).toMatchObject({
      title: 'Kommunikationschef',
      email: 'kommunikation@example.se',
      status: 'ACTIVE',
    });
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Redigera Karin Kontakt' }).click();
    await expect.poll(() => name.inputValue()).toBe('Karin Kontakt');
    await page.getByLabel('Roll, t.ex. Kommunikationschef').fill('Presschef');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    await expect.poll(async () => (await stored('Karin Kontakt'))?.title).toBe('Presschef');
    expect((await stored('Karin Kontakt'))?.revision).toBe(2);

    await page.getByRole('button', { name: 'Arkivera Karin Kontakt' }).click();
    await expect.poll(async () => (await stored('Karin Kontakt'))?.status).toBe('ARCHIVED');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Visa även avslutade roller').check();
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Arkiverad');
  });

  it('shows their version when someone else saved the contact in between', async () => {
    const { page, hub } = testbed;
    const created = await hubApi<{ createContact: { data: { id: string } } }>(
      hub,
      'mutation ($f: String!) { createContact(federation: $f, input: { name: "Olle Ordinarie", title: "Rektor", language: sv }) { ... on CreateContactSuccess { data { id } } } }',
      { f: FEDERATION },
      token,
    );
    const id = created.data?.createContact.data.id;
    await logIn(page, hub, 'ada.admin@example.org', '#/contacts');
    await page.getByRole('button', { name: 'Redigera Olle Ordinarie' }).click();
    await hubApi(
      hub,
      'mutation ($id: ID!) { updateContact(id: $id, basedOn: 1, input: { name: "Olle Ordinarie", title: "Biträdande rektor", language: sv }) { __typename } }',
      { id },
      token,
    );
    await page.getByLabel('Roll, t.ex. Kommunikationschef').fill('Skolchef');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    await expect.poll(() => page.getByText(/^Någon annan sparade kontakten under tiden/).count()).toBe(1);
    expect(await page.getByLabel('Roll, t.ex. Kommunikationschef').inputValue()).toBe('Biträdande rektor');
    expect((await stored('Olle Ordinarie'))?.title).toBe('Biträdande rektor');
  });

  it('is not offered to editors', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'eje.editor@example.org', '#/contacts');
    expect(await page.getByRole('link', { name: 'Kontakter' }).count()).toBe(0);
    await expect
      .poll(() => page.getByText('Kontakter sköts av förbundets administratörer och publicister.').count())
      .toBe(1);
  });
});
