import { seedBulkNews } from '@samverka/db/seed/bulk-news';
import { START_PAGE as BENCH_START_PAGE } from '@samverka/server/bench/start-page';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_PAGE, type StartPageData } from '../../widgets/src/newsroom/api/start-queries.js';
import { logIn, seedUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';

const FEDERATION = 'goteborgsregionen';

const CREATE_NEWS_DRAFT = `mutation ($f: String!, $input: NewsInput!) {
  createNewsDraft(federation: $f, input: $input) { __typename }
}`;

describe('the newsroom start page', () => {
  let test: TestApp;
  let token: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    await seedBulkNews(test.database.db, 300);
    const publisher = await seedUser(test.database.db, {
      email: 'publicist@gr.example',
      roles: { [FEDERATION]: 'publisher' },
    });
    token = await logIn(test.app, publisher);
  });
  afterAll(() => test.close());

  async function statementsOfStartPage(): Promise<{ statements: number; data: StartPageData }> {
    const variables = { federation: FEDERATION, now: new Date().toISOString(), withSources: true };
    const before = test.database.statements.count;
    const answer = await send<StartPageData>(test.app, START_PAGE, variables, { token });
    const statements = test.database.statements.count - before;
    if (answer.errors || !answer.data) throw new Error(`start page failed: ${JSON.stringify(answer)}`);
    return { statements, data: answer.data };
  }

  it('is benchmarked with the document the newsroom sends', () => {
    expect(BENCH_START_PAGE).toBe(START_PAGE);
  });

  it('takes as many SQL statements with a full list of drafts as with none', async () => {
    // The first request after logging in also marks the token used.
    await statementsOfStartPage();
    const empty = await statementsOfStartPage();
    expect(empty.data.newsDrafts).toHaveLength(0);
    expect(empty.data.publishedNews).toHaveLength(8);

    for (let n = 1; n <= 25; n += 1) {
      const created = await send<{ createNewsDraft: { __typename: string } }>(
        test.app,
        CREATE_NEWS_DRAFT,
        { f: FEDERATION, input: { title: `Utkast ${n}`, language: 'sv', summary: 'Ingress.', body: '<p>Text.</p>' } },
        { token },
      );
      expect(created.data?.createNewsDraft.__typename).toBe('CreateNewsDraftSuccess');
    }
    const full = await statementsOfStartPage();
    expect(full.data.newsDrafts).toHaveLength(25);
    expect(full.statements).toBe(empty.statements);
    // The viewer (2), one statement per part of the page (events: 2), and the federation the parts'
    // access checks look up together, then their resolvers (2).
    expect(full.statements).toBeLessThanOrEqual(13);
  });
});
