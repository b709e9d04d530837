import { createEvent } from '@samverka/db/event-editing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInNewUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { query } from '../support/graphql.js';

const EVENT = `id slug revision status title description startsAt registrationDeadline municipality { code }
  topics { slug } revisions { revision change author { email } headline }`;

interface EventData {
  id: string;
  slug: string;
  revision: number;
  status: string;
  title: string;
  description: string;
  revisions: Array<{ revision: number; change: string; author: { email: string } | null; headline: string }>;
}

interface Outcome {
  __typename: string;
  data?: EventData;
  code?: string;
  field?: string;
  basedOn?: number;
  current?: EventData;
}

const PROBLEMS = '__typename ... on Problem { code } ... on InputProblem { field }';
const CREATE = `mutation ($federation: String!, $input: EventInput!) {
  createEventDraft(federation: $federation, input: $input) { ${PROBLEMS} ... on CreateEventDraftSuccess { data { ${EVENT} } } }
}`;
const step = (name: string, args = '', vars = '') => `mutation ($id: ID!, $basedOn: Int!${vars}) {
  ${name}(id: $id, basedOn: $basedOn${args}) {
    ${PROBLEMS} ... on EventRevisionConflict { basedOn current { ${EVENT} } }
    ... on ${name[0]?.toUpperCase()}${name.slice(1)}Success { data { ${EVENT} } }
  }
}`;
const UPDATE = step('updateEvent', ', input: $input', ', $input: EventInput!');

const FEDERATION = 'goteborgsregionen';

describe('events: drafts, revisions, publishing, cancelling', () => {
  let test: TestApp;
  let editor: string;
  let publisher: string;
  let outsider: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    const login = (email: string, roles: Record<string, 'editor' | 'publisher'>) =>
      logInNewUser(test.app, db, { email, roles });
    editor = await login('redaktor@gr.example', { [FEDERATION]: 'editor' });
    publisher = await login('chef@gr.example', { [FEDERATION]: 'publisher' });
    outsider = await login('chef@skane.example', { 'vo-college-skane': 'publisher' });
  });
  afterAll(() => test.close());

  async function run(source: string, variables: Record<string, unknown>, token: string): Promise<Outcome> {
    const result = await send<Record<string, Outcome>>(test.app, source, variables, { token });
    if (result.errors) return { __typename: 'error', code: result.errors[0]?.extensions?.code };
    return Object.values(result.data ?? {})[0] as Outcome;
  }

  const input = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    description:
      '<h2>Program</h2><p style="color:red">Fika <a href="https://example.org">här</a>.</p><iframe src="x"></iframe>',
    startsAt: '2027-05-20T07:00:00Z',
    endsAt: '2027-05-20T15:00:00Z',
    placeName: 'Konserthuset',
    municipality: '1480',
    registrationUrl: 'https://example.org/anmalan',
    registrationDeadline: '2027-05-10T12:00:00Z',
    language: 'sv',
    topics: ['aldreomsorg'],
    ...extra,
  });

  async function draft(title: string): Promise<EventData> {
    const created = await run(CREATE, { federation: FEDERATION, input: input(title) }, editor);
    if (!created.data) throw new Error(JSON.stringify(created));
    return created.data;
  }

  const publicEvent = async (slug: string) =>
    (
      await query<{ event: { title: string; cancelled: boolean } | null }>(
        test.app,
        `{ event(slug: "${slug}") { title cancelled } }`,
      )
    ).data?.event;

  it('lets an editor write a sanitised draft that only the organiser’s people see', async () => {
    const event = await draft('Regional konferens');
    expect(event).toMatchObject({ status: 'DRAFT', revision: 1, slug: 'regional-konferens' });
    expect(event.description).toBe(
      '<h2>Program</h2><p>Fika <a href="https://example.org/" rel="noopener noreferrer">här</a>.</p>',
    );
    expect(event.revisions).toMatchObject([{ change: 'created', author: { email: 'redaktor@gr.example' } }]);
    expect(await publicEvent(event.slug)).toBeNull();
    const own = await send<{ editableEvents: Array<{ title: string }> }>(
      test.app,
      `{ editableEvents(federation: "${FEDERATION}", statuses: [DRAFT]) { title } }`,
      {},
      { token: editor },
    );
    expect(own.data?.editableEvents.map((e) => e.title)).toContain('Regional konferens');
    const other = await send(
      test.app,
      'query ($id: ID!) { editableEvent(id: $id) { title } }',
      { id: event.id },
      { token: outsider },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the field to fix', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: '' }, 'title', 'REQUIRED'],
      [{ endsAt: '2027-05-20T06:00:00Z' }, 'endsAt', 'ENDS_BEFORE_START'],
      [{ registrationDeadline: '2027-05-21T00:00:00Z' }, 'registrationDeadline', 'DEADLINE_AFTER_START'],
      [{ onlineUrl: 'ftp://example.org' }, 'onlineUrl', 'INVALID_URL'],
      [{ municipality: '0001' }, 'municipality', 'UNKNOWN_MUNICIPALITY'],
      [{ topics: ['nope'] }, 'topics', 'UNKNOWN_TOPIC'],
      [{ description: `<p>${'x'.repeat(300_000)}</p>` }, 'description', 'TOO_LONG'],
    ];
    for (const [extra, field, code] of cases) {
      const outcome = await run(CREATE, { federation: FEDERATION, input: input('Fel', extra) }, editor);
      expect(outcome, field).toMatchObject({ __typename: 'InputProblem', field, code });
    }
  });

  it('refuses a stale update as a conflict and restores an earlier revision', async () => {
    const event = await draft('Nätverksträff');
    const updated = await run(UPDATE, { id: event.id, basedOn: 1, input: input('Nätverksträff, ny tid') }, editor);
    expect(updated.data?.revision).toBe(2);
    const stale = await run(UPDATE, { id: event.id, basedOn: 1, input: input('Krock') }, publisher);
    expect(stale).toMatchObject({ __typename: 'EventRevisionConflict', basedOn: 1 });
    expect(stale.current?.title).toBe('Nätverksträff, ny tid');
    const restored = await run(step('restoreEventRevision', ', revision: 1'), { id: event.id, basedOn: 2 }, editor);
    expect(restored.data).toMatchObject({ title: 'Nätverksträff', revision: 3 });
    expect(restored.data?.revisions.map((r) => r.headline)).toEqual([
      'Nätverksträff',
      'Nätverksträff, ny tid',
      'Nätverksträff',
    ]);
  });

  it('publishes, cancels (still listed, marked) and archives through publishers only', async () => {
    const event = await draft('Spridningskonferens');
    expect(await run(step('publishEvent'), { id: event.id, basedOn: 1 }, editor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await run(step('publishEvent'), { id: event.id, basedOn: 1 }, outsider)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await run(step('publishEvent'), { id: event.id, basedOn: 1 }, publisher)).data?.status).toBe('PUBLISHED');
    expect(await publicEvent(event.slug)).toEqual({ title: 'Spridningskonferens', cancelled: false });
    expect(await run(UPDATE, { id: event.id, basedOn: 2, input: input('Ändrad') }, editor)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await run(step('cancelEvent'), { id: event.id, basedOn: 2 }, publisher)).data?.status).toBe('CANCELLED');
    expect(await publicEvent(event.slug)).toEqual({ title: 'Spridningskonferens', cancelled: true });
    const recancel = await run(step('cancelEvent'), { id: event.id, basedOn: 3 }, publisher);
    expect(recancel).toMatchObject({ __typename: 'InputProblem', code: 'INVALID_TRANSITION' });
    expect((await run(step('archiveEvent'), { id: event.id, basedOn: 3 }, publisher)).data?.status).toBe('ARCHIVED');
    expect(await publicEvent(event.slug)).toBeNull();
    const back = await run(step('unpublishEvent'), { id: event.id, basedOn: 4 }, publisher);
    expect(back.data?.revisions.map((r) => r.change)).toEqual([
      'unpublished',
      'archived',
      'cancelled',
      'published',
      'created',
    ]);
  });

  it('creates events for an importer through the same function, with their first revision', async () => {
    const db = test.database.db;
    const federation = await db
      .selectFrom('federations')
      .select('id')
      .where('slug', '=', FEDERATION)
      .executeTakeFirstOrThrow();
    const imported = await db.transaction().execute((tx) =>
      createEvent(tx, {
        federationId: federation.id,
        authorId: null,
        publishedAt: new Date(Date.now() - 1000),
        content: {
          title: 'Importerad träff',
          summary: '',
          descriptionHtml: '',
          startsAt: new Date('2027-06-01T08:00:00Z'),
          endsAt: new Date('2027-06-01T09:00:00Z'),
          placeName: null,
          address: null,
          municipalityId: null,
          onlineUrl: null,
          registrationUrl: null,
          registrationDeadline: null,
          language: 'sv',
          contactId: null,
          topicIds: [],
        },
      }),
    );
    expect(imported).toMatchObject({ status: 'published', revision: 1 });
    expect(await publicEvent(imported.slug)).toEqual({ title: 'Importerad träff', cancelled: false });
    const history = await db.selectFrom('event_revisions').selectAll().where('event_id', '=', imported.id).execute();
    expect(history).toMatchObject([{ revision: 1, change: 'created', author_id: null, status: 'published' }]);
  });
});
