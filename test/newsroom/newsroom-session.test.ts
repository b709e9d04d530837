import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, hubApi, logIn } from '../support/newsroom.js';

const VIEWER = '{ viewer { email } }';

describe('newsroom sessions and personal tokens', () => {
  const testbed = useWidgetTestbed();

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, {
      email: 'sara.session@example.org',
      roles: { [FEDERATION]: 'publisher' },
    });
  });

  it('says so next to the form when the password is wrong, and tells a locked-out account when to come back', async () => {
    const { page, hub } = testbed;
    await page.goto(`${hub.url}/newsroom`);
    await page.getByLabel(/^(Language|Språk)$/).selectOption('sv');
    await page.getByLabel('E-postadress').fill('sara.session@example.org');
    const password = page.getByLabel('Lösenord');
    let text = '';
    for (let attempt = 0; attempt < 12 && !text.includes('spärrat'); attempt += 1) {
      await password.fill(`fel-lösenord-${attempt}`);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await expect.poll(() => page.getByRole('alert').count()).toBe(1);
      text = (await page.getByRole('alert').textContent()) ?? '';
      if (attempt === 0) {
        expect(text).toBe('Fel e-postadress eller lösenord.');
        expect(await password.getAttribute('aria-describedby')).toBe('login-error');
      }
    }
    expect(text).toMatch(/^För många försök: kontot är spärrat en stund\. Försök igen om \d+ minuter\.$/);
  });

  it('keeps the session across a reload, and sends an expired one back to the login with a message', async () => {
    const { page, hub } = testbed;
    await seedUser(hub.database.db, { email: 'rolf.reload@example.org', roles: { [FEDERATION]: 'editor' } });
    await logIn(page, hub, 'rolf.reload@example.org');
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Logga ut' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Start');

    await page.evaluate(() => {
      const key = 'samverka-newsroom-session';
      const session = JSON.parse(sessionStorage.getItem(key) ?? '{}');
      sessionStorage.setItem(key, JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    });
    await page.reload();
    await expect.poll(() => page.getByText('Din session har gått ut. Logga in igen.').count()).toBe(1);
    expect(await page.evaluate(() => sessionStorage.getItem('samverka-newsroom-session'))).toBeNull();

    await logIn(page, hub, 'rolf.reload@example.org');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect.poll(() => page.getByText('Du är utloggad.').count()).toBe(1);
    await page.reload();
    expect(await page.getByRole('button', { name: 'Logga in' }).count()).toBe(1);
  });

  it('creates a token shown once, lists it, and a revoked token stops working', async () => {
    const { page, hub } = testbed;
    await seedUser(hub.database.db, { email: 'tove.token@example.org', roles: { [FEDERATION]: 'publisher' } });
    await logIn(page, hub, 'tove.token@example.org', '#/account');
    await page.getByLabel('Namn').fill('Import från kalendern');
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    const secret = page.locator('#new-token');
    await expect.poll(() => secret.count()).toBe(1);
    const token = (await secret.textContent()) ?? '';
    expect(token).toMatch(/^svk_/);
    expect((await hubApi<{ viewer: { email: string } }>(hub, VIEWER, {}, token)).data?.viewer.email).toBeTruthy();

    await page.getByRole('button', { name: 'Återkalla Import från kalendern' }).click();
    const listed = page.locator('newsroom-account-view li').filter({ hasText: 'Import från kalendern' });
    await expect.poll(() => listed.textContent()).toMatch(/återkallad \d/);
    const refused = await hubApi(hub, VIEWER, {}, token);
    expect(refused.status).toBe(401);
    // Shown once: a reload lists the token, never its secret.
    await page.reload();
    await expect.poll(() => listed.count()).toBe(1);
    expect(await page.locator('#new-token').count()).toBe(0);
  });
});
