import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedElement } from '../support/focus.js';
import { FEDERATION, hubApi, logIn, seedDraft, tokenOf } from '../support/newsroom.js';

const EVENT = `query ($id: ID!) { editableEvent(id: $id) { id status revision title description startsAt endsAt
  placeName municipality { code } registrationUrl registrationDeadline revisions { revision } } }`;

interface StoredEvent {
  id: string;
  status: string;
  revision: number;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  placeName: string | null;
  municipality: { code: string } | null;
  registrationUrl: string | null;
  registrationDeadline: string | null;
}

/** The id of the event the editor shows, from the address bar (#/events/{id}). */
async function editedEventId(url: () => string): Promise<string> {
  await expect.poll(() => new URL(url()).hash).toMatch(/^#\/events\/(?!new)/);
  return decodeURIComponent(new URL(url()).hash.replace('#/events/', ''));
}

describe('events in the newsroom', () => {
  const testbed = useWidgetTestbed();
  let token: string;
  const stored = async (id: string) =>
    (await hubApi<{ editableEvent: StoredEvent | null }>(testbed.hub, EVENT, { id }, token)).data?.editableEvent;

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, {
      email: 'per.publicist@example.org',
      roles: { [FEDERATION]: 'publisher' },
    });
    await seedUser(testbed.hub.database.db, { email: 'ella.editor@example.org', roles: { [FEDERATION]: 'editor' } });
    token = await tokenOf(testbed.hub, 'per.publicist@example.org');
  });

  it('lets a publisher write an event with times in the federation’s zone, publish it and cancel it', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'per.publicist@example.org', '#/events/new');
    await page.getByLabel('Rubrik').fill('Vinterträff för handledare');
    await page.getByLabel('Ingress').fill('Vi ses i Lund.');
    await page.getByRole('textbox', { name: 'Beskrivning' }).fill('Program och fika.');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const starts = page.getByLabel('Börjar (tid i Europe/Stockholm)');
    await expect.poll(() => starts.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => starts.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);

    await starts.fill('2027-01-14T09:30');
    await page.getByLabel('Slutar (tid i Europe/Stockholm)').fill('2027-01-14T15:00');
    await page.getByLabel('Plats').fill('Stadshallen');
    const picker = page.locator('newsroom-municipality-picker').filter({ hasText: 'Kommun där det hålls' });
    await picker.getByLabel('Sök kommun på namn eller kod').fill('Lun');
    await picker.getByRole('button', { name: /^Välj Lund \(1281,/ }).click();
    // One municipality: choosing another replaces it.
    await picker.getByLabel('Sök kommun på namn eller kod').fill('Malmö');
    await picker.getByRole('button', { name: /^Välj Malmö \(1280,/ }).click();
    await expect
      .poll(() => picker.getByRole('button', { name: /^Ta bort/ }).allTextContents())
      .toEqual([expect.stringContaining('Ta bort Malmö')]);
    await page.getByLabel('Anmälan på (https://…)').fill('https://example.org/anmalan');
    await page.getByLabel('Sista anmälningsdag (tid i Europe/Stockholm)').fill('2027-01-07T23:59');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const id = await editedEventId(() => page.url());
    const saved = await stored(id);
    expect(saved).toMatchObject({
      status: 'DRAFT',
      title: 'Vinterträff för handledare',
      startsAt: '2027-01-14T08:30:00.000Z',
      endsAt: '2027-01-14T14:00:00.000Z',
      placeName: 'Stadshallen',
      municipality: { code: '1280' },
      registrationUrl: 'https://example.org/anmalan',
      registrationDeadline: '2027-01-07T22:59:00.000Z',
    });
    expect(saved?.description).toContain('Program och fika.');

    await page.getByRole('button', { name: 'Publicera nu' }).click();
    await expect.poll(async () => (await stored(id))?.status).toBe('PUBLISHED');
    await page.getByRole('button', { name: 'Ställ in evenemanget' }).click();
    await expect.poll(async () => (await stored(id))?.status).toBe('CANCELLED');

    await page.goto(`${hub.url}/newsroom#/events`);
    await page.getByLabel('Status').selectOption('CANCELLED');
    const row = page.locator('newsroom-events-list li').filter({ hasText: 'Vinterträff för handledare' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Inställt');
    await page.getByLabel('Status').selectOption('DRAFT');
    await expect.poll(() => row.count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('shows both versions when someone else saved in between, keeps mine on request, and restores a revision', async () => {
    const { page, hub } = testbed;
    const input = {
      title: 'Ursprunglig',
      language: 'sv',
      startsAt: '2027-02-01T08:00:00Z',
      endsAt: '2027-02-01T10:00:00Z',
    };
    const id = await seedDraft(hub, token, 'Event', input);
    await logIn(page, hub, 'per.publicist@example.org', `#/events/${encodeURIComponent(id)}`);
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Ursprunglig');
    await hubApi(
      hub,
      'mutation ($id: ID!, $input: EventInput!) { updateEvent(id: $id, basedOn: 1, input: $input) { __typename } }',
      { id, input: { ...input, title: 'Deras' } },
      token,
    );
    await page.getByLabel('Rubrik').fill('Min');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const conflict = page.locator('newsroom-conflict-view');
    await expect.poll(() => conflict.getByText('Någon annan sparade under tiden').count()).toBe(1);
    // The heading takes the focus and tells what happened; both versions are not read out as one alert.
    await expect.poll(() => focusedElement(page)).toMatchObject({ tag: 'H2', text: 'Någon annan sparade under tiden' });
    expect(await conflict.locator('[role="alert"]').count()).toBe(0);
    expect(await conflict.locator('[data-version="theirs"]').textContent()).toContain('Deras');
    expect(await conflict.locator('[data-version="mine"]').textContent()).toContain('Min');
    await conflict.getByRole('button', { name: 'Behåll min version' }).click();
    await expect.poll(async () => (await stored(id))?.title).toBe('Min');
    // The times went through the form (read and written in Europe/Stockholm) unchanged.
    expect(await stored(id)).toMatchObject({
      revision: 3,
      startsAt: '2027-02-01T08:00:00.000Z',
      endsAt: '2027-02-01T10:00:00.000Z',
    });

    const history = page.locator('newsroom-event-editor section').filter({ hasText: 'Versionshistorik' });
    await expect.poll(() => history.locator('li').count()).toBe(3);
    await history.getByRole('button', { name: 'Återställ version 1' }).click();
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Ursprunglig');
    expect(await stored(id)).toMatchObject({ title: 'Ursprunglig', revision: 4 });
  });

  it('compares a revision with the current one field by field: only what changed, old and new, in Swedish', async () => {
    const { page, hub } = testbed;
    const input = {
      title: 'Vårträff',
      language: 'sv',
      startsAt: '2027-03-01T08:00:00Z',
      endsAt: '2027-03-01T12:00:00Z',
      topics: ['rekrytering'],
    };
    const id = await seedDraft(hub, token, 'Event', input);
    await hubApi(
      hub,
      'mutation ($id: ID!, $input: EventInput!) { updateEvent(id: $id, basedOn: 1, input: $input) { __typename } }',
      { id, input: { ...input, title: 'Vårträff för handledare', topics: ['ledarskap'] } },
      token,
    );
    await logIn(page, hub, 'per.publicist@example.org', `#/events/${encodeURIComponent(id)}`);
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Vårträff för handledare');
    await page.getByLabel('Börjar (tid i Europe/Stockholm)').fill('2027-03-01T10:30');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect.poll(async () => (await stored(id))?.revision).toBe(3);

    const history = page.locator('newsroom-event-history');
    await expect.poll(() => history.locator('ol > li').count()).toBe(3);
    expect(await history.getByRole('button', { name: 'Jämför version 3 med nuvarande' }).count()).toBe(0);
    await history.getByRole('button', { name: 'Jämför version 1 med nuvarande' }).click();
    const heading = history.getByRole('heading', { name: 'Skillnader mellan version 1 och version 3' });
    await expect
      .poll(() => heading.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    const compared = history.locator('dl.compared');
    expect(await compared.locator('dt').allTextContents()).toEqual([
      'Rubrik',
      'Börjar (tid i Europe/Stockholm)',
      'Ämnen',
    ]);
    const [title, starts, topics] = [0, 1, 2].map((index) => compared.locator('dd').nth(index));
    expect((await title?.locator('p').allTextContents())?.map((text) => text.trim())).toEqual([
      'Tidigare: Vårträff',
      'Nu: Vårträff [tillagt: för handledare]',
    ]);
    expect(await title?.locator('ins').textContent()).toContain('för handledare');
    // Times in the federation's zone: 08:00 UTC is 09:00 in Stockholm in March.
    const [before, now] = (await starts?.locator('p').allTextContents()) ?? [];
    expect(before).toBe('Tidigare: 1 mars 2027 09:00');
    expect(now?.trim()).toBe('Nu: 1 mars 2027 10:30');
    // Topics by name, in the UI's language: what was taken away, then what was added.
    expect((await topics?.locator('li').allTextContents())?.map((text) => text.trim())).toEqual([
      'Borttaget: Rekrytering',
      'Tillagt: Ledarskap',
    ]);
    expect(await topics?.locator('del').textContent()).toBe('Rekrytering');
    expect(await topics?.locator('ins').textContent()).toBe('Ledarskap');
    await expectNoAxeViolations(page);
  });

  it('keeps unsaved changes of an event in this browser, offers them on return, and sends nothing by itself', async () => {
    const { page, hub } = testbed;
    const input = {
      title: 'Sparat evenemang',
      language: 'sv',
      startsAt: '2027-03-01T08:00:00Z',
      endsAt: '2027-03-01T10:00:00Z',
    };
    const id = await seedDraft(hub, token, 'Event', input);
    await logIn(page, hub, 'per.publicist@example.org', `#/events/${encodeURIComponent(id)}`);
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Sparat evenemang');
    await page.getByLabel('Rubrik').fill('Osparat evenemang');
    const other = await page.context().newPage();
    await page.close();
    testbed.page = other;
    // The sign-in went with the tab (sessionStorage); the changes wait for the same person (localStorage).
    await logIn(other, hub, 'per.publicist@example.org', `#/events/${encodeURIComponent(id)}`);
    await expect.poll(() => other.getByLabel('Rubrik').inputValue()).toBe('Osparat evenemang');
    expect(await other.getByText(/^Osparade ändringar från .+ är återställda/).count()).toBe(1);
    expect(await stored(id)).toMatchObject({ title: 'Sparat evenemang', revision: 1 });
    await expectNoAxeViolations(other);

    await other.getByRole('button', { name: 'Släng återställda ändringar' }).click();
    expect(await other.getByLabel('Rubrik').inputValue()).toBe('Sparat evenemang');
    await other.reload();
    await expect.poll(() => other.getByLabel('Rubrik').inputValue()).toBe('Sparat evenemang');
    expect(await other.getByText(/^Osparade ändringar från/).count()).toBe(0);
  });

  it('says what the hub refused next to the field, in Swedish and, once switched, in English', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'per.publicist@example.org', '#/events/new');
    await page.getByLabel('Rubrik').fill('Kvällsmöte som slutar för tidigt');
    await page.getByLabel('Börjar (tid i Europe/Stockholm)').fill('2027-05-10T18:00');
    const ends = page.getByLabel('Slutar (tid i Europe/Stockholm)');
    await ends.fill('2027-05-10T17:00');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect.poll(() => ends.getAttribute('aria-invalid')).toBe('true');
    const errorOf = async (field: typeof ends) =>
      page.locator(`[id="${(await field.getAttribute('aria-describedby'))?.split(' ').at(-1)}"]`).textContent();
    expect(await errorOf(ends)).toBe('Välj ett slut som ligger efter starten.');
    await expectNoAxeViolations(page);

    await page.getByLabel('Språk', { exact: true }).selectOption('en');
    const endsInEnglish = page.getByLabel('Ends (time in Europe/Stockholm)');
    await expect.poll(() => endsInEnglish.inputValue()).toBe('2027-05-10T17:00');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => errorOf(endsInEnglish)).toBe('Choose an end after the start.');
    expect(await endsInEnglish.getAttribute('aria-invalid')).toBe('true');
  });

  it('says a time it cannot read next to the field, and after archiving from the toolbar the focus is on the status', async () => {
    const { page, hub } = testbed;
    const id = await seedDraft(hub, token, 'Event', {
      title: 'Träff som arkiveras',
      language: 'sv',
      startsAt: '2027-03-01T08:00:00Z',
      endsAt: '2027-03-01T10:00:00Z',
    });
    await logIn(page, hub, 'per.publicist@example.org', `#/events/${encodeURIComponent(id)}`);
    const starts = page.getByLabel('Börjar (tid i Europe/Stockholm)');
    await expect.poll(() => starts.inputValue()).toBe('2027-03-01T09:00');
    // The field takes a five-digit year; the hub is never asked.
    await starts.fill('20271-03-01T09:00');
    const before = hub.graphqlRequests().length;
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect.poll(() => starts.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator(`[id="${await starts.getAttribute('aria-describedby')}"]`);
    expect(await error.textContent()).toBe('Ange hela datum och klockslag med fyrsiffrigt år, t.ex. 2027-01-14 09:30.');
    await expect.poll(() => focusedElement(page)).toMatchObject({ id: 'startsAt' });
    expect(hub.graphqlRequests().length).toBe(before);
    await expectNoAxeViolations(page);

    await starts.fill('2027-03-01T09:00');
    await page.getByRole('button', { name: 'Arkivera' }).click();
    await expect.poll(async () => (await stored(id))?.status).toBe('ARCHIVED');
    // The button pressed is gone; the focus is on the line that says what happened, not on the page.
    await expect
      .poll(() => focusedElement(page))
      .toMatchObject({ id: 'editor-status', text: 'Status: Arkiverad, version 2' });
    await expectNoAxeViolations(page);
  });

  it('offers an editor drafts only', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'ella.editor@example.org', '#/events/new');
    await expect.poll(() => page.getByRole('button', { name: 'Spara utkast' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Publicera nu' }).count()).toBe(0);
    expect(await page.getByText(/^En redaktör skriver utkast/).count()).toBe(1);
  });
});
