import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedId } from '../support/focus.js';
import { FEDERATION, hubApi, logIn, tokenOf } from '../support/newsroom.js';

const PUBLIC_TOPICS = '{ topics { slug sv: name(language: sv) nb: name(language: nb) en: name(language: en) } }';

const CREATE = `mutation { createTopic(slug: "sjalvstandighet", nameSv: "Självständighet", nameNb: "Selvstendighet",
  nameEn: "Independence") { __typename } }`;

describe('topics in the newsroom', () => {
  const testbed = useWidgetTestbed();

  beforeAll(async () => {
    const { db } = testbed.hub.database;
    await seedUser(db, { email: 'tora.tema@example.org', platformAdmin: true });
    await seedUser(db, { email: 'ada.admin@example.org', roles: { [FEDERATION]: 'admin' } });
  });

  it('lets a platform admin create a topic and rename it, and the public topics show the new names', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'tora.tema@example.org');
    await page.getByRole('link', { name: 'Ämnen', exact: true }).click();
    const topics = page.locator('newsroom-topics-view li');
    await expect.poll(() => topics.count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('Kortnamn (slug)').fill('digital-omsorg');
    await page.getByLabel('Namn på svenska').fill('Digital omsorg');
    await page.getByLabel('Namn på norska (bokmål)').fill('Digital omsorg');
    await page.getByLabel('Namn på engelska').fill('Digital care');
    await page.getByRole('button', { name: 'Skapa ämne' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Ämnet digital-omsorg är skapat.' }).count())
      .toBe(1);
    const created = topics.filter({ hasText: 'digital-omsorg' });
    await expect.poll(() => created.count()).toBe(1);
    expect(await page.getByLabel('Kortnamn (slug)').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Byt namn digital-omsorg' }).click();
    await expect.poll(() => focusedId(page)).toBe('rename-nameSv');
    expect(await created.textContent()).toContain(
      'Kortnamnet digital-omsorg ändras inte, så länkar och filter fungerar som förut.',
    );
    await page.locator('#rename-nameSv').fill('Välfärdsteknik');
    await page.locator('#rename-nameNb').fill('Velferdsteknologi');
    await page.locator('#rename-nameEn').fill('');
    await page.getByRole('button', { name: 'Spara namnen' }).click();
    await expect
      .poll(() => page.locator('#rename-nameEn-error').textContent())
      .toBe('Skriv ett namn på 1 till 100 tecken.');
    await expect.poll(() => focusedId(page)).toBe('rename-nameEn');
    expect(await page.locator('#rename-nameEn').getAttribute('aria-describedby')).toBe('rename-nameEn-error');
    await expectNoAxeViolations(page);
    await page.locator('#rename-nameEn').fill('Welfare technology');
    await page.getByRole('button', { name: 'Spara namnen' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Ämnet digital-omsorg har fått nya namn.' }).count())
      .toBe(1);
    await expect.poll(() => created.locator('[lang="sv"]').textContent()).toBe('Välfärdsteknik');
    expect(await created.locator('[lang="nb"]').textContent()).toBe('Velferdsteknologi');
    expect(await created.locator('[lang="en"]').textContent()).toBe('Welfare technology');
    await expect.poll(() => focusedId(page)).toBe('rename-topic-digital-omsorg');

    const { data } = await hubApi<{ topics: Array<{ slug: string; sv: string; nb: string; en: string }> }>(
      hub,
      PUBLIC_TOPICS,
    );
    expect(data?.topics).toContainEqual({
      slug: 'digital-omsorg',
      sv: 'Välfärdsteknik',
      nb: 'Velferdsteknologi',
      en: 'Welfare technology',
    });
  });

  it('shows a bad slug’s problem next to the slug field, with the focus there', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'tora.tema@example.org', '#/topics');
    const slug = page.getByLabel('Kortnamn (slug)');
    await slug.fill('Äldre Omsorg');
    await page.getByLabel('Namn på svenska').fill('Äldre omsorg');
    await page.getByLabel('Namn på norska (bokmål)').fill('Eldre omsorg');
    await page.getByLabel('Namn på engelska').fill('Elderly care');
    await page.getByRole('button', { name: 'Skapa ämne' }).click();
    await expect
      .poll(() => page.locator('#create-slug-error').textContent())
      .toBe('Använd små bokstäver a–z och siffror, med bindestreck mellan orden, t.ex. arbetsmiljo.');
    expect(await slug.getAttribute('aria-invalid')).toBe('true');
    expect(await slug.getAttribute('aria-describedby')).toBe('create-slug-hint create-slug-error');
    await expect.poll(() => focusedId(page)).toBe('create-slug');
    await expectNoAxeViolations(page);
    const { data } = await hubApi<{ topics: Array<{ slug: string }> }>(hub, PUBLIC_TOPICS);
    expect(data?.topics.map((topic) => topic.slug)).not.toContain('Äldre Omsorg');
  });

  it('offers others no topics page, and the hub refuses them a new topic', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'ada.admin@example.org');
    expect(await page.getByRole('link', { name: 'Personer', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Ämnen', exact: true }).count()).toBe(0);
    await page.goto(`${hub.url}/newsroom#/topics`);
    await expect.poll(() => page.getByText('Ämnen sköts av plattformens administratörer.').count()).toBe(1);
    await expectNoAxeViolations(page);

    const refused = await hubApi(hub, CREATE, {}, await tokenOf(hub, 'ada.admin@example.org'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const allowed = await hubApi<{ createTopic: { __typename: string } }>(
      hub,
      CREATE,
      {},
      await tokenOf(hub, 'tora.tema@example.org'),
    );
    expect(allowed.data?.createTopic.__typename).toBe('CreateTopicSuccess');
  });
});
