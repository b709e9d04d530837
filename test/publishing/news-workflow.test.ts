import { publishDueNews } from '@samverka/db/news-schedule';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInNewUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { query } from '../support/graphql.js';

const ITEM =
  'id slug revision status title body images { alt } publishedAt scheduledFor revisions { revision change author { email } title }';

interface Item {
  id: string;
  slug: string;
  revision: number;
  status: string;
  title: string;
  body: string;
  images: Array<{ alt: string }>;
  publishedAt: string | null;
  scheduledFor: string | null;
  revisions: Array<{ revision: number; change: string; author: { email: string } | null; title: string }>;
}

interface Outcome {
  __typename: string;
  data?: Item;
  code?: string;
  field?: string;
  basedOn?: number;
  current?: Item;
}

const CREATE = `mutation ($federation: String!, $input: NewsInput!) {
  createNewsDraft(federation: $federation, input: $input) {
    __typename ... on CreateNewsDraftSuccess { data { ${ITEM} } } ... on Problem { code } ... on InputProblem { field }
  }
}`;

const step = (name: string, extraArgs = '', extraVars = '') => `mutation ($id: ID!, $basedOn: Int!${extraVars}) {
  ${name}(id: $id, basedOn: $basedOn${extraArgs}) {
    __typename
    ... on Problem { code }
    ... on InputProblem { field }
    ... on RevisionConflict { basedOn current { ${ITEM} } }
    ... on ${name[0]?.toUpperCase()}${name.slice(1)}Success { data { ${ITEM} } }
  }
}`;

const UPDATE = step('updateNews', ', input: $input', ', $input: NewsInput!');

describe('news: drafts, revisions, publishing and schedules', () => {
  let test: TestApp;
  let editor: string;
  let publisher: string;
  let outsider: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    editor = await logInNewUser(test.app, db, { email: 'redaktor@gr.example', roles: { goteborgsregionen: 'editor' } });
    publisher = await logInNewUser(test.app, db, {
      email: 'kommunikationschef@gr.example',
      roles: { goteborgsregionen: 'publisher' },
    });
    outsider = await logInNewUser(test.app, db, {
      email: 'chef@skane.example',
      roles: { 'vo-college-skane': 'publisher' },
    });
  });
  afterAll(() => test.close());

  async function run(source: string, variables: Record<string, unknown>, token: string, field: string) {
    const result = await send<Record<string, Outcome>>(test.app, source, variables, { token });
    if (result.errors) return { __typename: 'error', code: result.errors[0]?.extensions?.code } as Outcome;
    return result.data?.[field] as Outcome;
  }

  const input = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    summary: 'Kort om nyheten.',
    body: '<p>Kommunerna i regionen <strong>samverkar</strong>.</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
    language: 'sv',
    topics: ['aldreomsorg'],
    municipalities: ['1480', '1401'],
    ...extra,
  });

  async function draft(title: string, extra: Record<string, unknown> = {}): Promise<Item> {
    const created = await run(
      CREATE,
      { federation: 'goteborgsregionen', input: input(title, extra) },
      editor,
      'createNewsDraft',
    );
    if (!created.data) throw new Error(JSON.stringify(created));
    return created.data;
  }

  it('lets an editor write a draft, sanitised on save, that the public cannot see', async () => {
    const item = await draft('Ny satsning på äldreomsorgen');
    expect(item).toMatchObject({ status: 'DRAFT', revision: 1, slug: 'ny-satsning-pa-aldreomsorgen' });
    expect(item.body).toBe('<p>Kommunerna i regionen <strong>samverkar</strong>.</p>x');
    expect(item.revisions).toEqual([
      { revision: 1, change: 'created', author: { email: 'redaktor@gr.example' }, title: item.title },
    ]);
    const publicView = await query<{ newsItem: unknown }>(test.app, `{ newsItem(slug: "${item.slug}") { title } }`);
    expect(publicView.data?.newsItem).toBeNull();
  });

  it('names the field to fix', async () => {
    const unknownTopic = await run(
      CREATE,
      { federation: 'goteborgsregionen', input: input('Rubrik', { topics: ['finns-inte'] }) },
      editor,
      'createNewsDraft',
    );
    expect(unknownTopic).toMatchObject({ __typename: 'InputProblem', code: 'UNKNOWN_TOPIC', field: 'topics' });
    const emptyTitle = await run(
      CREATE,
      { federation: 'goteborgsregionen', input: input('   ') },
      editor,
      'createNewsDraft',
    );
    expect(emptyTitle).toMatchObject({ __typename: 'InputProblem', field: 'title' });
  });

  it('does not let an editor publish, nor a publisher of another federation, nor anyone anonymous', async () => {
    const item = await draft('Bara utkast');
    const variables = { id: item.id, basedOn: item.revision };
    expect(await run(step('publishNews'), variables, editor, 'publishNews')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await run(step('publishNews'), variables, outsider, 'publishNews')).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await send(test.app, step('publishNews'), variables);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('publishes through a publisher, and the item is public at once', async () => {
    const item = await draft('Branschrådet träffas igen');
    const published = await run(step('publishNews'), { id: item.id, basedOn: 1 }, publisher, 'publishNews');
    expect(published.data).toMatchObject({ status: 'PUBLISHED', revision: 2 });
    const publicView = await query<{ newsItem: { title: string } | null }>(
      test.app,
      `{ newsItem(slug: "${item.slug}") { title } }`,
    );
    expect(publicView.data?.newsItem?.title).toBe('Branschrådet träffas igen');
    // An editor may not change what the public sees.
    const edit = await run(
      UPDATE,
      { id: item.id, basedOn: 2, input: input('Ändrad av redaktör') },
      editor,
      'updateNews',
    );
    expect(edit).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a stale save as a conflict, keeping both versions', async () => {
    const item = await draft('Första versionen');
    const first = await run(UPDATE, { id: item.id, basedOn: 1, input: input('Andra versionen') }, editor, 'updateNews');
    expect(first.data?.revision).toBe(2);
    const stale = await run(
      UPDATE,
      { id: item.id, basedOn: 1, input: input('Samtidig ändring') },
      publisher,
      'updateNews',
    );
    expect(stale).toMatchObject({ __typename: 'RevisionConflict', code: 'REVISION_CONFLICT', basedOn: 1 });
    expect(stale.current?.title).toBe('Andra versionen');
    expect(stale.current?.revisions.map((revision) => revision.title)).toEqual(['Andra versionen', 'Första versionen']);
  });

  it('restores an earlier revision as a new one', async () => {
    const item = await draft('Ursprunglig rubrik');
    await run(UPDATE, { id: item.id, basedOn: 1, input: input('Sämre rubrik') }, editor, 'updateNews');
    const restored = await run(
      step('restoreNewsRevision', ', revision: 1'),
      { id: item.id, basedOn: 2 },
      editor,
      'restoreNewsRevision',
    );
    expect(restored.data).toMatchObject({ title: 'Ursprunglig rubrik', revision: 3 });
    expect(restored.data?.revisions.map((revision) => revision.change)).toEqual(['restored', 'updated', 'created']);
  });

  it('requires alt text on every image before publishing, next to the field', async () => {
    const item = await draft('Med bild', { images: [{ url: 'https://images.example/bild.jpg' }] });
    const refused = await run(step('publishNews'), { id: item.id, basedOn: 1 }, publisher, 'publishNews');
    expect(refused).toMatchObject({ __typename: 'InputProblem', code: 'IMAGE_ALT_MISSING', field: 'images[0].alt' });
    const described = await run(
      UPDATE,
      {
        id: item.id,
        basedOn: 1,
        input: input('Med bild', {
          images: [{ url: 'https://images.example/bild.jpg', alt: 'Två personer vid en bildvägg' }],
        }),
      },
      editor,
      'updateNews',
    );
    const published = await run(
      step('publishNews'),
      { id: item.id, basedOn: described.data?.revision },
      publisher,
      'publishNews',
    );
    expect(published.data?.status).toBe('PUBLISHED');
  });

  it('publishes a scheduled item when it is due, once, even after a restart', async () => {
    const item = await draft('Schemalagd nyhet');
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await run(
      step('scheduleNews', ', at: $at', ', $at: DateTime!'),
      { id: item.id, basedOn: 1, at },
      publisher,
      'scheduleNews',
    );
    expect(scheduled.data).toMatchObject({ status: 'SCHEDULED', scheduledFor: at });
    expect(await publishDueNews(test.database.db)).toEqual([]);

    // The hour passes while the server is down: the item is due when it comes back.
    await sql`UPDATE news_items SET scheduled_for = now() - interval '1 minute' WHERE slug = ${item.slug}`.execute(
      test.database.db,
    );
    const runs = await Promise.all([publishDueNews(test.database.db), publishDueNews(test.database.db)]);
    expect(runs.flat()).toHaveLength(1);
    const publicView = await query<{ newsItem: { title: string } | null }>(
      test.app,
      `{ newsItem(slug: "${item.slug}") { title } }`,
    );
    expect(publicView.data?.newsItem?.title).toBe('Schemalagd nyhet');
    const history = await test.database.db
      .selectFrom('news_revisions')
      .select('change')
      .where(
        'news_item_id',
        '=',
        (
          await test.database.db
            .selectFrom('news_items')
            .select('id')
            .where('slug', '=', item.slug)
            .executeTakeFirstOrThrow()
        ).id,
      )
      .orderBy('revision')
      .execute();
    expect(history.map((row) => row.change)).toEqual(['created', 'scheduled', 'published']);
  });

  it('unpublishes and archives, keeping the item for its history', async () => {
    const item = await draft('Kortlivad nyhet');
    await run(step('publishNews'), { id: item.id, basedOn: 1 }, publisher, 'publishNews');
    const unpublished = await run(step('unpublishNews'), { id: item.id, basedOn: 2 }, publisher, 'unpublishNews');
    expect(unpublished.data?.status).toBe('DRAFT');
    const archived = await run(step('archiveNews'), { id: item.id, basedOn: 3 }, publisher, 'archiveNews');
    expect(archived.data?.status).toBe('ARCHIVED');
    const listed = await send<{ editableNews: Array<{ slug: string; status: string }> }>(
      test.app,
      '{ editableNews(federation: "goteborgsregionen", statuses: [ARCHIVED]) { slug status } }',
      {},
      { token: editor },
    );
    expect(listed.data?.editableNews.map((row) => row.slug)).toContain(item.slug);
  });

  it('refuses a step that makes no sense from the item’s status', async () => {
    const item = await draft('Arkiverad direkt');
    await run(step('archiveNews'), { id: item.id, basedOn: 1 }, publisher, 'archiveNews');
    const publish = await run(step('publishNews'), { id: item.id, basedOn: 2 }, publisher, 'publishNews');
    expect(publish).toMatchObject({ __typename: 'InputProblem', code: 'INVALID_TRANSITION', field: 'status' });
  });

  it('keeps alt text required while an item is live', async () => {
    const item = await draft('Levande nyhet');
    await run(step('publishNews'), { id: item.id, basedOn: 1 }, publisher, 'publishNews');
    const edit = await run(
      UPDATE,
      { id: item.id, basedOn: 2, input: input('Levande nyhet', { images: [{ url: 'https://images.example/x.jpg' }] }) },
      publisher,
      'updateNews',
    );
    expect(edit).toMatchObject({ __typename: 'InputProblem', code: 'IMAGE_ALT_MISSING' });
  });

  it('gives drafts with the same title their own slugs, even at the same moment', async () => {
    const created = await Promise.all(Array.from({ length: 4 }, () => draft('Samma rubrik')));
    expect(new Set(created.map((item) => item.slug)).size).toBe(4);
  });
});
