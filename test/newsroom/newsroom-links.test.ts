import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import {
  EDITABLE_ITEM,
  type EditableItem,
  FEDERATION,
  hubApi,
  logIn,
  seedDraft,
  tokenOf,
} from '../support/newsroom.js';

const LINK = 'https://www.vo-college.se/skane/anmalan';

/** Whether the text being edited (inside the shadow roots) has the focus. */
function editorHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.classList.contains('ProseMirror') ?? false;
  });
}

describe('links in the newsroom’s text editor', () => {
  const testbed = useWidgetTestbed();
  let token: string;

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, { email: 'lina.lank@example.org', roles: { [FEDERATION]: 'publisher' } });
    token = await tokenOf(testbed.hub, 'lina.lank@example.org');
  });

  const draft = () =>
    seedDraft(testbed.hub, token, 'News', { title: 'Anmälan öppnar', language: 'sv', body: '<p>Anmäl dig här</p>' });

  it('inserts a checked link through a dialog, refuses a javascript: address beside the field, and saves it', async () => {
    const { page, hub } = testbed;
    const id = await draft();
    await logIn(page, hub, 'lina.lank@example.org', `#/news/${encodeURIComponent(id)}`);
    const body = page.getByRole('textbox', { name: 'Brödtext' });
    await expect.poll(() => body.textContent()).toBe('Anmäl dig här');
    // Select the last word, as a person does with the keyboard.
    await body.click();
    await page.keyboard.press('End');
    for (let step = 0; step < 'här'.length; step += 1) await page.keyboard.press('Shift+ArrowLeft');

    await page.getByRole('button', { name: 'Länk', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Länk' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const address = dialog.getByLabel('Länkadress');
    await expect.poll(() => address.evaluate((input) => input.matches(':focus'))).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Ta bort länk' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await address.fill('javascript:alert(document.cookie)');
    await dialog.getByRole('button', { name: 'Infoga länk' }).click();
    const message =
      'Adressen kan inte bli en länk. Skriv hela adressen, med https://, http://, mailto: eller tel: först.';
    const error = dialog.getByText(message);
    await expect.poll(() => error.count()).toBe(1);
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    const errorId = await error.getAttribute('id');
    expect((await address.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
    // Next to the field: the element right after it.
    expect(await address.evaluate((input) => input.nextElementSibling?.id)).toBe(errorId);
    expect(await dialog.isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await address.fill(LINK);
    await dialog.getByRole('button', { name: 'Infoga länk' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => editorHasFocus(page)).toBe(true);
    expect(await body.locator('a').getAttribute('href')).toBe(LINK);
    expect(await body.locator('a').textContent()).toBe('här');

    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const expected = `<p>Anmäl dig <a href="${LINK}" rel="noopener noreferrer">här</a></p>`;
    await expect
      .poll(async () => (await hubApi<EditableItem>(hub, EDITABLE_ITEM, { id }, token)).data?.editableNewsItem?.body)
      .toBe(expected);
  });

  it('closes on Escape without a change and gives the focus back to the text; removes a link on request', async () => {
    const { page, hub } = testbed;
    const id = await draft();
    await logIn(page, hub, 'lina.lank@example.org', `#/news/${encodeURIComponent(id)}`);
    const body = page.getByRole('textbox', { name: 'Brödtext' });
    await expect.poll(() => body.textContent()).toBe('Anmäl dig här');
    await body.click();
    await page.keyboard.press('End');
    // Nothing selected: the address itself becomes the link's text.
    await page.keyboard.type(' ');
    await page.getByRole('button', { name: 'Länk', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Länk' });
    await dialog.getByLabel('Länkadress').fill('mailto:info@vo-college-skane.se');
    await page.keyboard.press('Enter');
    await expect.poll(() => body.locator('a').textContent()).toBe('mailto:info@vo-college-skane.se');

    await page.keyboard.press('ArrowLeft');
    await page.getByRole('button', { name: 'Länk', exact: true }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('Länkadress').inputValue()).toBe('mailto:info@vo-college-skane.se');
    await dialog.getByLabel('Länkadress').fill('https://någon-annanstans.example');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => editorHasFocus(page)).toBe(true);
    expect(await body.locator('a').getAttribute('href')).toBe('mailto:info@vo-college-skane.se');

    await page.getByRole('button', { name: 'Länk', exact: true }).click();
    await dialog.getByRole('button', { name: 'Ta bort länk' }).click();
    await expect.poll(() => body.locator('a').count()).toBe(0);
    await expect.poll(() => editorHasFocus(page)).toBe(true);
    expect(await body.textContent()).toBe('Anmäl dig här mailto:info@vo-college-skane.se');
  });
});
