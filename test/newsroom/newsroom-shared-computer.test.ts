import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, logIn, seedDraft, tokenOf } from '../support/newsroom.js';

const ANNA = 'anna.forst@example.org';
const BERTIL = 'bertil.sedan@example.org';
const SESSION_KEY = 'samverka-newsroom-session';

/** Signs in through the form on the page as it is, without opening another address first. */
async function signInHere(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Logga ut' }).count()).toBe(1);
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect.poll(() => page.getByText('Du är utloggad.').count()).toBe(1);
}

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((route) => {
    location.hash = route;
  }, hash);
}

describe('the newsroom on a shared computer', () => {
  const testbed = useWidgetTestbed();
  let itemRoute = '';

  beforeAll(async () => {
    const { db } = testbed.hub.database;
    await seedUser(db, { email: ANNA, roles: { [FEDERATION]: 'publisher' } });
    await seedUser(db, { email: BERTIL, roles: { [FEDERATION]: 'publisher' } });
    const token = await tokenOf(testbed.hub, ANNA);
    const id = await seedDraft(testbed.hub, token, 'News', { title: 'Sparad rubrik', language: 'sv' });
    itemRoute = `#/news/${encodeURIComponent(id)}`;
  });

  it('offers unsaved changes only to the person who made them, and logging out goes back to the start', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, ANNA, itemRoute);
    const title = page.getByLabel('Rubrik');
    await expect.poll(() => title.inputValue()).toBe('Sparad rubrik');
    await title.fill('Annas osparade rubrik');
    await logOut(page);
    expect(new URL(page.url()).hash).toBe('#/');

    await signInHere(page, BERTIL);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Start');
    await goTo(page, itemRoute);
    await expect.poll(() => title.inputValue()).toBe('Sparad rubrik');
    expect(await page.getByText(/^Osparade ändringar från/).count()).toBe(0);
    await logOut(page);
    expect(new URL(page.url()).hash).toBe('#/');

    // Anna's changes were kept for her: her own logout loses nothing.
    await signInHere(page, ANNA);
    await goTo(page, itemRoute);
    await expect.poll(() => title.inputValue()).toBe('Annas osparade rubrik');
    expect(await page.getByText(/^Osparade ändringar från .+ är återställda/).count()).toBe(1);
  });

  it('sends an expired session back to the start route too', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, BERTIL, itemRoute);
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Sparad rubrik');
    await page.evaluate((key) => {
      const session = JSON.parse(sessionStorage.getItem(key) ?? '{}');
      sessionStorage.setItem(key, JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    }, SESSION_KEY);
    await page.reload();
    await expect.poll(() => page.getByText('Din session har gått ut. Logga in igen.').count()).toBe(1);
    expect(new URL(page.url()).hash).toBe('#/');
    await signInHere(page, BERTIL);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Start');
  });

  it('keeps the token for the tab only: sessionStorage, not localStorage, and a new tab must sign in', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, ANNA);
    const stored = await page.evaluate((key) => {
      const everywhere = Object.keys(localStorage).map((name) => localStorage.getItem(name) ?? '');
      return { session: sessionStorage.getItem(key), local: localStorage.getItem(key), everywhere };
    }, SESSION_KEY);
    const token = (JSON.parse(stored.session ?? '{}') as { token?: string }).token ?? '';
    expect(token.length).toBeGreaterThan(10);
    expect(stored.local).toBeNull();
    expect(stored.everywhere.filter((value) => value.includes(token))).toEqual([]);

    const other = await page.context().newPage();
    await page.close();
    testbed.page = other;
    await other.goto(`${hub.url}/newsroom`);
    await expect.poll(() => other.getByRole('button', { name: /^(Log in|Logga in)$/ }).count()).toBe(1);
  });

  it('says so when the account cannot be loaded after signing in, and tries again on request', async () => {
    const { page, hub } = testbed;
    let failing = true;
    await page.route('**/graphql', async (route) => {
      if (failing && route.request().postData()?.includes('NewsroomViewer')) {
        await route.fulfill({ status: 500, contentType: 'application/json', body: '{"errors":[{"message":"down"}]}' });
      } else {
        await route.continue();
      }
    });
    await page.goto(`${hub.url}/newsroom`);
    await page.getByLabel(/^(Language|Språk)$/).selectOption('sv');
    await page.getByLabel('E-postadress').fill(ANNA);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Ditt konto kunde inte laddas.' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await page.getByText('Laddar…').count()).toBe(0);
    await expectNoAxeViolations(page);

    failing = false;
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Logga ut' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Start');
    expect(await alert.count()).toBe(0);
  });
});
