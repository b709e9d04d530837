import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedElement } from '../support/focus.js';
import {
  EDITABLE_ITEM,
  type EditableItem,
  FEDERATION,
  hubApi,
  logIn,
  seedDraft,
  tokenOf,
} from '../support/newsroom.js';

const UPDATE = `mutation ($id: ID!, $basedOn: Int!, $input: NewsInput!) { updateNews(id: $id, basedOn: $basedOn, input: $input) {
  __typename ... on UpdateNewsSuccess { data { revision } } } }`;

describe('editing news in the newsroom', () => {
  const testbed = useWidgetTestbed();
  let token: string;

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, {
      email: 'klara.konflikt@example.org',
      roles: { [FEDERATION]: 'publisher' },
    });
    token = await tokenOf(testbed.hub, 'klara.konflikt@example.org');
  });

  const draft = (title: string) =>
    seedDraft(testbed.hub, token, 'News', {
      title,
      language: 'sv',
      summary: 'Ingress.',
      body: '<p>Första texten.</p>',
    });

  const item = async (id: string) =>
    (await hubApi<EditableItem>(testbed.hub, EDITABLE_ITEM, { id }, token)).data?.editableNewsItem;

  it('shows both versions after a stale save, and keeping one’s own loses neither', async () => {
    const { page, hub } = testbed;
    const id = await draft('Ursprunglig rubrik');
    await logIn(page, hub, 'klara.konflikt@example.org', `#/news/${encodeURIComponent(id)}`);
    const title = page.getByLabel('Rubrik');
    await expect.poll(() => title.inputValue()).toBe('Ursprunglig rubrik');
    // Someone else saves in between.
    const theirs = await hubApi(
      hub,
      UPDATE,
      { id, basedOn: 1, input: { title: 'Deras rubrik', language: 'sv' } },
      token,
    );
    expect(JSON.stringify(theirs.data)).toContain('UpdateNewsSuccess');

    await title.fill('Min rubrik');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const conflict = page.locator('newsroom-conflict-view');
    await expect.poll(() => conflict.getByRole('heading', { name: 'Någon annan sparade under tiden' }).count()).toBe(1);
    expect(await conflict.locator('[data-version="mine"]').textContent()).toContain('Min rubrik');
    expect(await conflict.locator('[data-version="theirs"]').textContent()).toContain('Deras rubrik');
    expect((await item(id))?.title).toBe('Deras rubrik');
    // The heading takes the focus and tells what happened; both versions are not read out as one alert.
    await expect.poll(() => focusedElement(page)).toMatchObject({ tag: 'H2', text: 'Någon annan sparade under tiden' });
    expect(await conflict.locator('[role="alert"]').count()).toBe(0);
    await expectNoAxeViolations(page);

    await conflict.getByRole('button', { name: 'Behåll min version' }).click();
    await expect.poll(async () => (await item(id))?.title).toBe('Min rubrik');
    const titles = (await item(id))?.revisions.map((revision) => revision.title);
    expect(titles).toEqual(expect.arrayContaining(['Ursprunglig rubrik', 'Deras rubrik', 'Min rubrik']));
    expect(await conflict.count()).toBe(0);
  });

  it('lists revisions with who and when, shows the difference, and restores one as a new revision', async () => {
    const { page, hub } = testbed;
    const id = await seedDraft(hub, token, 'News', {
      title: 'Första rubriken',
      language: 'sv',
      body: '<p>Första texten.</p>',
      topics: ['rekrytering'],
      municipalities: ['1262'],
    });
    const second = { title: 'Andra rubriken', language: 'en', body: '<p>Andra texten.</p>', topics: ['aldreomsorg'] };
    await hubApi(hub, UPDATE, { id, basedOn: 1, input: second }, token);
    await logIn(page, hub, 'klara.konflikt@example.org', `#/news/${encodeURIComponent(id)}`);
    const history = page.locator('newsroom-news-history');
    await expect.poll(() => history.locator('li').count()).toBe(2);
    expect(await history.locator('li').last().textContent()).toMatch(/Version 1, Utkast, .+ av klara\.konflikt/);

    await history.getByRole('button', { name: 'Jämför version 1 med nuvarande' }).click();
    expect(await history.locator('del').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Första')]),
    );
    expect(await history.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Andra')]),
    );
    // Every field the form has, links by name: what was taken away, then what was added.
    const compared = history.locator('dl.compared');
    expect(await compared.locator('dt').allTextContents()).toEqual([
      'Rubrik',
      'Brödtext',
      'Textens språk',
      'Ämnen',
      'Nämnda kommuner',
    ]);
    const [language, topics, municipalities] = [2, 3, 4].map((index) => compared.locator('dd').nth(index));
    expect((await language?.locator('p').allTextContents())?.map((text) => text.trim())).toEqual([
      'Tidigare: Svenska',
      'Nu: English',
    ]);
    const items = async (dd: typeof topics) => (await dd?.locator('li').allTextContents())?.map((text) => text.trim());
    expect(await items(topics)).toEqual(['Borttaget: Rekrytering', 'Tillagt: Äldreomsorg']);
    expect(await items(municipalities)).toEqual(['Borttaget: Lomma']);
    await expectNoAxeViolations(page);

    const restoreFirst = await history.getByRole('button', { name: 'Återställ version 1' }).elementHandle();
    await restoreFirst?.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Första rubriken');
    const restored = await item(id);
    expect(restored?.title).toBe('Första rubriken');
    expect(restored?.revision).toBe(3);
    // Version 3 is now at the top: the button pressed still restores version 1, and the focus is on the heading.
    await expect.poll(() => history.locator('li').count()).toBe(3);
    expect(await restoreFirst?.textContent()).toBe('Återställ version 1');
    expect(await focusedElement(page)).toMatchObject({ tag: 'H2', text: 'Versionshistorik' });
    await page.keyboard.press('Enter');
    expect((await item(id))?.revision).toBe(3);
    await expectNoAxeViolations(page);
  });

  it('keeps unsaved changes when the tab goes away, restores them with a notice, and sends nothing by itself', async () => {
    const { page, hub } = testbed;
    const id = await draft('Sparad rubrik');
    await logIn(page, hub, 'klara.konflikt@example.org', `#/news/${encodeURIComponent(id)}`);
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Sparad rubrik');
    await page.getByLabel('Rubrik').fill('Osparad rubrik');
    const other = await page.context().newPage();
    await page.close();
    testbed.page = other;
    // The sign-in went with the tab (sessionStorage); the changes wait for the same person (localStorage).
    await logIn(other, hub, 'klara.konflikt@example.org', `#/news/${encodeURIComponent(id)}`);
    await expect.poll(() => other.getByLabel('Rubrik').inputValue()).toBe('Osparad rubrik');
    expect(await other.getByText(/^Osparade ändringar från .+ är återställda/).count()).toBe(1);
    const stored = await item(id);
    expect(stored?.title).toBe('Sparad rubrik');
    expect(stored?.revision).toBe(1);

    await other.getByRole('button', { name: 'Släng återställda ändringar' }).click();
    expect(await other.getByLabel('Rubrik').inputValue()).toBe('Sparad rubrik');
    await other.reload();
    await expect.poll(() => other.getByLabel('Rubrik').inputValue()).toBe('Sparad rubrik');
    expect(await other.getByText(/^Osparade ändringar från/).count()).toBe(0);
  });

  it('finds mentioned municipalities by name or code, and names each with its country so a code both countries use is not ambiguous', async () => {
    const { page, hub } = testbed;
    const id = await draft('Nyhet om Laxå');
    await logIn(page, hub, 'klara.konflikt@example.org', `#/news/${encodeURIComponent(id)}`);
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Nyhet om Laxå');
    const search = page.getByLabel('Sök kommun på namn eller kod');
    // 1860 is Laxå in Sweden and Vestvågøy in Norway.
    await search.fill('1860');
    await page.getByRole('button', { name: /^Lägg till Laxå \(1860/ }).click();
    await search.fill('Lomma');
    await page.getByRole('button', { name: /^Lägg till Lomma \(1262/ }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const mentioned = async () =>
      (
        await hubApi<{ editableNewsItem: { municipalities: Array<{ code: string; country: string }> } }>(
          hub,
          'query ($id: ID!) { editableNewsItem(id: $id) { municipalities { code country } } }',
          { id },
          token,
        )
      ).data?.editableNewsItem.municipalities;
    await expect
      .poll(async () => (await mentioned())?.map((each) => `${each.country}-${each.code}`).sort())
      .toEqual(['SE-1262', 'SE-1860']);
  });
});
