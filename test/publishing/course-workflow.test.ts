import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInNewUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { query } from '../support/graphql.js';

const COURSE = `id slug revision status title description format price { amount currency } credits { hours body }
  targetAudiences openTo { code } prerequisites { id } topics { slug }
  sessions { id startsAt endsAt capacity cancelled municipality { code } }
  revisions { revision change author { email } headline snapshot }`;

interface Course {
  id: string;
  slug: string;
  revision: number;
  status: string;
  title: string;
  description: string;
  price: { amount: number; currency: string } | null;
  prerequisites: Array<{ id: string }>;
  sessions: Array<{ id: string; startsAt: string; capacity: number | null; cancelled: boolean }>;
  revisions: Array<{
    revision: number;
    change: string;
    author: { email: string } | null;
    headline: string;
    snapshot: { sessions: unknown[] };
  }>;
}

interface Outcome {
  __typename: string;
  data?: Course;
  code?: string;
  field?: string;
  basedOn?: number;
  current?: Course;
}

const PROBLEMS = '__typename ... on Problem { code } ... on InputProblem { field }';
const RESULT = `${PROBLEMS} ... on CourseRevisionConflict { basedOn current { ${COURSE} } }`;

const CREATE = `mutation ($federation: String!, $input: CourseInput!) {
  createCourseDraft(federation: $federation, input: $input) { ${PROBLEMS} ... on CreateCourseDraftSuccess { data { ${COURSE} } } }
}`;

const step = (name: string, args = '', vars = '') => `mutation ($id: ID!, $basedOn: Int!${vars}) {
  ${name}(id: $id, basedOn: $basedOn${args}) { ${RESULT} ... on ${name[0]?.toUpperCase()}${name.slice(1)}Success { data { ${COURSE} } } }
}`;

const sessionStep = (name: string, args = '', vars = '') => `mutation ($session: ID!, $basedOn: Int!${vars}) {
  ${name}(session: $session, basedOn: $basedOn${args}) { ${RESULT} ... on ${name[0]?.toUpperCase()}${name.slice(1)}Success { data { ${COURSE} } } }
}`;

const UPDATE = step('updateCourse', ', input: $input', ', $input: CourseInput!');
const ADD_SESSION = step('addCourseSession', ', input: $input', ', $input: CourseSessionInput!');
const UPDATE_SESSION = sessionStep('updateCourseSession', ', input: $input', ', $input: CourseSessionInput!');
const CANCEL_SESSION = sessionStep('cancelCourseSession');

const FEDERATION = 'vo-college-skane';

describe('courses: drafts, sessions, revisions and publishing', () => {
  let test: TestApp;
  let editor: string;
  let publisher: string;
  let outsider: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    const login = (email: string, roles: Record<string, 'editor' | 'publisher'>) =>
      logInNewUser(test.app, db, { email, roles });
    editor = await login('redaktor@skane.example', { [FEDERATION]: 'editor' });
    publisher = await login('chef@skane.example', { [FEDERATION]: 'publisher' });
    outsider = await login('chef@gr.example', { goteborgsregionen: 'publisher' });
  });
  afterAll(() => test.close());

  async function run(source: string, variables: Record<string, unknown>, token: string): Promise<Outcome> {
    const result = await send<Record<string, Outcome>>(test.app, source, variables, { token });
    if (result.errors)
      return { __typename: 'error', code: result.errors[0]?.extensions?.code, field: result.errors[0]?.message };
    return Object.values(result.data ?? {})[0] as Outcome;
  }

  const input = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    summary: 'En dag om samverkan.',
    description: '<p onclick="alert(1)">Vi <em>lär</em> oss.</p><script>alert(1)</script>',
    format: 'ON_SITE',
    language: 'sv',
    targetAudiences: ['Undersköterskor', ' Undersköterskor '],
    credits: [{ hours: 6, body: 'Kommunal' }],
    price: { amount: 1200, currency: 'sek' },
    topics: ['aldreomsorg'],
    openTo: ['1262'],
    ...extra,
  });

  const session = (extra: Record<string, unknown> = {}) => ({
    startsAt: '2027-03-10T08:00:00Z',
    endsAt: '2027-03-10T15:00:00Z',
    placeName: 'Kommunhuset',
    municipality: '1262',
    capacity: 30,
    registrationUrl: 'https://example.org/anmalan',
    registrationDeadline: '2027-03-01T12:00:00Z',
    ...extra,
  });

  async function draft(title: string, extra: Record<string, unknown> = {}): Promise<Course> {
    const created = await run(CREATE, { federation: FEDERATION, input: input(title, extra) }, editor);
    if (!created.data) throw new Error(JSON.stringify(created));
    return created.data;
  }

  const publicCourse = async (slug: string) =>
    (await query<{ course: { title: string } | null }>(test.app, `{ course(slug: "${slug}") { title } }`)).data?.course;

  it('lets an editor write a draft, sanitised, that only the federation’s people see', async () => {
    const course = await draft('Samverkan i vardagen');
    expect(course).toMatchObject({
      status: 'DRAFT',
      revision: 1,
      slug: 'samverkan-i-vardagen',
      description: '<p>Vi <em>lär</em> oss.</p>',
      price: { amount: 1200, currency: 'SEK' },
      targetAudiences: ['Undersköterskor'],
    });
    expect(course.revisions).toMatchObject([
      { revision: 1, change: 'created', author: { email: 'redaktor@skane.example' } },
    ]);
    expect(await publicCourse(course.slug)).toBeNull();
    const own = await send<{ editableCourses: Array<{ title: string }> }>(
      test.app,
      `{ editableCourses(federation: "${FEDERATION}", statuses: [DRAFT]) { title } }`,
      {},
      { token: editor },
    );
    expect(own.data?.editableCourses.map((c) => c.title)).toContain('Samverkan i vardagen');
    const other = await send(
      test.app,
      `{ editableCourses(federation: "${FEDERATION}") { title } }`,
      {},
      { token: outsider },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const single = await send(
      test.app,
      'query ($id: ID!) { editableCourse(id: $id) { title } }',
      { id: course.id },
      { token: outsider },
    );
    expect(single.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the field to fix', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: ' ' }, 'title', 'REQUIRED'],
      [{ topics: ['finns-inte'] }, 'topics', 'UNKNOWN_TOPIC'],
      [{ openTo: ['9999'] }, 'openTo', 'UNKNOWN_MUNICIPALITY'],
      [{ openTo: ['12a'] }, 'openTo', 'INVALID_MUNICIPALITY_CODE'],
      [{ price: { amount: 10.555, currency: 'SEK' } }, 'price.amount', 'INVALID_AMOUNT'],
      [{ price: { amount: 10, currency: 'USD' } }, 'price.currency', 'UNKNOWN_CURRENCY'],
      [{ credits: [{ hours: 0, body: 'Kommunal' }] }, 'credits[0].hours', 'OUT_OF_RANGE'],
      [{ targetAudiences: ['x'.repeat(201)] }, 'targetAudiences[0]', 'TOO_LONG'],
      [{ prerequisites: ['inte-ett-id'] }, 'prerequisites', 'UNKNOWN_COURSE'],
      [{ contact: 'inte-ett-id' }, 'contact', 'UNKNOWN_CONTACT'],
      [{ description: '<p><img src="https://example.org/a.png"></p>' }, 'description', 'IMAGE_ALT_MISSING'],
    ];
    for (const [extra, field, code] of cases) {
      const outcome = await run(CREATE, { federation: FEDERATION, input: input('Fel', extra) }, editor);
      expect(outcome, field).toMatchObject({ __typename: 'InputProblem', field, code });
    }
    const course = await draft('Kurs med tider');
    const sessionCases: Array<[Record<string, unknown>, string, string]> = [
      [{ endsAt: '2027-03-10T08:00:00Z' }, 'endsAt', 'ENDS_BEFORE_START'],
      [{ registrationDeadline: '2027-03-11T00:00:00Z' }, 'registrationDeadline', 'DEADLINE_AFTER_START'],
      [{ capacity: 0 }, 'capacity', 'OUT_OF_RANGE'],
      [{ registrationUrl: 'javascript:alert(1)' }, 'registrationUrl', 'INVALID_URL'],
      [{ municipality: '0000' }, 'municipality', 'UNKNOWN_MUNICIPALITY'],
    ];
    for (const [extra, field, code] of sessionCases) {
      const outcome = await run(ADD_SESSION, { id: course.id, basedOn: 1, input: session(extra) }, editor);
      expect(outcome, field).toMatchObject({ __typename: 'InputProblem', field, code });
    }
  });

  it('manages sessions as revisions of the course, cancelling instead of deleting', async () => {
    const course = await draft('Kurs med sessioner');
    const added = await run(ADD_SESSION, { id: course.id, basedOn: 1, input: session() }, editor);
    expect(added.data?.revision).toBe(2);
    const sessionId = added.data?.sessions[0]?.id;
    const moved = await run(
      UPDATE_SESSION,
      { session: sessionId, basedOn: 2, input: session({ startsAt: '2027-03-09T08:00:00Z', capacity: 40 }) },
      editor,
    );
    expect(moved.data?.sessions[0]).toMatchObject({ startsAt: '2027-03-09T08:00:00.000Z', capacity: 40 });
    const stale = await run(CANCEL_SESSION, { session: sessionId, basedOn: 2 }, editor);
    expect(stale).toMatchObject({ __typename: 'CourseRevisionConflict', basedOn: 2 });
    const cancelled = await run(CANCEL_SESSION, { session: sessionId, basedOn: 3 }, editor);
    expect(cancelled.data?.sessions[0]?.cancelled).toBe(true);
    expect(cancelled.data?.revisions.map((r) => r.change)).toEqual([
      'session_cancelled',
      'session_updated',
      'session_added',
      'created',
    ]);
    expect(cancelled.data?.revisions.map((r) => r.snapshot.sessions.length)).toEqual([1, 1, 1, 0]);
    const again = await run(CANCEL_SESSION, { session: sessionId, basedOn: 4 }, editor);
    expect(again).toMatchObject({ __typename: 'InputProblem', code: 'SESSION_CANCELLED' });
  });

  it('keeps a draft’s sessions out of the public calendar until the course is published', async () => {
    const course = await draft('Kalenderkurs');
    await run(ADD_SESSION, { id: course.id, basedOn: 1, input: session() }, editor);
    const calendar = async () =>
      (await test.app.inject({ method: 'GET', url: `/calendar/federations/${FEDERATION}.ics` })).body;
    expect(await calendar()).not.toContain('Kalenderkurs');
    await run(step('publishCourse'), { id: course.id, basedOn: 2 }, publisher);
    expect(await calendar()).toContain('Kalenderkurs');
  });

  it('refuses a stale update as a conflict, keeping both versions', async () => {
    const course = await draft('Första kursversionen');
    const first = await run(UPDATE, { id: course.id, basedOn: 1, input: input('Andra kursversionen') }, editor);
    expect(first.data?.revision).toBe(2);
    const stale = await run(UPDATE, { id: course.id, basedOn: 1, input: input('Samtidig') }, publisher);
    expect(stale).toMatchObject({ __typename: 'CourseRevisionConflict', code: 'REVISION_CONFLICT', basedOn: 1 });
    expect(stale.current?.title).toBe('Andra kursversionen');
    expect(stale.current?.revisions.map((r) => r.headline)).toEqual(['Andra kursversionen', 'Första kursversionen']);
  });

  it('lets only one of two simultaneous saves from the same revision through', async () => {
    const course = await draft('Samtidiga ändringar');
    const [a, b] = await Promise.all([
      run(UPDATE, { id: course.id, basedOn: 1, input: input('Ändring A') }, editor),
      run(UPDATE, { id: course.id, basedOn: 1, input: input('Ändring B') }, publisher),
    ]);
    expect([a.__typename, b.__typename].sort()).toEqual(['CourseRevisionConflict', 'UpdateCourseSuccess']);
    const winner = a.data ?? b.data;
    expect(winner?.revisions.map((r) => r.revision)).toEqual([2, 1]);
  });

  it('publishes through a publisher only; editors then leave it alone', async () => {
    const course = await draft('Publicerad kurs');
    expect(await run(step('publishCourse'), { id: course.id, basedOn: 1 }, editor)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await run(step('publishCourse'), { id: course.id, basedOn: 1 }, outsider)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const published = await run(step('publishCourse'), { id: course.id, basedOn: 1 }, publisher);
    expect(published.data).toMatchObject({ status: 'PUBLISHED', revision: 2 });
    expect((await publicCourse(course.slug))?.title).toBe('Publicerad kurs');
    expect(await run(UPDATE, { id: course.id, basedOn: 2, input: input('Ändrad') }, editor)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const again = await run(step('publishCourse'), { id: course.id, basedOn: 2 }, publisher);
    expect(again).toMatchObject({ __typename: 'InputProblem', code: 'INVALID_TRANSITION', field: 'status' });
    const archived = await run(step('archiveCourse'), { id: course.id, basedOn: 2 }, publisher);
    expect(archived.data?.status).toBe('ARCHIVED');
    expect(await publicCourse(course.slug)).toBeNull();
    const unpublished = await run(step('unpublishCourse'), { id: course.id, basedOn: 3 }, publisher);
    expect(unpublished.data?.status).toBe('DRAFT');
  });

  it('restores an earlier revision’s content as a new revision, leaving sessions as they are', async () => {
    const course = await draft('Ursprunglig titel');
    await run(ADD_SESSION, { id: course.id, basedOn: 1, input: session() }, editor);
    await run(UPDATE, { id: course.id, basedOn: 2, input: input('Ny titel', { price: null }) }, editor);
    const restored = await run(step('restoreCourseRevision', ', revision: 1'), { id: course.id, basedOn: 3 }, editor);
    expect(restored.data).toMatchObject({ title: 'Ursprunglig titel', revision: 4, price: { amount: 1200 } });
    expect(restored.data?.sessions).toHaveLength(1);
    expect(restored.data?.revisions[0]).toMatchObject({
      change: 'restored',
      author: { email: 'redaktor@skane.example' },
    });
    const missing = await run(step('restoreCourseRevision', ', revision: 99'), { id: course.id, basedOn: 4 }, editor);
    expect(missing).toMatchObject({ __typename: 'NotFound' });
  });

  it('takes prerequisites from other courses, never itself, and never in a loop', async () => {
    const basics = await draft('Grundkurs');
    const advanced = await draft('Fortsättningskurs', { prerequisites: [basics.id] });
    expect(advanced.prerequisites).toEqual([{ id: basics.id }]);
    const self = await run(
      UPDATE,
      { id: basics.id, basedOn: 1, input: input('Grundkurs', { prerequisites: [basics.id] }) },
      editor,
    );
    expect(self).toMatchObject({ field: 'prerequisites', code: 'PREREQUISITE_SELF' });
    const loop = await run(
      UPDATE,
      { id: basics.id, basedOn: 1, input: input('Grundkurs', { prerequisites: [advanced.id] }) },
      editor,
    );
    expect(loop).toMatchObject({ field: 'prerequisites', code: 'PREREQUISITE_LOOP' });
    const unchanged = await send<{ editableCourse: { revision: number } }>(
      test.app,
      'query ($id: ID!) { editableCourse(id: $id) { revision } }',
      { id: basics.id },
      { token: editor },
    );
    expect(unchanged.data?.editableCourse.revision).toBe(1);
    const othersDraft = await run(CREATE, { federation: 'goteborgsregionen', input: input('GR-utkast') }, outsider);
    const foreign = await run(
      CREATE,
      { federation: FEDERATION, input: input('Kräver annans utkast', { prerequisites: [othersDraft.data?.id] }) },
      editor,
    );
    expect(foreign).toMatchObject({ field: 'prerequisites', code: 'UNKNOWN_COURSE' });
  });

  it('lists the federation’s courses with their relations in as many statements for 1 as for 20', async () => {
    const statementsFor = async (limit: number) => {
      const before = test.database.statements.count;
      const result = await send<{ editableCourses: unknown[] }>(
        test.app,
        `{ editableCourses(federation: "${FEDERATION}", limit: ${limit}) {
          title topics { slug } openTo { code } prerequisites { title } contact { name }
          sessions { startsAt municipality { name } } revisions { revision author { email } } } }`,
        {},
        { token: editor },
      );
      return { statements: test.database.statements.count - before, listed: result.data?.editableCourses.length };
    };
    const one = await statementsFor(1);
    const twenty = await statementsFor(20);
    expect(one.listed).toBe(1);
    expect(twenty.listed).toBeGreaterThan(10);
    expect(twenty.statements).toBe(one.statements);
  });

  it('audits every change in the same transaction', async () => {
    const course = await draft('Granskad kurs');
    await run(step('publishCourse'), { id: course.id, basedOn: 1 }, publisher);
    const entries = await test.database.db
      .selectFrom('audit_log')
      .select(['action', 'subject_type'])
      .where('subject_id', '=', Buffer.from(course.id, 'base64url').toString().split(':')[1] ?? '')
      .orderBy('at')
      .execute();
    expect(entries).toEqual([
      { action: 'course.created', subject_type: 'course' },
      { action: 'course.published', subject_type: 'course' },
    ]);
  });
});
