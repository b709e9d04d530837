import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, type Strings } from '../../widgets/src/newsroom/i18n/en.js';
import { sv } from '../../widgets/src/newsroom/i18n/sv.js';
import { PASSWORD, seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { focusedHeading } from '../support/focus.js';
import { FEDERATION, tokenOf } from '../support/newsroom.js';
import { newsroomSeeder } from '../support/newsroom-seed.js';

type Language = 'sv' | 'en';
const STRINGS: Record<Language, Strings> = { sv, en };
const EMAIL = 'svea.svep@example.org';

/**
 * Phrases of `other` that the page of `language` must not show: every text of the other language
 * (cut at its placeholders) long enough not to turn up in content by chance, and not also a text of this one.
 */
function foreignPhrases(language: Language, other: Language): string[] {
  const own = Object.values(STRINGS[language]).map(normalise);
  const phrases = Object.values(STRINGS[other]).flatMap((text) => text.split(/\{\d\}/).map(normalise));
  return [...new Set(phrases)].filter((phrase) => phrase.length >= 12 && !own.some((text) => text.includes(phrase)));
}

/** Dates as the other language writes them: "1 dec. 2026" in Swedish, "1 Dec 2026" in English. */
const FOREIGN_DATE: Record<Language, RegExp> = {
  sv: /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b/,
  en: /\b\d{1,2} (jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)\.? \d{4}\b/,
};

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every text on the page, shadow roots included, with the labels that only assistive technology reads. */
async function pageText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Node) => {
      for (const node of Array.from(root.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (!(node instanceof Element) || node.tagName === 'STYLE' || node.tagName === 'SCRIPT') continue;
        for (const name of ['aria-label', 'placeholder', 'title', 'alt']) parts.push(node.getAttribute(name) ?? '');
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    };
    walk(document.body);
    return parts.join(' ');
  });
  return normalise(text);
}

/** The view shows `heading` as its h1, with the focus on it, has loaded, and is accessible and in one language. */
async function expectView(page: Page, language: Language, heading: string, where: string): Promise<void> {
  const strings = STRINGS[language];
  await expect.poll(() => focusedHeading(page), { message: `the h1 of ${where} has the focus` }).toBe(heading);
  await expect
    .poll(
      async () => {
        const text = await pageText(page);
        return text.includes(strings.loading) || text.includes(strings.editorLoading);
      },
      { message: `${where} has loaded` },
    )
    .toBe(false);
  await expectNoAxeViolations(page);
  await expectOneLanguage(page, language, where);
}

/** No text of the other language on the page, nor a date written the other language's way. */
async function expectOneLanguage(page: Page, language: Language, where: string): Promise<void> {
  const text = await pageText(page);
  const other: Language = language === 'sv' ? 'en' : 'sv';
  expect(
    foreignPhrases(language, other).filter((phrase) => text.includes(phrase)),
    `${where} in ${language}`,
  ).toEqual([]);
  expect(FOREIGN_DATE[language].exec(text)?.[0], `dates on ${where} in ${language}`).toBeUndefined();
}

describe('a sweep of every newsroom view in both languages', () => {
  // The feed source is the hub's own HTML page on 127.0.0.1, so its import fails and the failure shows.
  const testbed = useWidgetTestbed({ feedAllowedAddresses: ['127.0.0.1'], feedPollIntervalMs: 0 });
  const ids: Record<'news' | 'event' | 'course', string> = { news: '', event: '', course: '' };

  beforeAll(async () => {
    const { hub } = testbed;
    await seedUser(hub.database.db, { email: EMAIL, platformAdmin: true, roles: { [FEDERATION]: 'admin' } });
    const seed = newsroomSeeder(hub, await tokenOf(hub, EMAIL), FEDERATION);
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    ids.news = await seed.news('Svepets nyhetsutkast');
    ids.event = await seed.event('Svepets evenemangsutkast', inDays(30), inDays(31));
    ids.course = await seed.course('Svepets kursutkast');
    await seed.session(ids.course, inDays(40), inDays(41));
    await seed.contact('Svea Svepare', 'Kommunikatör');
    await seed.refreshFeedSource(await seed.feedSource(`${hub.url}/newsroom?svep`));
  });

  /** Every signed-in route and the text of its h1. */
  function routes(strings: Strings): Array<[string, string]> {
    const id = encodeURIComponent;
    return [
      ['#/', strings.startTitle],
      ['#/news', strings.newsTitle],
      [`#/news/${id(ids.news)}`, strings.editTitle],
      [`#/news/new?federation=${FEDERATION}`, strings.newTitle],
      ['#/events', strings.eventsTitle],
      [`#/events/${id(ids.event)}`, strings.eventEditTitle],
      ['#/courses', strings.coursesTitle],
      [`#/courses/${id(ids.course)}`, strings.courseEditTitle],
      ['#/contacts', strings.contactsTitle],
      ['#/sources', strings.sourcesTitle],
      ['#/people', strings.peopleTitle],
      ['#/members', strings.membersTitle],
      ['#/profile', strings.profileTitle],
      ['#/topics', strings.topicsTitle],
      ['#/account', strings.accountTitle],
    ];
  }

  it.each(['sv', 'en'] as const)('in %s: the login, the invitation and every view', async (language) => {
    const { page, hub } = testbed;
    const strings = STRINGS[language];
    await page.goto(`${hub.url}/newsroom/invitation#token=svk_inv_example`);
    await page.getByLabel(/^(Language|Språk)$/).selectOption(language);
    await page.reload();
    await expectView(page, language, strings.acceptTitle, 'the invitation');

    await page.goto(`${hub.url}/newsroom`);
    await expectView(page, language, strings.loginTitle, 'the login');
    await page.getByLabel(strings.email).fill(EMAIL);
    await page.getByLabel(strings.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: strings.loginButton }).click();
    await expect.poll(() => page.getByRole('button', { name: strings.logout }).count()).toBe(1);

    for (const [route, heading] of routes(strings)) {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, route);
      await expectView(page, language, heading, route);
    }

    // Switching the language in the header turns the view on screen over at once.
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await expect.poll(() => focusedHeading(page)).toBe(strings.startTitle);
    const other = language === 'sv' ? 'en' : 'sv';
    await page.getByLabel(strings.language, { exact: true }).selectOption(other);
    await expect.poll(() => page.getByRole('button', { name: STRINGS[other].logout }).count()).toBe(1);
    await expectOneLanguage(page, other, 'the start page after switching');
  });
});
