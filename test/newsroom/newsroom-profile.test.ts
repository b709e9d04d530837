import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedId } from '../support/focus.js';
import { FEDERATION, hubApi, logIn, openFromNav, tokenOf } from '../support/newsroom.js';

interface PublicProfile {
  name: string;
  shortName: string | null;
  description: string;
  website: string | null;
  timeZone: string;
  defaultLanguage: string;
  regionName: string | null;
  regionCountyCodes: string[];
  socialLinks: Array<{ kind: string; url: string }>;
}

const PUBLIC_PROFILE = `query ($slug: String!) { federation(slug: $slug) {
  name shortName description website timeZone defaultLanguage regionName regionCountyCodes socialLinks { kind url }
} }`;

const UPDATE = `mutation ($federation: String!) {
  updateFederationProfile(federation: $federation, input: { name: "Övertaget" }) { __typename }
}`;

/** The inputs of the profile saves the page sends from now on. */
function sentInputs(page: Page): Array<Record<string, unknown>> {
  const inputs: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    const body = request.postDataJSON() as { query?: string; variables?: { input?: Record<string, unknown> } } | null;
    if (body?.query?.includes('updateFederationProfile') && body.variables?.input) inputs.push(body.variables.input);
  });
  return inputs;
}

describe('the federation profile in the newsroom', () => {
  const testbed = useWidgetTestbed();
  const publicProfile = async (slug = FEDERATION) =>
    (await hubApi<{ federation: PublicProfile }>(testbed.hub, PUBLIC_PROFILE, { slug })).data?.federation;

  beforeAll(async () => {
    const { db } = testbed.hub.database;
    await seedUser(db, { email: 'alma.admin@example.org', roles: { [FEDERATION]: 'admin' } });
    await seedUser(db, { email: 'per.publicist@example.org', roles: { [FEDERATION]: 'publisher' } });
    await seedUser(db, { email: 'pia.plattform@example.org', platformAdmin: true });
  });

  it('lets an admin change names, website, description, social links and time zone, sending only what changed', async () => {
    const { page, hub } = testbed;
    const inputs = sentInputs(page);
    await logIn(page, hub, 'alma.admin@example.org');
    await openFromNav(page, 'Profil', 'Förbundets profil');
    await expect.poll(() => page.getByLabel('Fullständigt namn').inputValue()).toBe('Vård- och omsorgscollege Skåne');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Förbundets profil');
    expect(await page.getByLabel('Kortnamn').inputValue()).toBe('VO-College Skåne');
    expect(await page.getByLabel('Regionens län').inputValue()).toBe('12');
    expect(await page.getByLabel('Tidszon').inputValue()).toBe('Europe/Stockholm');
    await expectNoAxeViolations(page);

    await page.getByLabel('Fullständigt namn').fill('Vård- och omsorgscollege i Skåne län');
    await page.getByLabel('Webbplats').fill('https://vocollegeskane.se/om-oss');
    const description = 'Kommuner, regionen, skolor och fack i Skåne arbetar tillsammans för vård och omsorg.';
    await page.getByLabel('Beskrivning').fill(description);
    expect(await page.locator('newsroom-profile-view #description-count').textContent()).toBe(
      `${description.length} av 5\u00a0000 tecken`,
    );
    const links = page.getByRole('group', { name: 'Sociala medier' });
    await links.getByRole('group', { name: 'Länk 1' }).getByLabel('Adress').fill('https://www.instagram.com/vo_skane/');
    await links.getByRole('button', { name: 'Ta bort länk 2' }).click();
    await expect.poll(() => focusedId(page)).toBe('add-social-link');
    await links.getByRole('button', { name: 'Lägg till en länk' }).click();
    await expect.poll(() => focusedId(page)).toBe('socialLinks-1-kind');
    const second = links.getByRole('group', { name: 'Länk 2' });
    await second.getByLabel('Tjänst').selectOption('linkedin');
    await second.getByLabel('Adress').fill('https://www.linkedin.com/company/vo-skane');
    await page.getByLabel('Tidszon').selectOption('Europe/Oslo');
    await page.getByRole('button', { name: 'Spara profilen' }).click();

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Profilen är sparad.' }).count()).toBe(1);
    expect(inputs).toHaveLength(1);
    expect(Object.keys(inputs[0] ?? {}).sort()).toEqual(['description', 'name', 'socialLinks', 'timeZone', 'website']);
    expect(await publicProfile()).toEqual({
      name: 'Vård- och omsorgscollege i Skåne län',
      shortName: 'VO-College Skåne',
      description,
      website: 'https://vocollegeskane.se/om-oss',
      timeZone: 'Europe/Oslo',
      defaultLanguage: 'sv',
      regionName: 'Skåne',
      regionCountyCodes: ['12'],
      socialLinks: [
        { kind: 'instagram', url: 'https://www.instagram.com/vo_skane/' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/company/vo-skane' },
      ],
    });

    // Saved again with nothing changed, nothing is sent.
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Inget är ändrat, så inget sparades.' }).count())
      .toBe(1);
    expect(inputs).toHaveLength(1);
  });

  it('shows a bad address, an unknown county and a too long description next to their fields, with the focus there', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'alma.admin@example.org', `#/profile?federation=${FEDERATION}`);
    const website = page.getByLabel('Webbplats');
    await website.fill('vocollegeskane.se');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect.poll(() => website.getAttribute('aria-invalid')).toBe('true');
    expect(await website.getAttribute('aria-describedby')).toBe('website-hint website-error');
    expect(await page.locator('newsroom-profile-view #website-error').textContent()).toBe(
      'Skriv en fullständig webbadress som börjar med https://, högst 500 tecken.',
    );
    await expect.poll(() => focusedId(page)).toBe('website');
    await expectNoAxeViolations(page);

    await website.fill('https://vocollegeskane.se/');
    expect(await website.getAttribute('aria-invalid')).toBe('false');
    const links = page.getByRole('group', { name: 'Sociala medier' });
    const url = links.getByRole('group', { name: 'Länk 2' }).getByLabel('Adress');
    await url.fill('linkedin');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedId(page)).toBe('socialLinks-1-url');
    expect(await url.getAttribute('aria-describedby')).toBe('socialLinks-1-url-error');

    await url.fill('https://www.linkedin.com/company/vo-skane');
    const counties = page.getByLabel('Regionens län');
    await counties.fill('12, 99');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect.poll(() => counties.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('newsroom-profile-view #regionCountyCodes-error').textContent()).toBe(
      'En av koderna är inget län i förbundets land; använd de officiella tvåsiffriga koderna.',
    );
    await expect.poll(() => focusedId(page)).toBe('regionCountyCodes');

    await counties.fill('12');
    const description = page.getByLabel('Beskrivning');
    await description.fill('x'.repeat(5001));
    const count = page.locator('newsroom-profile-view #description-count');
    expect(await count.textContent()).toBe('5\u00a0001 av 5\u00a0000 tecken: 1 för många');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect.poll(() => description.getAttribute('aria-invalid')).toBe('true');
    expect(await description.getAttribute('aria-describedby')).toBe(
      'description-hint description-count description-error',
    );
    await expect.poll(() => focusedId(page)).toBe('description');
    expect(await page.locator('newsroom-profile-view #description-error').textContent()).toBe(
      'Skriv högst 5000 tecken.',
    );
    await expectNoAxeViolations(page);
    expect((await publicProfile())?.website).toBe('https://vocollegeskane.se/om-oss');
  });

  it('keeps unsaved changes in this browser and offers them after a reload, never sending them', async () => {
    const { page, hub } = testbed;
    const inputs = sentInputs(page);
    await logIn(page, hub, 'alma.admin@example.org', '#/profile');
    await page.getByLabel('Kortnamn').fill('VO Skåne');
    await page.getByRole('button', { name: 'Lägg till en länk' }).click();
    const third = page.getByRole('group', { name: 'Länk 3' });
    await third.getByLabel('Tjänst').selectOption('youtube');
    await third.getByLabel('Adress').fill('https://www.youtube.com/@voskane');
    await page.reload();

    await expect.poll(() => page.getByLabel('Kortnamn').inputValue()).toBe('VO Skåne');
    expect(await third.getByLabel('Tjänst').inputValue()).toBe('youtube');
    expect(await third.getByLabel('Adress').inputValue()).toBe('https://www.youtube.com/@voskane');
    const notice = page.getByText(/^Osparade ändringar från .* är återställda/);
    expect(await notice.count()).toBe(1);
    expect((await publicProfile())?.shortName).toBe('VO-College Skåne');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Släng återställda ändringar' }).click();
    expect(await page.getByLabel('Kortnamn').inputValue()).toBe('VO-College Skåne');
    expect(await third.count()).toBe(0);
    await page.getByLabel('Kortnamn').fill('VO Skåne');
    await page.reload();
    await expect.poll(() => page.getByLabel('Kortnamn').inputValue()).toBe('VO Skåne');
    expect(await third.count()).toBe(0);
    expect(inputs).toHaveLength(0);

    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect.poll(async () => (await publicProfile())?.shortName).toBe('VO Skåne');
    expect(inputs).toEqual([{ shortName: 'VO Skåne' }]);
    await page.reload();
    await expect.poll(() => page.getByLabel('Kortnamn').inputValue()).toBe('VO Skåne');
    expect(await notice.count()).toBe(0);
  });

  it('offers a publisher no profile page, and the hub refuses the publisher a change', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'per.publicist@example.org');
    expect(await page.getByRole('link', { name: 'Kontakter', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Profil', exact: true }).count()).toBe(0);
    await page.goto(`${hub.url}/newsroom#/profile?federation=${FEDERATION}`);
    await expect.poll(() => page.getByText('Profilen sköts av förbundets administratörer.').count()).toBe(1);
    expect(await page.getByLabel('Fullständigt namn').count()).toBe(0);
    await expectNoAxeViolations(page);

    const refused = await hubApi(
      hub,
      UPDATE,
      { federation: FEDERATION },
      await tokenOf(hub, 'per.publicist@example.org'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await publicProfile())?.name).toBe('Vård- och omsorgscollege i Skåne län');
  });

  it('lets a platform admin without a role choose any federation and keep its profile', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'pia.plattform@example.org');
    await openFromNav(page, 'Profil', 'Förbundets profil');
    await page.getByLabel('Förbund', { exact: true }).selectOption('goteborgsregionen');
    await expect.poll(() => page.getByLabel('Fullständigt namn').inputValue()).toBe('Göteborgsregionen');
    await page.getByLabel('Regionens namn').fill('Göteborgsregionen och Sjuhärad');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect
      .poll(async () => (await publicProfile('goteborgsregionen'))?.regionName)
      .toBe('Göteborgsregionen och Sjuhärad');
    await expectNoAxeViolations(page);
  });
});
