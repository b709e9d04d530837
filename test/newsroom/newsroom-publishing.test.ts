import { beforeAll, describe, expect, it } from 'vitest';
import { parseRss } from '../feeds/parsers.js';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed, waitForWidgets } from '../support/browser.js';
import { focusedElement } from '../support/focus.js';
import {
  EDITABLE_ITEM,
  type EditableItem,
  editedItemId,
  FEDERATION,
  hubApi,
  logIn,
  tokenOf,
} from '../support/newsroom.js';
import { tinyImage } from '../support/uploads.js';

describe('a publisher in the newsroom', () => {
  const testbed = useWidgetTestbed();

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, {
      email: 'petra.publisher@example.org',
      roles: { [FEDERATION]: 'publisher' },
    });
    await seedUser(testbed.hub.database.db, { email: 'erik.editor@example.org', roles: { [FEDERATION]: 'editor' } });
  });

  it('writes a draft with an image, previews it, publishes it, and it reaches the widget and the RSS feed', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'petra.publisher@example.org', `#/news/new?federation=${FEDERATION}`);
    await page.getByLabel('Rubrik').fill('Nytt utbildningsår i Skåne');
    await page.getByLabel('Ingress').fill('Anmälan till höstens kurser öppnar nu.');
    const body = page.getByRole('textbox', { name: 'Brödtext' });
    await body.click();
    await page.keyboard.type('Välkommen till ett nytt år. ');
    await page.getByRole('button', { name: 'Fet' }).click();
    await page.keyboard.type('Anmäl dig i dag.');
    await page.getByLabel('Ladda upp en bild').setInputFiles({
      name: 'kurs.png',
      mimeType: 'image/png',
      buffer: await tinyImage('png', 40, 30),
    });
    await page.getByLabel('Alternativtext för bild 1').fill('Deltagare vid ett kursbord');

    // The preview is the news widget itself, showing the draft before anything is saved.
    const preview = page.locator('newsroom-news-preview samverka-news');
    await expect.poll(() => preview.locator('[part~="title"]').textContent()).toContain('Nytt utbildningsår i Skåne');
    expect(await preview.locator('img[part~="image"]').getAttribute('alt')).toBe('Deltagare vid ett kursbord');
    expect(await preview.locator('[part~="body"] strong').textContent()).toBe('Anmäl dig i dag.');

    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const id = await editedItemId(page);
    const token = await tokenOf(hub, 'petra.publisher@example.org');
    const saved = (await hubApi<EditableItem>(hub, EDITABLE_ITEM, { id }, token)).data?.editableNewsItem;
    // The editor writes only what the sanitiser keeps: the saved body is the editor's HTML unchanged.
    const editorHtml = await page
      .locator('newsroom-rich-text')
      .evaluate((element) => (element as unknown as { html(): string }).html());
    expect(saved?.body).toBe(editorHtml);
    expect(saved?.body).toBe('<p>Välkommen till ett nytt år. <strong>Anmäl dig i dag.</strong></p>');
    expect(saved?.images[0]?.url).toMatch(new RegExp(`^${hub.url}/uploads/.+\\.png$`));

    await page.getByRole('button', { name: 'Publicera nu' }).click();
    await expect.poll(() => page.getByText('Status: Publicerad').count()).toBe(1);

    await testbed.open(`<samverka-news federation="${FEDERATION}" limit="3"></samverka-news>`, { wait: false });
    await waitForWidgets(page);
    expect(await page.locator('samverka-news [part~="title"]').first().textContent()).toContain(
      'Nytt utbildningsår i Skåne',
    );
    const rss = await (await fetch(`${hub.url}/feeds/federations/${FEDERATION}/news.rss`)).text();
    expect(parseRss(rss).items.map((item) => item.title)).toContain('Nytt utbildningsår i Skåne');
  });

  it('cannot publish without alt text: the message is next to the field and nothing is published', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'petra.publisher@example.org', `#/news/new?federation=${FEDERATION}`);
    await page.getByLabel('Rubrik').fill('Bild utan beskrivning');
    await page
      .getByLabel('Ladda upp en bild')
      .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: await tinyImage('png') });
    await expect.poll(() => page.getByLabel('Alternativtext för bild 1').count()).toBe(1);
    await page.getByRole('button', { name: 'Publicera nu' }).click();
    const alt = page.getByLabel('Alternativtext för bild 1');
    await expect.poll(() => alt.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await alt.getAttribute('aria-describedby')) ?? '';
    const message = page.locator('newsroom-news-editor').locator(`#${describedBy.split(' ').at(-1)}`);
    expect(await message.textContent()).toBe('Beskriv bilden (alternativtext) innan du publicerar.');
    await expect
      .poll(() => alt.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    // Nothing was even saved: the user only asked to publish, and publishing was refused first.
    const token = await tokenOf(hub, 'petra.publisher@example.org');
    const list = await hubApi<{ editableNews: Array<{ title: string; status: string }> }>(
      hub,
      'query ($f: String!) { editableNews(federation: $f) { title status } }',
      { f: FEDERATION },
      token,
    );
    expect(list.data?.editableNews.filter((item) => item.title === 'Bild utan beskrivning')).toEqual([]);
  });

  it('says in Swedish next to the upload field why the hub refused a file', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'petra.publisher@example.org', `#/news/new?federation=${FEDERATION}`);
    const upload = page.getByLabel('Ladda upp en bild');
    await upload.setInputFiles({ name: 'inte-en-bild.png', mimeType: 'image/png', buffer: Buffer.from('bara text') });
    await expect.poll(() => upload.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await upload.getAttribute('aria-describedby')) ?? '';
    const message = page.locator('newsroom-news-editor').locator(`#${describedBy.split(' ').at(-1)}`);
    expect(await message.textContent()).toBe(
      'Ladda upp en bild i JPEG, PNG, WebP, GIF eller AVIF (SVG tas inte emot).',
    );
  });

  it('schedules at a date and time read in the federation’s time zone', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'petra.publisher@example.org', `#/news/new?federation=${FEDERATION}`);
    await page.getByLabel('Rubrik').fill('Julhälsning');
    await page.getByLabel('Publicera den (tid i Europe/Stockholm)').fill('2030-12-24T09:30');
    await page.getByRole('button', { name: 'Schemalägg' }).click();
    await expect.poll(() => page.getByText('Status: Schemalagd').count()).toBe(1);
    const id = await editedItemId(page);
    const token = await tokenOf(hub, 'petra.publisher@example.org');
    const { data } = await hubApi<{ editableNewsItem: { scheduledFor: string } }>(
      hub,
      'query ($id: ID!) { editableNewsItem(id: $id) { scheduledFor } }',
      { id },
      token,
    );
    expect(data?.editableNewsItem.scheduledFor).toBe('2030-12-24T08:30:00.000Z');
    await page.getByRole('button', { name: 'Avpublicera' }).click();
    await expect.poll(() => page.getByText('Status: Utkast').count()).toBe(1);
  });

  it('says an empty or unreadable time next to the scheduling field, with the focus there, and sends nothing', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'petra.publisher@example.org', `#/news/new?federation=${FEDERATION}`);
    await page.getByLabel('Rubrik').fill('Nyårshälsning');
    const at = page.getByLabel('Publicera den (tid i Europe/Stockholm)');
    const before = hub.graphqlRequests().length;
    await page.getByRole('button', { name: 'Schemalägg' }).click();
    await expect.poll(() => at.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator('newsroom-news-editor').locator(`[id="${await at.getAttribute('aria-describedby')}"]`);
    expect(await error.textContent()).toBe('Fyll i det här.');
    await expect.poll(() => focusedElement(page)).toMatchObject({ id: 'schedule-at' });
    await expectNoAxeViolations(page);

    await at.fill('20301-12-31T12:00');
    expect(await at.getAttribute('aria-invalid')).toBe('false');
    await page.getByRole('button', { name: 'Schemalägg' }).click();
    await expect
      .poll(() => error.textContent())
      .toBe('Ange hela datum och klockslag med fyrsiffrigt år, t.ex. 2027-01-14 09:30.');
    await expect.poll(() => focusedElement(page)).toMatchObject({ id: 'schedule-at' });
    // Only part of a date typed: the field gives no value, and says the same rather than that it is empty.
    await at.fill('');
    await at.focus();
    await page.keyboard.type('12');
    expect(await at.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
    await page.getByRole('button', { name: 'Schemalägg' }).click();
    await expect
      .poll(() => error.textContent())
      .toBe('Ange hela datum och klockslag med fyrsiffrigt år, t.ex. 2027-01-14 09:30.');
    expect(await at.getAttribute('aria-invalid')).toBe('true');
    // Nothing was saved or scheduled: the item is still new.
    expect(hub.graphqlRequests().length).toBe(before);
    expect(new URL(page.url()).hash).toMatch(/^#\/news\/new/);
  });

  it('after archiving from the toolbar, the focus is on the status line rather than lost with the button', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'petra.publisher@example.org', `#/news/new?federation=${FEDERATION}`);
    await page.getByLabel('Rubrik').fill('Kort notis');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect.poll(() => page.getByText('Status: Utkast, version 1').count()).toBe(1);
    await page.getByRole('button', { name: 'Arkivera' }).click();
    await expect
      .poll(() => focusedElement(page))
      .toMatchObject({ id: 'editor-status', text: 'Status: Arkiverad, version 2' });
    expect(await page.getByRole('button', { name: 'Arkivera' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('shows an editor no publish button, and the hub refuses an editor who publishes anyway', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'erik.editor@example.org', `#/news/new?federation=${FEDERATION}`);
    await page.getByLabel('Rubrik').fill('Utkast från redaktören');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const id = await editedItemId(page);
    expect(await page.getByRole('button', { name: 'Spara utkast' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Publicera|Schemalägg|Arkivera/ }).count()).toBe(0);
    expect(await page.getByText('En redaktör skriver utkast').count()).toBe(1);
    // Nor is the people page offered to anyone who is not an admin.
    expect(await page.getByRole('link', { name: 'Personer', exact: true }).count()).toBe(0);
    const token = await tokenOf(hub, 'erik.editor@example.org');
    const refused = await hubApi(
      hub,
      'mutation ($id: ID!) { publishNews(id: $id, basedOn: 1) { __typename } }',
      { id },
      token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
