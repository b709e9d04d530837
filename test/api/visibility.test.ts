import type { Database } from '@samverka/db/database';
import { demoData } from '@samverka/db/seed/demo/index';
import type { MunicipalityRef } from '@samverka/db/seed/demo/types';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { query, queryData } from '../support/graphql.js';

/**
 * Rows the public must never see, written straight into the database next to the demo data:
 * drafts, scheduled and future-dated items, archived ones and a never-published cancelled event.
 * Each carries the word "hemligord" in its title and summary, so a search for it must find only
 * the one visible row that has it too: a cancelled event that was published.
 */

type Typename = 'NewsItem' | 'Course' | 'Event' | 'Initiative';

interface HiddenRow {
  typename: Typename;
  slug: string;
}

interface Connection {
  totalCount: number;
  edges: Array<{ node: { id: string; slug: string } }>;
  pageInfo: { hasNextPage: boolean };
}

interface SearchConnection {
  totalCount: number;
  edges: Array<{ node: { __typename: string; id?: string; slug?: string } }>;
  pageInfo: { hasNextPage: boolean };
}

interface EventDetails {
  id: string;
  slug: string;
  title: string;
  cancelled: boolean;
  organiser: { slug: string };
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

interface IntrospectedField {
  name: string;
  args: Array<{ name: string; type: TypeRef }>;
  type: TypeRef;
}

const SEARCH_WORD = 'hemligord';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const HIDDEN_NEWS = {
  draft: 'hemligord-nyhet-utkast',
  scheduled: 'hemligord-nyhet-schemalagd',
  publishedInFuture: 'hemligord-nyhet-publiceras-i-morgon',
  archived: 'hemligord-nyhet-arkiverad',
};
const HIDDEN_COURSES = { draft: 'hemligord-kurs-utkast', archived: 'hemligord-kurs-arkiverad' };
const HIDDEN_EVENTS = {
  draft: 'hemligord-evenemang-utkast',
  cancelledNeverPublished: 'hemligord-evenemang-installt-opublicerat',
  publishedInFuture: 'hemligord-evenemang-publiceras-i-morgon',
};
const HIDDEN_INITIATIVE = 'hemligord-initiativ-utkast';
/** Cancelled after it was published: stays public, marked as cancelled. */
const VISIBLE_CANCELLED_EVENT = 'hemligord-evenemang-installt-efter-publicering';

const HIDDEN: HiddenRow[] = [
  ...Object.values(HIDDEN_NEWS).map((slug) => ({ typename: 'NewsItem' as const, slug })),
  ...Object.values(HIDDEN_COURSES).map((slug) => ({ typename: 'Course' as const, slug })),
  ...Object.values(HIDDEN_EVENTS).map((slug) => ({ typename: 'Event' as const, slug })),
  { typename: 'Initiative', slug: HIDDEN_INITIATIVE },
];

/** The published demo course the draft course is made a prerequisite of, and the one the archived course is. */
const COURSE_WITH_DRAFT_PREREQUISITE = 'ambassadorsutbildning-modul-5';
const COURSE_WITH_ARCHIVED_PREREQUISITE = 'dokumentera-sakert';
const INITIATIVE_FEDERATIONS = ['akademi-norr', 'vard-och-omsorgscollege'];
const INITIATIVE_MUNICIPALITY: MunicipalityRef = { country: 'SE', code: '2506' };
const NEWS_MUNICIPALITY: MunicipalityRef = { country: 'SE', code: '1262' };

const KINDS: Record<Typename, { list: string; filter: string; bySlug: string }> = {
  NewsItem: { list: 'news', filter: 'NewsFilter', bySlug: 'newsItem' },
  Course: { list: 'courses', filter: 'CourseFilter', bySlug: 'course' },
  Event: { list: 'events', filter: 'EventFilter', bySlug: 'event' },
  Initiative: { list: 'initiatives', filter: 'InitiativeFilter', bySlug: 'initiative' },
};

const SEARCH = `query ($query: String!) {
  search(query: $query, first: 100) {
    totalCount
    edges { node {
      __typename
      ... on Node { id }
      ... on NewsItem { slug }
      ... on Course { slug }
      ... on Event { slug }
      ... on Initiative { slug }
    } }
    pageInfo { hasNextPage }
  }
}`;

const EVENT_DETAILS = 'id slug title cancelled organiser { slug }';

/** The format of schema/src/global-id.ts: base64url of "Typename:uuid". */
const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);
const isPublicDemoNews = (item: (typeof demoData.news)[number]) =>
  item.status === 'published' && time(item.publishedAt) <= Date.now();
const mentions = (refs: MunicipalityRef[], ref: MunicipalityRef) =>
  refs.some((candidate) => candidate.country === ref.country && candidate.code === ref.code);

/** A failed statement's SQLSTATE, from node-postgres or PGlite alike. */
function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function namedType(type: TypeRef): string | null {
  return type.ofType ? namedType(type.ofType) : type.name;
}

function isRequired(type: TypeRef): boolean {
  return type.kind === 'NON_NULL';
}

interface Inserted {
  /** Database ids by slug of every row inserted. */
  ids: Map<string, string>;
  /** Rows the database itself refused (a CHECK constraint), with its message. */
  refused: Map<string, string>;
}

async function insertRows(db: Kysely<Database>): Promise<Inserted> {
  const ids = new Map<string, string>();
  const refused = new Map<string, string>();
  const now = Date.now();
  const at = (offset: number) => new Date(now + offset);

  const federationId = async (slug: string) =>
    (await db.selectFrom('federations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  const municipalityId = async (ref: MunicipalityRef) =>
    (
      await db
        .selectFrom('municipalities')
        .select('id')
        .where('country', '=', ref.country)
        .where('code', '=', ref.code)
        .executeTakeFirstOrThrow()
    ).id;
  const courseId = async (slug: string) =>
    (await db.selectFrom('courses').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  const skane = await federationId('vo-college-skane');
  const text = (what: string) => ({
    title: `Hemligord: ${what}`,
    summary: `${what} med ordet hemligord, som ingen utanför redaktionen får se.`,
  });

  // News
  const news = [
    { slug: HIDDEN_NEWS.draft, status: 'draft', published_at: null, scheduled_for: null },
    { slug: HIDDEN_NEWS.scheduled, status: 'scheduled', published_at: null, scheduled_for: at(7 * DAY) },
    { slug: HIDDEN_NEWS.publishedInFuture, status: 'published', published_at: at(DAY), scheduled_for: null },
    { slug: HIDDEN_NEWS.archived, status: 'archived', published_at: at(-30 * DAY), scheduled_for: null },
  ] as const;
  for (const item of news) {
    const { id } = await db
      .insertInto('news_items')
      .values({
        slug: item.slug,
        federation_id: skane,
        ...text(`nyhet ${item.slug}`),
        body_html: '<p>Hemligord i brödtexten också.</p>',
        images: '[]',
        language: 'sv',
        status: item.status,
        published_at: item.published_at,
        scheduled_for: item.scheduled_for,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(item.slug, id);
  }
  // Two hidden items mention a municipality that a published demo item mentions too.
  const lomma = await municipalityId(NEWS_MUNICIPALITY);
  await db
    .insertInto('news_item_municipalities')
    .values(
      [HIDDEN_NEWS.draft, HIDDEN_NEWS.publishedInFuture].map((slug) => ({
        news_item_id: ids.get(slug) ?? '',
        municipality_id: lomma,
      })),
    )
    .execute();

  // Courses
  const courses = [
    { slug: HIDDEN_COURSES.draft, status: 'draft', published_at: null },
    { slug: HIDDEN_COURSES.archived, status: 'archived', published_at: at(-400 * DAY) },
  ] as const;
  for (const course of courses) {
    const { id } = await db
      .insertInto('courses')
      .values({
        slug: course.slug,
        federation_id: skane,
        ...text(`kurs ${course.slug}`),
        description_html: '<p>Hemligord.</p>',
        format: 'on_site',
        target_audiences: ['Undersköterskor'],
        learning_goals: ['Hålla hemligord hemliga'],
        credits: '[]',
        language: 'sv',
        status: course.status,
        published_at: course.published_at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(course.slug, id);
    await db
      .insertInto('course_sessions')
      .values({ course_id: id, starts_at: at(40 * DAY), ends_at: at(40 * DAY + 6 * HOUR) })
      .execute();
  }
  await db
    .insertInto('course_prerequisites')
    .values([
      {
        course_id: await courseId(COURSE_WITH_DRAFT_PREREQUISITE),
        prerequisite_id: ids.get(HIDDEN_COURSES.draft) ?? '',
      },
      {
        course_id: await courseId(COURSE_WITH_ARCHIVED_PREREQUISITE),
        prerequisite_id: ids.get(HIDDEN_COURSES.archived) ?? '',
      },
    ])
    .execute();

  // Events
  const events = [
    { slug: HIDDEN_EVENTS.draft, status: 'draft', published_at: null, starts: 30 * DAY },
    { slug: HIDDEN_EVENTS.cancelledNeverPublished, status: 'cancelled', published_at: null, starts: 31 * DAY },
    { slug: HIDDEN_EVENTS.publishedInFuture, status: 'published', published_at: at(DAY), starts: 60 * DAY },
    { slug: VISIBLE_CANCELLED_EVENT, status: 'cancelled', published_at: at(-10 * DAY), starts: 20 * DAY },
  ] as const;
  for (const event of events) {
    try {
      const { id } = await db
        .insertInto('events')
        .values({
          slug: event.slug,
          federation_id: skane,
          ...text(`evenemang ${event.slug}`),
          description_html: '<p>Hemligord.</p>',
          starts_at: at(event.starts),
          ends_at: at(event.starts + 3 * HOUR),
          language: 'sv',
          status: event.status,
          published_at: event.published_at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(event.slug, id);
    } catch (error) {
      // 23514: a CHECK constraint refuses the row (one such row can then never reach the public).
      if (event.slug !== HIDDEN_EVENTS.cancelledNeverPublished || sqlState(error) !== '23514') throw error;
      refused.set(event.slug, error instanceof Error ? error.message : String(error));
    }
  }

  // Initiative, linked to federations and a municipality that have published initiatives too
  const { id: initiativeId } = await db
    .insertInto('initiatives')
    .values({
      slug: HIDDEN_INITIATIVE,
      federation_id: await federationId(INITIATIVE_FEDERATIONS[0] ?? ''),
      ...text('initiativ'),
      description_html: '<p>Hemligord.</p>',
      starts_on: '2026-01-01',
      language: 'sv',
      status: 'draft',
      published_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.set(HIDDEN_INITIATIVE, initiativeId);
  for (const slug of INITIATIVE_FEDERATIONS) {
    await db
      .insertInto('initiative_federations')
      .values({ initiative_id: initiativeId, federation_id: await federationId(slug) })
      .execute();
  }
  await db
    .insertInto('initiative_municipalities')
    .values({ initiative_id: initiativeId, municipality_id: await municipalityId(INITIATIVE_MUNICIPALITY) })
    .execute();

  return { ids, refused };
}

describe('content the public must never see', () => {
  let testApp: TestApp;
  let inserted: Inserted;

  beforeAll(async () => {
    testApp = await startTestApp();
    inserted = await insertRows(testApp.database.db);
  });
  afterAll(() => testApp.close());

  async function list(typename: Typename, filter?: Record<string, unknown>): Promise<Connection> {
    const kind = KINDS[typename];
    const data = await queryData<Record<string, Connection>>(
      testApp.app,
      `query ($filter: ${kind.filter}) {
        ${kind.list}(first: 100, filter: $filter) { totalCount edges { node { id slug } } pageInfo { hasNextPage } }
      }`,
      filter ? { filter } : undefined,
    );
    const connection = data[kind.list];
    if (!connection) throw new Error(`no ${kind.list} in the answer`);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(connection.edges).toHaveLength(connection.totalCount);
    return connection;
  }

  const slugsOf = (connection: Connection) => connection.edges.map((edge) => edge.node.slug);

  async function search(text: string): Promise<SearchConnection> {
    return (await queryData<{ search: SearchConnection }>(testApp.app, SEARCH, { query: text })).search;
  }

  function idOf(slug: string): string {
    const id = inserted.ids.get(slug);
    if (!id) throw new Error(`${slug} was not inserted`);
    return id;
  }

  it('has every hidden row in the database, bar one the database itself may refuse', async () => {
    for (const row of HIDDEN) {
      if (inserted.refused.has(row.slug)) continue;
      expect(inserted.ids.get(row.slug), row.slug).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(inserted.ids.get(VISIBLE_CANCELLED_EVENT)).toMatch(/^[0-9a-f-]{36}$/);
    expect([...inserted.refused.keys()].filter((slug) => slug !== HIDDEN_EVENTS.cancelledNeverPublished)).toEqual([]);
  });

  describe.each(HIDDEN)('$typename $slug', ({ typename, slug }) => {
    const kind = KINDS[typename];

    it('is not listed without a filter', async () => {
      expect(slugsOf(await list(typename))).not.toContain(slug);
    });

    it(`is not listed with the search filter "${SEARCH_WORD}"`, async () => {
      expect(slugsOf(await list(typename, { search: SEARCH_WORD }))).not.toContain(slug);
    });

    it(`is null through ${kind.bySlug}(slug:)`, async () => {
      const result = await query<Record<string, { slug: string } | null>>(
        testApp.app,
        `query ($slug: String!) { ${kind.bySlug}(slug: $slug) { slug } }`,
        { slug },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ [kind.bySlug]: null });
    });

    it('is null through node(id:) and nodes(ids:) with its global id', async (context) => {
      const refusal = inserted.refused.get(slug);
      if (refusal) context.skip(`the database refused the row, so it has no id: ${refusal}`);
      const id = globalId(typename, idOf(slug));
      const single = await query<{ node: { __typename: string } | null }>(
        testApp.app,
        'query ($id: ID!) { node(id: $id) { __typename ... on Node { id } } }',
        { id },
      );
      expect(single.errors).toBeUndefined();
      expect(single.data).toEqual({ node: null });

      const many = await query<{ nodes: Array<{ __typename: string } | null> }>(
        testApp.app,
        'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Node { id } } }',
        { ids: [id] },
      );
      expect(many.errors).toBeUndefined();
      expect(many.data).toEqual({ nodes: [null] });
    });

    it(`is not found by search(query: "${SEARCH_WORD}")`, async () => {
      const hits = (await search(SEARCH_WORD)).edges.map((edge) => edge.node);
      expect(hits.filter((hit) => hit.slug === slug)).toEqual([]);
      const id = inserted.ids.get(slug);
      if (id) expect(hits.map((hit) => hit.id)).not.toContain(globalId(typename, id));
    });
  });

  describe('lists and searches', () => {
    it('lists and counts only the public demo rows and the published cancelled event', async () => {
      const news = await list('NewsItem');
      const publicNews = demoData.news.filter(isPublicDemoNews).map((item) => item.slug);
      expect([...slugsOf(news)].sort()).toEqual([...publicNews].sort());
      expect(news.totalCount).toBe(publicNews.length);

      const courses = await list('Course');
      expect([...slugsOf(courses)].sort()).toEqual(demoData.courses.map((course) => course.slug).sort());
      expect(courses.totalCount).toBe(demoData.courses.length);

      const events = await list('Event');
      expect([...slugsOf(events)].sort()).toEqual(
        [...demoData.events.map((event) => event.slug), VISIBLE_CANCELLED_EVENT].sort(),
      );
      expect(events.totalCount).toBe(demoData.events.length + 1);

      const initiatives = await list('Initiative');
      expect([...slugsOf(initiatives)].sort()).toEqual(demoData.initiatives.map((item) => item.slug).sort());
      expect(initiatives.totalCount).toBe(demoData.initiatives.length);
    });

    it(`finds only the published cancelled event with the search filter "${SEARCH_WORD}"`, async () => {
      for (const typename of ['NewsItem', 'Course', 'Initiative'] as const) {
        expect(await list(typename, { search: SEARCH_WORD }), typename).toMatchObject({ totalCount: 0, edges: [] });
      }
      const events = await list('Event', { search: SEARCH_WORD });
      expect(slugsOf(events)).toEqual([VISIBLE_CANCELLED_EVENT]);
      expect(events.totalCount).toBe(1);
    });

    it(`finds only the published cancelled event with search(query: "${SEARCH_WORD}"), and counts only it`, async () => {
      const results = await search(SEARCH_WORD);
      expect(results.edges.map((edge) => edge.node)).toEqual([
        { __typename: 'Event', id: globalId('Event', idOf(VISIBLE_CANCELLED_EVENT)), slug: VISIBLE_CANCELLED_EVENT },
      ]);
      expect(results.totalCount).toBe(1);
      expect(results.pageInfo.hasNextPage).toBe(false);
    });

    it('keeps hidden news out of the municipality filter', async () => {
      const expected = demoData.news
        .filter((item) => isPublicDemoNews(item) && mentions(item.municipalities, NEWS_MUNICIPALITY))
        .map((item) => item.slug);
      expect(expected.length).toBeGreaterThan(0);
      const found = await list('NewsItem', { municipality: NEWS_MUNICIPALITY.code });
      expect([...slugsOf(found)].sort()).toEqual([...expected].sort());
      expect(found.totalCount).toBe(expected.length);
    });
  });

  describe('relations', () => {
    it('leaves the draft and the archived course out of the prerequisites of published courses', async () => {
      const data = await queryData<{ course: { prerequisites: Array<{ slug: string }> } | null }>(
        testApp.app,
        'query ($slug: String!) { course(slug: $slug) { prerequisites { slug } } }',
        { slug: COURSE_WITH_DRAFT_PREREQUISITE },
      );
      const prerequisites = data.course?.prerequisites.map((course) => course.slug) ?? [];
      expect(prerequisites).not.toContain(HIDDEN_COURSES.draft);
      const demo = demoData.courses.find((course) => course.slug === COURSE_WITH_DRAFT_PREREQUISITE);
      expect([...prerequisites].sort()).toEqual([...(demo?.prerequisiteSlugs ?? [])].sort());

      const all = await queryData<{
        courses: { edges: Array<{ node: { slug: string; prerequisites: Array<{ slug: string }> } }> };
      }>(testApp.app, '{ courses(first: 100) { edges { node { slug prerequisites { slug } } } } }');
      expect(all.courses.edges.map((edge) => edge.node.slug)).toContain(COURSE_WITH_ARCHIVED_PREREQUISITE);
      for (const { node } of all.courses.edges) {
        const expected = demoData.courses.find((course) => course.slug === node.slug)?.prerequisiteSlugs ?? [];
        expect(node.prerequisites.map((course) => course.slug).sort(), node.slug).toEqual([...expected].sort());
      }
    });

    it('leaves the draft initiative out of the initiatives of its federations and municipality', async () => {
      for (const slug of INITIATIVE_FEDERATIONS) {
        const expected = demoData.initiatives
          .filter(
            (initiative) => initiative.federationSlug === slug || initiative.partnerFederationSlugs.includes(slug),
          )
          .map((initiative) => initiative.slug);
        const found = await list('Initiative', { federations: [slug] });
        expect([...slugsOf(found)].sort(), slug).toEqual([...expected].sort());
        expect(found.totalCount, slug).toBe(expected.length);
      }
      const expected = demoData.initiatives
        .filter((initiative) => mentions(initiative.municipalities, INITIATIVE_MUNICIPALITY))
        .map((initiative) => initiative.slug);
      const found = await list('Initiative', { municipality: INITIATIVE_MUNICIPALITY.code });
      expect([...slugsOf(found)].sort()).toEqual([...expected].sort());
      expect(found.totalCount).toBe(expected.length);
    });

    it('exposes no hidden row through a federation or municipality field, if the schema has one', async () => {
      const owners = [
        { type: 'Federation', root: 'federation(slug: "akademi-norr")' },
        { type: 'Federation', root: 'federation(slug: "vard-och-omsorgscollege")' },
        { type: 'Federation', root: 'federation(slug: "vo-college-skane")' },
        { type: 'Municipality', root: `municipality(code: "${INITIATIVE_MUNICIPALITY.code}", country: SE)` },
        { type: 'Municipality', root: `municipality(code: "${NEWS_MUNICIPALITY.code}", country: SE)` },
      ];
      const contentTypes = new Set<string>(Object.keys(KINDS));
      const hiddenSlugs = new Set(HIDDEN.map((row) => row.slug));
      for (const owner of owners) {
        const data = await queryData<{ __type: { fields: IntrospectedField[] } | null }>(
          testApp.app,
          `query ($name: String!) { __type(name: $name) { fields {
            name
            args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
            type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
          } } }`,
          { name: owner.type },
        );
        for (const field of data.__type?.fields ?? []) {
          if (field.args.some((arg) => isRequired(arg.type))) continue;
          const target = namedType(field.type) ?? '';
          const node = target.endsWith('Connection') ? target.slice(0, -'Connection'.length) : target;
          if (!contentTypes.has(node)) continue;
          const selection = target === node ? `${field.name} { slug }` : `${field.name} { edges { node { slug } } }`;
          const answer = await queryData<Record<string, Record<string, unknown> | null>>(
            testApp.app,
            `{ owner: ${owner.root} { ${selection} } }`,
          );
          const found = JSON.stringify(answer.owner?.[field.name] ?? null).match(/"slug":"[^"]*"/g) ?? [];
          for (const slug of found.map((pair) => pair.slice('"slug":"'.length, -1))) {
            expect(hiddenSlugs.has(slug), `${owner.root}.${field.name}: ${slug}`).toBe(false);
          }
        }
      }
    });
  });

  describe('a cancelled event that was never published', () => {
    it('is refused by the database, or kept from the public like any other hidden row', async () => {
      const slug = HIDDEN_EVENTS.cancelledNeverPublished;
      const stored = await testApp.database.db
        .selectFrom('events')
        .select(['status', 'published_at'])
        .where('slug', '=', slug)
        .executeTakeFirst();
      if (inserted.refused.has(slug)) {
        expect(stored).toBeUndefined();
      } else {
        expect(stored).toEqual({ status: 'cancelled', published_at: null });
      }
      const result = await query<{ event: EventDetails | null }>(
        testApp.app,
        `query ($slug: String!) { event(slug: $slug) { ${EVENT_DETAILS} } }`,
        { slug },
      );
      expect(result.data).toEqual({ event: null });
    });
  });

  describe('a cancelled event that was published', () => {
    it('stays public, marked as cancelled, through event(slug:) and node(id:)', async () => {
      const id = globalId('Event', idOf(VISIBLE_CANCELLED_EVENT));
      const expected = {
        id,
        slug: VISIBLE_CANCELLED_EVENT,
        title: `Hemligord: evenemang ${VISIBLE_CANCELLED_EVENT}`,
        cancelled: true,
        organiser: { slug: 'vo-college-skane' },
      };
      const bySlug = await queryData<{ event: EventDetails | null }>(
        testApp.app,
        `query ($slug: String!) { event(slug: $slug) { ${EVENT_DETAILS} } }`,
        { slug: VISIBLE_CANCELLED_EVENT },
      );
      expect(bySlug.event).toEqual(expected);

      const byId = await queryData<{ node: (EventDetails & { __typename: string }) | null }>(
        testApp.app,
        `query ($id: ID!) { node(id: $id) { __typename ... on Event { ${EVENT_DETAILS} } } }`,
        { id },
      );
      expect(byId.node).toEqual({ __typename: 'Event', ...expected });
    });

    it('is listed, marked as cancelled', async () => {
      const data = await queryData<{ events: { edges: Array<{ node: EventDetails }> } }>(
        testApp.app,
        `{ events(first: 100) { edges { node { ${EVENT_DETAILS} } } } }`,
      );
      const listed = data.events.edges.map((edge) => edge.node).filter((node) => node.slug === VISIBLE_CANCELLED_EVENT);
      expect(listed).toHaveLength(1);
      expect(listed[0]?.cancelled).toBe(true);
      const others = data.events.edges.filter((edge) => edge.node.slug !== VISIBLE_CANCELLED_EVENT);
      expect(others.every((edge) => !edge.node.cancelled)).toBe(true);
    });
  });
});
