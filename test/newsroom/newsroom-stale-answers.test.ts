import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, logIn, openFromNav, seedDraft, tokenOf } from '../support/newsroom.js';

const PLATFORM_ADMIN = 'stina.snabb@example.org';
const ELSEWHERE = 'goteborgsregionen';

/**
 * Holds back the `operation` requests naming `federation` once armed, until released: the answer for
 * a federation the user has already left then arrives last.
 */
async function holdBack(page: Page, operation: string, federation: string) {
  let armed = false;
  let release = (): void => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/graphql', async (route: Route) => {
    const body = route.request().postData() ?? '';
    if (armed && body.includes(operation) && body.includes(`"federation":"${federation}"`)) await released;
    await route.continue();
  });
  const answered = () =>
    page.waitForResponse((response) => {
      const body = response.request().postData() ?? '';
      return body.includes(operation) && body.includes(`"federation":"${federation}"`);
    });
  return {
    arm: () => {
      armed = true;
    },
    /** Lets the held request through and waits until its answer has been rendered (or dropped). */
    release: async () => {
      const answer = answered();
      release();
      await answer;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    },
  };
}

async function choose(page: Page, slug: string): Promise<void> {
  const chooser = page.getByLabel('Förbund', { exact: true });
  await expect.poll(() => chooser.locator(`option[value="${slug}"]`).count()).toBe(1);
  await chooser.selectOption(slug);
}

describe('answers that arrive after the user chose another federation', () => {
  const testbed = useWidgetTestbed();

  beforeAll(async () => {
    const { hub } = testbed;
    await seedUser(hub.database.db, { email: PLATFORM_ADMIN, platformAdmin: true });
    const token = await tokenOf(hub, PLATFORM_ADMIN);
    await seedDraft(hub, token, 'News', { title: 'Nyhet i Skåne', language: 'sv' }, FEDERATION);
    await seedDraft(hub, token, 'News', { title: 'Nyhet i Göteborgsregionen', language: 'sv' }, ELSEWHERE);
  });

  it('do not replace the news list of the federation now chosen', async () => {
    const { page, hub } = testbed;
    const held = await holdBack(page, 'NewsroomNews', FEDERATION);
    await logIn(page, hub, PLATFORM_ADMIN);
    await openFromNav(page, 'Nyheter');
    await choose(page, ELSEWHERE);
    const elsewhere = page.getByText('Nyhet i Göteborgsregionen');
    await expect.poll(() => elsewhere.count()).toBe(1);

    held.arm();
    await choose(page, FEDERATION);
    await choose(page, ELSEWHERE);
    await expect.poll(() => elsewhere.count()).toBe(1);
    await held.release();
    expect(await page.getByText('Nyhet i Skåne').count()).toBe(0);
    expect(await elsewhere.count()).toBe(1);
    expect(await page.getByLabel('Förbund', { exact: true }).inputValue()).toBe(ELSEWHERE);
  });

  it('do not replace the members, nor aim the join form at the federation left', async () => {
    const { page, hub } = testbed;
    const held = await holdBack(page, 'NewsroomMemberships', FEDERATION);
    await logIn(page, hub, PLATFORM_ADMIN);
    await openFromNav(page, 'Medlemmar');
    await choose(page, ELSEWHERE);
    const members = page.locator('newsroom-member-list li');
    await expect.poll(() => members.filter({ hasText: 'Mölndal' }).count()).toBe(1);

    held.arm();
    await choose(page, FEDERATION);
    await choose(page, ELSEWHERE);
    await expect.poll(() => members.filter({ hasText: 'Mölndal' }).count()).toBe(1);
    await held.release();
    expect(await members.count()).toBe(13);
    expect(await members.filter({ hasText: 'Lomma' }).count()).toBe(0);
    const joinsInto = await page
      .locator('newsroom-member-join-form')
      .evaluate((form) => (form as HTMLElement & { federation: string }).federation);
    expect(joinsInto).toBe(ELSEWHERE);
  });
});
