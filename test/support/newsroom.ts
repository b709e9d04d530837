import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD } from './accounts.js';
import type { TestHub } from './browser.js';

export const FEDERATION = 'vo-college-skane';

/** A GraphQL POST to the hub on its real port, as any client (the newsroom included) sends it. */
export async function hubApi<Data = Record<string, unknown>>(
  hub: TestHub,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; data: Data | null; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data | null; errors?: [] };
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

/** A session token for an account, from the login mutation. */
export async function tokenOf(hub: TestHub, email: string, password = PASSWORD): Promise<string> {
  const { data } = await hubApi<{ login: { data?: { token: string } } }>(
    hub,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { ... on LoginSuccess { data { token } } } }',
    { email, password },
  );
  const token = data?.login.data?.token;
  if (!token) throw new Error(`${email} could not log in`);
  return token;
}

/** Opens the newsroom (at `route`, a hash) and logs in through its form, as a person does. */
export async function logIn(page: Page, hub: TestHub, email: string, route = '', password = PASSWORD): Promise<void> {
  await page.goto(`${hub.url}/newsroom${route}`);
  // The browser here prefers English; the tests read the Swedish texts most users see.
  await page.getByLabel(/^(Language|Språk)$/).selectOption('sv');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Logga ut' }).count()).toBe(1);
}

export const EDITABLE_ITEM = `query ($id: ID!) { editableNewsItem(id: $id) { id status revision title body
  images { url alt } revisions { revision title } } }`;

export interface EditableItem {
  editableNewsItem: {
    id: string;
    status: string;
    revision: number;
    title: string;
    body: string;
    images: Array<{ url: string; alt: string }>;
    revisions: Array<{ revision: number; title: string }>;
  } | null;
}

/** The id of the item the editor shows, from the address bar (#/news/{id}). */
export async function editedItemId(page: Page): Promise<string> {
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/news\/(?!new)/);
  return decodeURIComponent(new URL(page.url()).hash.replace('#/news/', ''));
}

/** A draft news item, event or course created through the API, as another client would; its id. */
export async function seedDraft(
  hub: TestHub,
  token: string,
  type: 'News' | 'Event' | 'Course',
  input: Record<string, unknown>,
  federation = FEDERATION,
): Promise<string> {
  const { data } = await hubApi<{ draft: { data?: { id: string } } }>(
    hub,
    `mutation ($federation: String!, $input: ${type}Input!) {
      draft: create${type}Draft(federation: $federation, input: $input) { ... on Create${type}DraftSuccess { data { id } } }
    }`,
    { federation, input },
    token,
  );
  const id = data?.draft.data?.id;
  if (!id) throw new Error(`The hub refused the ${type.toLowerCase()} draft`);
  return id;
}

/** Opens a view from the header's navigation and waits until its heading is on screen (its area may still be loading). */
export async function openFromNav(page: Page, link: string, heading = link): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
}
