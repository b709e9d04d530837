import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedElement } from '../support/focus.js';
import { FEDERATION, hubApi, logIn, seedDraft, tokenOf } from '../support/newsroom.js';

const COURSE = `query ($id: ID!) { editableCourse(id: $id) { id status revision title summary description format language
  targetAudiences learningGoals credits { hours body note } price { amount currency } openTo { code }
  prerequisites { id } sessions { startsAt endsAt placeName capacity municipality { code } registrationUrl
  registrationDeadline cancelled } revisions { revision change } } }`;

interface StoredCourse {
  id: string;
  status: string;
  revision: number;
  title: string;
  description: string;
  openTo: Array<{ code: string }>;
  sessions: Array<{ placeName: string | null; cancelled: boolean; startsAt: string }>;
  revisions: Array<{ revision: number; change: string }>;
}

/** The id of the course the editor shows, from the address bar (#/courses/{id}). */
async function editedCourseId(page: Page): Promise<string> {
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/courses\/(?!new)/);
  return decodeURIComponent(new URL(page.url()).hash.replace('#/courses/', ''));
}

/** Whether the element is the focused one of its shadow root. */
function focused(element: HTMLElement | SVGElement): boolean {
  return element === (element.getRootNode() as ShadowRoot).activeElement;
}

describe('courses in the newsroom', () => {
  const testbed = useWidgetTestbed();
  let token: string;
  const stored = async (id: string) =>
    (await hubApi<{ editableCourse: StoredCourse | null }>(testbed.hub, COURSE, { id }, token)).data?.editableCourse;
  const createCourse = (title: string, as = token) =>
    seedDraft(testbed.hub, as, 'Course', { title, format: 'DIGITAL', language: 'sv' });

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, {
      email: 'paula.publicist@example.org',
      roles: { [FEDERATION]: 'publisher' },
    });
    await seedUser(testbed.hub.database.db, { email: 'edvin.editor@example.org', roles: { [FEDERATION]: 'editor' } });
    token = await tokenOf(testbed.hub, 'paula.publicist@example.org');
  });

  it('lets a publisher write a course with a prerequisite and open-to municipalities, run its sessions and publish it', async () => {
    const { page, hub } = testbed;
    const prerequisite = await createCourse('Grundkurs i bemötande');
    await hubApi(
      hub,
      'mutation ($id: ID!) { publishCourse(id: $id, basedOn: 1) { __typename } }',
      { id: prerequisite },
      token,
    );

    await logIn(page, hub, 'paula.publicist@example.org', '#/courses');
    await expect
      .poll(() => page.locator('newsroom-courses-list li').filter({ hasText: 'Grundkurs i bemötande' }).count())
      .toBe(1);
    await page.getByLabel('Sök', { exact: true }).fill('ingen sådan kurs');
    await expect.poll(() => page.getByText('Inga utbildningar matchar.').count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Ny utbildning' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ny utbildning', level: 1 }).count()).toBe(1);
    await page.getByLabel('Rubrik').fill('Handledning för språkombud');
    await page.getByLabel('Ingress').fill('Två dagar om språket på arbetsplatsen.');
    await page.getByRole('textbox', { name: 'Beskrivning' }).fill('Program och litteratur.');
    await page.getByLabel('Hur den ges').selectOption('ON_SITE');
    await page.getByLabel('Målgrupper').fill('Undersköterskor\nVårdbiträden\n');
    await page.getByLabel('Lärandemål').fill('Stötta kollegor i svenska');
    await page.getByRole('button', { name: 'Lägg till tillgodoräknande' }).click();
    await page.getByLabel('Timmar (tillgodoräknande 1)').fill('12');
    await page.getByLabel('Vem som räknar den (tillgodoräknande 1)').fill('Kommunal');
    await page.getByLabel('Belopp').fill('1200');
    const openTo = page.locator('newsroom-municipality-picker').filter({ hasText: 'Öppen för kommuner' });
    for (const [search, name] of [
      ['Lund', /^Lägg till Lund \(1281,/],
      ['Malmö', /^Lägg till Malmö \(1280,/],
    ] as const) {
      await openTo.getByLabel('Sök kommun på namn eller kod').fill(search);
      await openTo.getByRole('button', { name }).click();
    }
    await page.getByLabel('Grundkurs i bemötande').check();
    expect(await page.getByText('Spara utbildningen först').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const id = await editedCourseId(page);

    const sessions = page.locator('newsroom-course-sessions');
    const addSession = async (starts: string, ends: string, place: string) => {
      await sessions.getByRole('button', { name: 'Lägg till tillfälle' }).click();
      await sessions.getByLabel('Börjar (tid i Europe/Stockholm)').fill(starts);
      await sessions.getByLabel('Slutar (tid i Europe/Stockholm)').fill(ends);
      await sessions.getByLabel('Plats', { exact: true }).fill(place);
      await sessions.getByLabel('Platser (hur många som kan delta)').fill('20');
      await sessions.getByLabel('Anmälan på (https://…)').fill('https://example.org/anmalan');
      await sessions.getByLabel('Sista anmälningsdag (tid i Europe/Stockholm)').fill(starts.replace(/T.*/, 'T00:00'));
    };
    await addSession('2027-03-10T09:00', '2027-03-10T08:00', 'Kommunhuset');
    const place = sessions.locator('newsroom-municipality-picker');
    await place.getByLabel('Sök kommun på namn eller kod').fill('Lund');
    await place.getByRole('button', { name: /^Välj Lund \(1281,/ }).click();
    await sessions.getByRole('button', { name: 'Spara tillfället' }).click();
    // The hub's problem with the session stands next to its field, which takes the focus.
    const ends = sessions.getByLabel('Slutar (tid i Europe/Stockholm)');
    await expect.poll(() => ends.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => ends.evaluate(focused)).toBe(true);
    expect(await sessions.locator('#session-endsAt-error').textContent()).toBe(
      'Välj ett slut som ligger efter starten.',
    );
    await expectNoAxeViolations(page);
    await ends.fill('2027-03-10T16:00');
    await sessions.getByRole('button', { name: 'Spara tillfället' }).click();
    await expect.poll(() => sessions.locator('li').count()).toBe(1);
    await addSession('2027-04-14T09:00', '2027-04-14T16:00', 'Stadshallen');
    await expectNoAxeViolations(page);
    await sessions.getByRole('button', { name: 'Spara tillfället' }).click();
    await expect.poll(() => sessions.locator('li').count()).toBe(2);

    await sessions.getByRole('button', { name: /^Ändra tillfället 10 mars 2027/ }).click();
    await expect.poll(() => sessions.getByLabel('Plats', { exact: true }).inputValue()).toBe('Kommunhuset');
    await sessions.getByLabel('Plats', { exact: true }).fill('Stadshuset');
    await sessions.getByRole('button', { name: 'Spara tillfället' }).click();
    await expect.poll(() => sessions.locator('li').first().textContent()).toContain('Stadshuset');

    await sessions.getByRole('button', { name: /^Ställ in tillfället 14 apr. 2027/ }).click();
    expect(await sessions.getByText(/^Ställa in tillfället 14 apr. 2027/).count()).toBe(1);
    await expectNoAxeViolations(page);
    await sessions.getByRole('button', { name: 'Ja, ställ in tillfället' }).click();
    await expect.poll(() => sessions.locator('li').last().textContent()).toContain('Inställt');

    await page.getByRole('button', { name: 'Publicera nu' }).click();
    await expect.poll(async () => (await stored(id))?.status).toBe('PUBLISHED');
    const saved = await stored(id);
    expect(saved).toMatchObject({
      title: 'Handledning för språkombud',
      summary: 'Två dagar om språket på arbetsplatsen.',
      format: 'ON_SITE',
      language: 'sv',
      targetAudiences: ['Undersköterskor', 'Vårdbiträden'],
      learningGoals: ['Stötta kollegor i svenska'],
      credits: [{ hours: 12, body: 'Kommunal', note: null }],
      price: { amount: 1200, currency: 'SEK' },
      prerequisites: [{ id: prerequisite }],
      sessions: [
        {
          startsAt: '2027-03-10T08:00:00.000Z',
          endsAt: '2027-03-10T15:00:00.000Z',
          placeName: 'Stadshuset',
          capacity: 20,
          municipality: { code: '1281' },
          registrationUrl: 'https://example.org/anmalan',
          registrationDeadline: '2027-03-09T23:00:00.000Z',
          cancelled: false,
        },
        { startsAt: '2027-04-14T07:00:00.000Z', placeName: 'Stadshallen', cancelled: true },
      ],
    });
    expect(saved?.description).toContain('Program och litteratur.');
    expect(saved?.openTo.map((each) => each.code).sort()).toEqual(['1280', '1281']);
    expect(saved?.revisions.map((each) => each.change)).toEqual(
      expect.arrayContaining(['created', 'session_added', 'session_updated', 'session_cancelled', 'published']),
    );

    const listed = await hubApi<{ courses: { edges: Array<{ node: Record<string, unknown> }> } }>(
      hub,
      `query { courses(first: 5, filter: { providers: ["${FEDERATION}"], search: "språkombud" }) { edges { node {
        title format prerequisites { title } openTo { code } sessions { placeName cancelled } } } } }`,
    );
    expect(listed.data?.courses.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        title: 'Handledning för språkombud',
        format: 'ON_SITE',
        prerequisites: [{ title: 'Grundkurs i bemötande' }],
        sessions: [
          { placeName: 'Stadshuset', cancelled: false },
          { placeName: 'Stadshallen', cancelled: true },
        ],
      }),
    ]);
  });

  it('compares a revision with the current one field by field, a session’s time included, and says when nothing differs', async () => {
    const { page, hub } = testbed;
    const input = { title: 'Dokumentation', format: 'DIGITAL', language: 'sv', topics: ['utbildning'] };
    const id = await seedDraft(hub, token, 'Course', input);
    const added = await hubApi<{ result: { data?: { sessions: Array<{ id: string }> } } }>(
      hub,
      `mutation ($id: ID!, $input: CourseSessionInput!) { result: addCourseSession(id: $id, basedOn: 1, input: $input) {
        ... on AddCourseSessionSuccess { data { sessions { id } } } } }`,
      { id, input: { startsAt: '2027-03-01T08:00:00Z', endsAt: '2027-03-01T12:00:00Z', placeName: 'Folkets hus' } },
      token,
    );
    const session = added.data?.result.data?.sessions[0]?.id;
    await hubApi(
      hub,
      'mutation ($id: ID!, $input: CourseInput!) { updateCourse(id: $id, basedOn: 2, input: $input) { __typename } }',
      { id, input: { ...input, title: 'Dokumentation i vården', topics: ['utbildning', 'digitalisering'] } },
      token,
    );
    await hubApi(
      hub,
      `mutation ($session: ID!, $input: CourseSessionInput!) {
        updateCourseSession(session: $session, basedOn: 3, input: $input) { __typename } }`,
      {
        session,
        input: { startsAt: '2027-03-01T09:30:00Z', endsAt: '2027-03-01T12:00:00Z', placeName: 'Folkets hus' },
      },
      token,
    );
    expect((await stored(id))?.revision).toBe(4);
    await logIn(page, hub, 'paula.publicist@example.org', `#/courses/${encodeURIComponent(id)}`);

    const history = page.locator('newsroom-course-history');
    await expect.poll(() => history.locator('ol > li').count()).toBe(4);
    await history.getByRole('button', { name: 'Jämför version 2 med nuvarande' }).click();
    const heading = history.getByRole('heading', { name: 'Skillnader mellan version 2 och version 4' });
    await expect.poll(() => heading.evaluate(focused)).toBe(true);
    const compared = history.locator('dl.compared');
    expect(await compared.locator('dt').allTextContents()).toEqual(['Rubrik', 'Ämnen', 'Tillfällen']);
    const [title, topics, sessions] = [0, 1, 2].map((index) => compared.locator('dd').nth(index));
    expect((await title?.locator('p').allTextContents())?.map((text) => text.trim())).toEqual([
      'Tidigare: Dokumentation',
      'Nu: Dokumentation [tillagt: i vården]',
    ]);
    expect((await topics?.locator('li').allTextContents())?.map((text) => text.trim())).toEqual([
      'Tillagt: Digitalisering',
    ]);
    // The same session, its start in the federation's zone: 08:00 UTC is 09:00 in Stockholm in March.
    expect((await sessions?.locator('p').allTextContents())?.map((text) => text.trim())).toEqual([
      'Tidigare: 1 mars 2027 09:00 – 1 mars 2027 13:00, Folkets hus',
      'Nu: 1 mars 2027 10:30 – 1 mars 2027 13:00, Folkets hus',
    ]);
    await expectNoAxeViolations(page);

    // Version 1 had no session yet: it shows as added.
    await history.getByRole('button', { name: 'Jämför version 1 med nuvarande' }).click();
    await expect
      .poll(() => history.getByRole('heading', { name: 'Skillnader mellan version 1 och version 4' }).count())
      .toBe(1);
    expect(await compared.locator('dt').allTextContents()).toEqual(['Rubrik', 'Ämnen', 'Tillfällen']);
    expect(await compared.locator('dd').nth(2).textContent()).toBe(
      'Tillagt: 1 mars 2027 10:30 – 1 mars 2027 13:00, Folkets hus',
    );

    // Publishing changes the status only: the content is the same as in version 4.
    await page.getByRole('button', { name: 'Publicera nu' }).click();
    await expect.poll(() => history.locator('ol > li').count()).toBe(5);
    await history.getByRole('button', { name: 'Jämför version 4 med nuvarande' }).click();
    await expect.poll(() => history.getByText('Inga skillnader.').count()).toBe(1);
    expect(await history.locator('dl.compared').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('gives the focus back to the button that opened a session’s form or question, and says an unreadable time there', async () => {
    const { page, hub } = testbed;
    const id = await createCourse('Kurs med tillfällen');
    await logIn(page, hub, 'paula.publicist@example.org', `#/courses/${encodeURIComponent(id)}`);
    const sessions = page.locator('newsroom-course-sessions');
    const add = sessions.getByRole('button', { name: 'Lägg till tillfälle' });
    await add.click();
    await sessions.getByRole('button', { name: 'Avbryt redigeringen' }).click();
    await expect.poll(() => focusedElement(page)).toMatchObject({ id: 'add-session', text: 'Lägg till tillfälle' });

    await add.click();
    const starts = sessions.getByLabel('Börjar (tid i Europe/Stockholm)');
    await starts.fill('20271-05-10T09:00');
    await sessions.getByLabel('Slutar (tid i Europe/Stockholm)').fill('2027-05-10T16:00');
    await sessions.getByRole('button', { name: 'Spara tillfället' }).click();
    await expect.poll(() => starts.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedElement(page)).toMatchObject({ id: 'session-startsAt' });
    expect(await sessions.locator('#session-startsAt-error').textContent()).toBe(
      'Ange hela datum och klockslag med fyrsiffrigt år, t.ex. 2027-01-14 09:30.',
    );
    expect((await stored(id))?.revision).toBe(1);
    await expectNoAxeViolations(page);
    await starts.fill('2027-05-10T09:00');
    await sessions.getByRole('button', { name: 'Spara tillfället' }).click();
    await expect.poll(() => sessions.locator('li').count()).toBe(1);

    await sessions.getByRole('button', { name: /^Ändra tillfället 10 maj 2027/ }).click();
    await sessions.getByRole('button', { name: 'Avbryt redigeringen' }).click();
    await expect
      .poll(() => focusedElement(page))
      .toMatchObject({ text: expect.stringMatching(/^Ändra tillfället 10 maj 2027/) });
    await sessions.getByRole('button', { name: /^Ställ in tillfället 10 maj 2027/ }).click();
    await sessions.getByRole('button', { name: 'Nej, behåll det' }).click();
    await expect
      .poll(() => focusedElement(page))
      .toMatchObject({ text: expect.stringMatching(/^Ställ in tillfället 10 maj 2027/) });
    await expectNoAxeViolations(page);
  });

  it('offers an editor drafts only, and the hub refuses an editor who publishes anyway', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'edvin.editor@example.org', `#/courses/new?federation=${FEDERATION}`);
    await page.getByLabel('Rubrik').fill('Utkast från redaktören');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const id = await editedCourseId(page);
    expect(await page.getByRole('button', { name: 'Spara utkast' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Publicera|Arkivera|Avpublicera/ }).count()).toBe(0);
    expect(await page.getByText(/^En redaktör skriver utkast/).count()).toBe(1);
    const refused = await hubApi(
      hub,
      'mutation ($id: ID!) { publishCourse(id: $id, basedOn: 1) { __typename } }',
      { id },
      await tokenOf(hub, 'edvin.editor@example.org'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stored(id))?.status).toBe('DRAFT');
  });

  it('says a missing title next to the field, with the focus on it, and keeps unsaved changes for a return', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'paula.publicist@example.org', `#/courses/new?federation=${FEDERATION}`);
    await page.getByLabel('Ingress').fill('Ingen rubrik än.');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const title = page.getByLabel('Rubrik');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => title.evaluate(focused)).toBe(true);
    const described = (await title.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`newsroom-course-editor #${described}`).textContent()).toBe('Fyll i det här.');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect.poll(() => page.getByLabel('Ingress').inputValue()).toBe('Ingen rubrik än.');
    expect(await page.getByText(/^Osparade ändringar från .+ är återställda/).count()).toBe(1);
    expect(new URL(page.url()).hash).toMatch(/^#\/courses\/new/);
  });

  it('shows both versions after a stale save, keeps mine on request, and restores a revision from the history', async () => {
    const { page, hub } = testbed;
    const id = await createCourse('Ursprunglig kurs');
    await logIn(page, hub, 'paula.publicist@example.org', `#/courses/${encodeURIComponent(id)}`);
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Ursprunglig kurs');
    await hubApi(
      hub,
      'mutation ($id: ID!, $input: CourseInput!) { updateCourse(id: $id, basedOn: 1, input: $input) { __typename } }',
      { id, input: { title: 'Deras kurs', format: 'DIGITAL', language: 'sv' } },
      token,
    );
    await page.getByLabel('Rubrik').fill('Min kurs');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const conflict = page.locator('newsroom-conflict-view');
    await expect.poll(() => conflict.getByText('Någon annan sparade under tiden').count()).toBe(1);
    expect(await conflict.locator('[data-version="theirs"]').textContent()).toContain('Deras kurs');
    expect(await conflict.locator('[data-version="mine"]').textContent()).toContain('Min kurs');
    await expectNoAxeViolations(page);
    await conflict.getByRole('button', { name: 'Behåll min version' }).click();
    await expect.poll(async () => (await stored(id))?.title).toBe('Min kurs');
    expect((await stored(id))?.revision).toBe(3);

    const history = page.locator('newsroom-course-editor section').filter({ hasText: 'Versionshistorik' });
    await expect.poll(() => history.locator('li').count()).toBe(3);
    await history.getByRole('button', { name: 'Återställ version 1' }).click();
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Ursprunglig kurs');
    expect(await stored(id)).toMatchObject({ title: 'Ursprunglig kurs', revision: 4 });
    await expect.poll(() => history.locator('li').count()).toBe(4);
  });
});
