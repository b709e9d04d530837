import { encodeGlobalId } from '@samverka/schema/global-id';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInNewUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';

const FEDERATION = 'vo-college-skane';

interface Named {
  key: string;
  name: string;
}

const CREATE = (type: 'News' | 'Event' | 'Course') => `mutation ($f: String!, $input: ${type}Input!) {
  result: create${type}Draft(federation: $f, input: $input) { __typename ... on Create${type}DraftSuccess { data { id } } }
}`;
const UPDATE = (type: 'News' | 'Event' | 'Course') => `mutation ($id: ID!, $basedOn: Int!, $input: ${type}Input!) {
  result: update${type}(id: $id, basedOn: $basedOn, input: $input) { __typename }
}`;

const TOPICS = 'topics { key: slug name(language: sv) }';
const NEWS_HISTORY = `query ($id: ID!) { editableNewsItem(id: $id) { revisions {
  revision snapshot ${TOPICS} municipalities { key: code name } contact { name } } } }`;
const EVENT_HISTORY = `query ($id: ID!) { editableEvent(id: $id) { revisions {
  revision ${TOPICS} municipality { key: code name } contact { key: id name } } } }`;
const COURSE_HISTORY = `query ($id: ID!) { editableCourse(id: $id) { revisions {
  revision ${TOPICS} openTo { key: code name } prerequisites { key: id name: title } contact { key: id name } } } }`;

type Revisions<Extra> = Array<{ revision: number; topics: Named[] } & Extra>;

describe('what revisions name of their links', () => {
  let test: TestApp;
  let token: string;
  let contactId: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    token = await logInNewUser(test.app, test.database.db, {
      email: 'rita.revision@example.org',
      roles: { [FEDERATION]: 'publisher' },
    });
    const contact = await test.database.db
      .selectFrom('contacts')
      .innerJoin('federations', 'federations.id', 'contacts.federation_id')
      .select(['contacts.id', 'contacts.name'])
      .where('federations.slug', '=', FEDERATION)
      .executeTakeFirstOrThrow();
    contactId = contact.id;
  });
  afterAll(() => test.close());

  async function call<Data>(source: string, variables: Record<string, unknown>): Promise<Data> {
    const answer = await send<Data>(test.app, source, variables, { token });
    if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer));
    return answer.data;
  }

  async function create(type: 'News' | 'Event' | 'Course', input: Record<string, unknown>): Promise<string> {
    const data = await call<{ result: { data?: { id: string } } }>(CREATE(type), { f: FEDERATION, input });
    const id = data.result.data?.id;
    if (!id) throw new Error(JSON.stringify(data));
    return id;
  }

  async function update(type: 'News' | 'Event' | 'Course', id: string, basedOn: number, input: object) {
    const data = await call<{ result: { __typename: string } }>(UPDATE(type), { id, basedOn, input });
    expect(data.result.__typename).toBe(`Update${type}Success`);
  }

  /** The statements one request takes. */
  async function statementsOf(source: string, id: string): Promise<number> {
    const before = test.database.statements.count;
    await call(source, { id });
    return test.database.statements.count - before;
  }

  it('gives a news revision its snapshot, and its topics and municipalities by name', async () => {
    const first = { title: 'Nyhet', language: 'sv', topics: ['rekrytering'], municipalities: ['1262'] };
    const id = await create('News', first);
    await update('News', id, 1, { ...first, language: 'en', topics: ['aldreomsorg'], municipalities: [] });
    const { editableNewsItem } = await call<{
      editableNewsItem: {
        revisions: Revisions<{ snapshot: Record<string, unknown>; municipalities: Named[]; contact: null }>;
      };
    }>(NEWS_HISTORY, { id });
    const [now, before] = editableNewsItem.revisions;
    expect(before?.topics).toEqual([{ key: 'rekrytering', name: 'Rekrytering' }]);
    expect(before?.municipalities).toEqual([{ key: '1262', name: 'Lomma' }]);
    expect(now?.topics).toEqual([{ key: 'aldreomsorg', name: 'Äldreomsorg' }]);
    expect(now?.municipalities).toEqual([]);
    expect(now?.contact).toBeNull();
    expect(before?.snapshot).toMatchObject({ title: 'Nyhet', language: 'sv', images: [], contact_id: null });
    expect(now?.snapshot.language).toBe('en');
    expect(now?.snapshot.topic_ids).toHaveLength(1);
  });

  it('names an event revision’s topics, municipality and contact, and leaves out an id whose row is gone', async () => {
    const first = {
      title: 'Träff',
      language: 'sv',
      startsAt: '2027-03-01T08:00:00Z',
      endsAt: '2027-03-01T10:00:00Z',
      topics: ['rekrytering'],
      municipality: '1262',
      contact: encodeGlobalId('Contact', contactId),
    };
    const id = await create('Event', first);
    await update('Event', id, 1, { ...first, topics: ['ledarskap'], municipality: '1280', contact: null });
    // A topic is archived rather than deleted, but a history must not fail on an id it cannot find.
    await sql`UPDATE event_revisions SET snapshot = jsonb_set(snapshot, '{topic_ids}',
      snapshot->'topic_ids' || '["00000000-0000-4000-8000-000000000000"]'::jsonb) WHERE revision = 1`.execute(
      test.database.db,
    );
    const { editableEvent } = await call<{
      editableEvent: { revisions: Revisions<{ municipality: Named | null; contact: Named | null }> };
    }>(EVENT_HISTORY, { id });
    const [now, before] = editableEvent.revisions;
    expect(before?.topics).toEqual([{ key: 'rekrytering', name: 'Rekrytering' }]);
    expect(before?.municipality).toEqual({ key: '1262', name: 'Lomma' });
    expect(before?.contact?.key).toBe(encodeGlobalId('Contact', contactId));
    expect(now?.topics).toEqual([{ key: 'ledarskap', name: 'Ledarskap' }]);
    expect(now?.municipality).toEqual({ key: '1280', name: 'Malmö' });
    expect(now?.contact).toBeNull();
  });

  it('names a course revision’s prerequisites and open-to municipalities, in as many statements for 30 revisions as for 1', async () => {
    const required = await create('Course', { title: 'Grundkurs', format: 'DIGITAL', language: 'sv' });
    const first = {
      title: 'Fortsättning',
      format: 'DIGITAL',
      language: 'sv',
      topics: ['utbildning'],
      openTo: ['1262'],
      prerequisites: [required],
      contact: encodeGlobalId('Contact', contactId),
    };
    const id = await create('Course', first);
    const one = await statementsOf(COURSE_HISTORY, id);
    const topics = ['utbildning', 'digitalisering', 'ledarskap', 'rekrytering', 'aldreomsorg'];
    for (let basedOn = 1; basedOn < 30; basedOn += 1) {
      const topic = topics[basedOn % topics.length];
      await update('Course', id, basedOn, { ...first, topics: [topic], openTo: ['1280'], contact: null });
    }
    const thirty = await statementsOf(COURSE_HISTORY, id);
    const { editableCourse } = await call<{
      editableCourse: { revisions: Revisions<{ openTo: Named[]; prerequisites: Named[]; contact: Named | null }> };
    }>(COURSE_HISTORY, { id });
    expect(editableCourse.revisions).toHaveLength(30);
    const [now, , , , , , , , , , , , , , , , , , , , , , , , , , , , , oldest] = editableCourse.revisions;
    expect(oldest?.topics).toEqual([{ key: 'utbildning', name: 'Utbildning' }]);
    expect(oldest?.openTo).toEqual([{ key: '1262', name: 'Lomma' }]);
    expect(oldest?.prerequisites).toEqual([{ key: required, name: 'Grundkurs' }]);
    expect(oldest?.contact?.key).toBe(encodeGlobalId('Contact', contactId));
    expect(now?.openTo).toEqual([{ key: '1280', name: 'Malmö' }]);
    expect(now?.contact).toBeNull();
    expect(new Set(editableCourse.revisions.map((revision) => revision.topics[0]?.name)).size).toBe(5);
    // The viewer, the course, its revisions, and one statement per kind of link.
    expect(thirty).toBe(one);
    expect(thirty).toBeLessThanOrEqual(9);
  });
});
