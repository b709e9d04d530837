import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedElement } from '../support/focus.js';
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
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Fyll i det här: 1 till 200 tecken.');

    await name.fill('Karin Kontakt');
    await page.getByLabel('Roll, t.ex. Kommunikationschef').fill('Kommunikationschef');
    await page.getByLabel('E-postadress').fill('kommunikation@example.se');
    await page.getByLabel('Telefonnummer').fill('040-628 04 12');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    const row = page.locator('newsroom-contacts-view li').filter({ hasText: 'Karin Kontakt' });
    await expect.poll(() => row.count()).toBe(1);
    // The form empties for the next contact; the focus stays in the view, on the list where the contact now is.
    const onList = { tag: 'H2', text: 'Förbundets kontakter' };
    await expect.poll(() => focusedElement(page)).toMatchObject(onList);
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
    await expect.poll(() => focusedElement(page)).toMatchObject(onList);

    await page.getByRole('button', { name: 'Redigera Karin Kontakt' }).click();
    await expect.poll(() => focusedElement(page)).toMatchObject({ id: 'contact-name' });
    await page.getByRole('button', { name: 'Avbryt redigeringen' }).click();
    await expect.poll(() => focusedElement(page)).toMatchObject(onList);
    expect(await page.getByRole('button', { name: 'Avbryt redigeringen' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Arkivera Karin Kontakt' }).click();
    await expect.poll(async () => (await stored('Karin Kontakt'))?.status).toBe('ARCHIVED');
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => focusedElement(page)).toMatchObject(onList);
    await expectNoAxeViolations(page);
    await page.getByLabel('Visa även avslutade roller').check();
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Arkiverad');
  });

  /** A contact made through the API by the admin, and its id. */
  async function made(name: string, title: string): Promise<string> {
    const created = await hubApi<{ createContact: { data: { id: string } } }>(
      testbed.hub,
      'mutation ($f: String!, $i: ContactInput!) { createContact(federation: $f, input: $i) { ... on CreateContactSuccess { data { id } } } }',
      { f: FEDERATION, i: { name, title, language: 'sv' } },
      token,
    );
    const id = created.data?.createContact.data.id;
    if (!id) throw new Error(`${name} was not created`);
    return id;
  }

  const changed = (id: string, basedOn: number, input: Record<string, unknown>) =>
    hubApi(
      testbed.hub,
      'mutation ($id: ID!, $b: Int!, $i: ContactInput!) { updateContact(id: $id, basedOn: $b, input: $i) { __typename } }',
      { id, b: basedOn, i: { language: 'sv', ...input } },
      token,
    );

  const roleField = () => testbed.page.getByLabel('Roll, t.ex. Kommunikationschef');

  it('keeps both versions when someone else saved the contact in between, and saves the one chosen', async () => {
    const { page, hub } = testbed;
    const id = await made('Olle Ordinarie', 'Rektor');
    await logIn(page, hub, 'ada.admin@example.org', '#/contacts');
    await page.getByRole('button', { name: 'Redigera Olle Ordinarie' }).click();
    await changed(id, 1, { name: 'Olle Ordinarie', title: 'Biträdande rektor' });
    await roleField().fill('Skolchef');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();

    const conflict = page.locator('newsroom-conflict-view');
    await expect.poll(() => conflict.getByRole('heading', { name: 'Någon annan sparade under tiden' }).count()).toBe(1);
    expect(await conflict.locator('[data-version="mine"]').textContent()).toContain('Skolchef');
    expect(await conflict.locator('[data-version="theirs"]').textContent()).toContain('Biträdande rektor');
    expect(await roleField().inputValue()).toBe('Skolchef');
    expect((await stored('Olle Ordinarie'))?.title).toBe('Biträdande rektor');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Behåll min version' }).click();
    await expect.poll(async () => (await stored('Olle Ordinarie'))?.title).toBe('Skolchef');
    expect((await stored('Olle Ordinarie'))?.revision).toBe(3);
    expect(await conflict.count()).toBe(0);
  });

  it('shows a contact’s history, who changed what, and restores an earlier revision', async () => {
    const { page, hub } = testbed;
    const id = await made('Hanna Historik', 'Rektor');
    await changed(id, 1, { name: 'Hanna Historik', title: 'Skolchef' });
    await changed(id, 2, { name: 'Hanna Historik', title: 'Skolchef', email: 'skola@example.se' });
    await logIn(page, hub, 'ada.admin@example.org', '#/contacts');
    await page.getByRole('button', { name: 'Historik Hanna Historik' }).click();

    const history = page.locator('newsroom-contact-history');
    const heading = history.getByRole('heading', { name: 'Versionshistorik för Hanna Historik' });
    await expect.poll(() => history.locator('ol > li').count()).toBe(3);
    await expect
      .poll(() => heading.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    const entries = history.locator('ol > li');
    expect(await entries.nth(0).textContent()).toMatch(/Version 3, Aktiv, .* av ada\.admin/);
    expect(await entries.nth(0).locator('ins').textContent()).toContain('skola@example.se');
    expect(await entries.nth(1).locator('del').textContent()).toContain('Rektor');
    expect(await entries.nth(1).locator('ins').textContent()).toContain('Skolchef');
    expect(await entries.nth(2).textContent()).toContain('created');
    await expectNoAxeViolations(page);

    await history.getByRole('button', { name: 'Återställ version 1' }).click();
    await expect.poll(async () => (await stored('Hanna Historik'))?.revision).toBe(4);
    expect(await stored('Hanna Historik')).toMatchObject({ title: 'Rektor', email: null });
    await expect.poll(() => entries.count()).toBe(4);
    expect(await entries.nth(0).textContent()).toContain('restored');
    expect(await history.getByRole('button', { name: 'Återställ version 4' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('keeps unsaved changes in this browser and offers them again after a reload, never sending them', async () => {
    const { page, hub } = testbed;
    await made('Kim Kvar', 'Samordnare');
    await logIn(page, hub, 'ada.admin@example.org', '#/contacts');
    await page.getByRole('button', { name: 'Redigera Kim Kvar' }).click();
    await roleField().fill('Utvecklingsledare');
    await page.reload();

    await expect.poll(() => page.getByRole('heading', { name: 'Redigera Kim Kvar' }).count()).toBe(1);
    expect(await roleField().inputValue()).toBe('Utvecklingsledare');
    const notice = page.getByText(/^Osparade ändringar från .* är återställda/);
    expect(await notice.count()).toBe(1);
    expect((await stored('Kim Kvar'))?.title).toBe('Samordnare');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    await expect.poll(async () => (await stored('Kim Kvar'))?.title).toBe('Utvecklingsledare');

    // A contact not yet saved is kept too, under its federation.
    await page.getByLabel('Namn', { exact: true }).fill('Nina Ny');
    await page.reload();
    await expect.poll(() => page.getByLabel('Namn', { exact: true }).inputValue()).toBe('Nina Ny');
    expect(await page.getByRole('heading', { name: 'Ny kontakt' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Släng återställda ändringar' }).click();
    expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe('');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Ny kontakt' }).count()).toBe(1);
    expect(await notice.count()).toBe(0);
    expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe('');
  });

  it('lets a platform admin keep a municipality’s contacts', async () => {
    const { page, hub } = testbed;
    await seedUser(hub.database.db, { email: 'pia.plattform@example.org', platformAdmin: true });
    const adminToken = await tokenOf(hub, 'pia.plattform@example.org');
    const lomma = async () =>
      (
        await hubApi<{ editableMunicipalityContacts: Stored[] }>(
          hub,
          '{ editableMunicipalityContacts(municipality: "1262", includeArchived: true) { name title email phone status revision } }',
          {},
          adminToken,
        )
      ).data?.editableMunicipalityContacts.find((contact) => contact.name === 'Lena Lomma');

    await logIn(page, hub, 'pia.plattform@example.org', '#/contacts');
    await page.getByRole('link', { name: 'Kontakter' }).click();
    const switcher = page.getByRole('group', { name: 'Vems kontakter' });
    await expect.poll(() => switcher.getByLabel('En kommuns').isChecked()).toBe(true);
    expect(await page.getByText('Välj en kommun för att se och sköta dess kontakter.').count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByLabel('Sök kommun på namn eller kod').fill('Lomma');
    await page.getByRole('button', { name: /^Välj Lomma \(1262/ }).click();
    const list = page.locator('section[aria-labelledby="contacts-list-title"]');
    await expect.poll(() => list.getByRole('heading', { name: 'Kontakter i Lomma' }).count()).toBe(1);

    await page.getByLabel('Namn', { exact: true }).fill('Lena Lomma');
    await roleField().fill('Växel');
    await page.getByLabel('Telefonnummer').fill('040-641 10 00');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    const row = list.locator('li').filter({ hasText: 'Lena Lomma' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await lomma()).toMatchObject({ title: 'Växel', phone: '+46 40 641 10 00', status: 'ACTIVE' });
    expect(await stored('Lena Lomma')).toBeUndefined();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Redigera Lena Lomma' }).click();
    await roleField().fill('Kontaktcenter');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    await expect.poll(async () => (await lomma())?.title).toBe('Kontaktcenter');
    await page.getByRole('button', { name: 'Arkivera Lena Lomma' }).click();
    await expect.poll(async () => (await lomma())?.status).toBe('ARCHIVED');
    await expect.poll(() => row.count()).toBe(0);

    await switcher.getByLabel('Ett förbunds').check();
    await expect.poll(() => page.getByText('Välj en kommun för att se och sköta dess kontakter.').count()).toBe(0);
    expect(await page.getByLabel('Sök kommun på namn eller kod').count()).toBe(0);
  });

  it('offers a publisher no municipality switch, and the hub refuses them a municipality’s contacts', async () => {
    const { page, hub } = testbed;
    await seedUser(hub.database.db, { email: 'pelle.publicist@example.org', roles: { [FEDERATION]: 'publisher' } });
    const publisher = await tokenOf(hub, 'pelle.publicist@example.org');
    await logIn(page, hub, 'pelle.publicist@example.org', '#/contacts');
    await expect.poll(() => page.getByRole('heading', { name: 'Förbundets kontakter' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Vems kontakter' }).count()).toBe(0);
    expect(await page.getByLabel('En kommuns').count()).toBe(0);
    expect(await page.getByLabel('Sök kommun på namn eller kod').count()).toBe(0);

    const listed = await hubApi(hub, '{ editableMunicipalityContacts(municipality: "1262") { id } }', {}, publisher);
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await hubApi(
      hub,
      'mutation { createContact(municipality: "1262", input: { name: "Obehörig", title: "Växel", language: sv }) { __typename } }',
      {},
      publisher,
    );
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
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
