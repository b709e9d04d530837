import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInNewUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';

// A course may require another federation's published course. Through that link its editors must
// meet only what the public sees of it: not the other federation's drafts, earlier texts or contacts' pasts.

const OWN = 'vo-college-skane';
const OTHER = 'goteborgsregionen';

const COURSE = { format: 'DIGITAL', language: 'sv' };
const SECRET_DRAFT = 'Göteborgs hemliga utkast';
const EARLY_TITLE = 'Arbetstitel före publicering';
const EARLY_TEXT = 'Ännu inte godkänd beskrivning';
const PUBLIC_TITLE = 'Demensvård i praktiken';
const OLD_EMAIL = 'tidigare.adress@goteborgsregionen.example';
const NEW_EMAIL = 'samordnare@goteborgsregionen.example';
const OLD_PHONE = '+46 31 000 00 01';

/** What may be asked of a prerequisite: its public fields and every editor-only one, in parts (see below). */
const PREREQUISITE_PARTS = [
  'id title status description prerequisites { id title status description }',
  'revisions { headline snapshot author { displayName } }',
  'contact { email phone revisions { snapshot } }',
];

const OWN_COURSE = `query ($id: ID!) { editableCourse(id: $id) { prerequisites { ${PREREQUISITE_PARTS.join(' ')} } } }`;
// Through the revisions, all at once would cost more than the limit allows: one query per part.
const OWN_HISTORY = (part: string) =>
  `query ($id: ID!) { editableCourse(id: $id) { revisions { prerequisites { ${part} } } } }`;

const OTHER_COURSE = `query ($id: ID!) { editableCourse(id: $id) {
  revisions { headline snapshot }
  prerequisites { title status }
  contact { email revisions { snapshot } }
} }`;

interface Prerequisite {
  id: string;
  title: string;
  status: string;
  revisions: unknown[];
  prerequisites: Array<{ id: string; title: string; status: string }>;
  contact: { email: string | null; phone: string | null; revisions: unknown[] } | null;
}

describe('another federation’s course as a prerequisite', () => {
  let test: TestApp;
  let ownEditor: string;
  let otherPublisher: string;
  let publicCourse: string;
  let ownCourse: string;

  async function call<Data>(token: string, source: string, variables: Record<string, unknown>): Promise<Data> {
    const answer = await send<Data>(test.app, source, variables, { token });
    if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer));
    return answer.data;
  }

  /** Runs a mutation whose typed result must be a success, and returns its data. */
  async function change(token: string, source: string, variables: Record<string, unknown>) {
    const data = await call<{ result: { __typename: string; data?: { id: string; revision: number } } }>(
      token,
      source,
      variables,
    );
    if (!data.result.data) throw new Error(`refused: ${JSON.stringify(data)}`);
    return data.result.data;
  }

  const createCourse = (token: string, federation: string, input: Record<string, unknown>) =>
    change(
      token,
      'mutation ($f: String!, $i: CourseInput!) { result: createCourseDraft(federation: $f, input: $i) { __typename ... on CreateCourseDraftSuccess { data { id revision } } } }',
      { f: federation, i: { ...COURSE, ...input } },
    );

  const createContact = (input: Record<string, unknown>) =>
    change(
      otherPublisher,
      'mutation ($f: String!, $i: ContactInput!) { result: createContact(federation: $f, input: $i) { __typename ... on CreateContactSuccess { data { id revision } } } }',
      { f: OTHER, i: { title: 'Samordnare', language: 'sv', ...input } },
    );

  const publishCourse = (saved: { id: string; revision: number }) =>
    change(
      otherPublisher,
      'mutation ($id: ID!, $b: Int!) { result: publishCourse(id: $id, basedOn: $b) { __typename ... on PublishCourseSuccess { data { id revision } } } }',
      { id: saved.id, b: saved.revision },
    );

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    ownEditor = await logInNewUser(test.app, db, { email: 'egon.egen@example.org', roles: { [OWN]: 'editor' } });
    otherPublisher = await logInNewUser(test.app, db, {
      email: 'greta.grannen@example.org',
      roles: { [OTHER]: 'publisher' },
    });

    const contactInput = { name: 'Gun Samordnare', title: 'Samordnare', language: 'sv' };
    const contact = await createContact({ ...contactInput, email: OLD_EMAIL, phone: OLD_PHONE });
    await change(
      otherPublisher,
      'mutation ($id: ID!, $b: Int!, $i: ContactInput!) { result: updateContact(id: $id, basedOn: $b, input: $i) { __typename ... on UpdateContactSuccess { data { id revision } } } }',
      { id: contact.id, b: contact.revision, i: { ...contactInput, email: NEW_EMAIL } },
    );

    const draft = await createCourse(otherPublisher, OTHER, { title: SECRET_DRAFT });
    const early = await createCourse(otherPublisher, OTHER, {
      title: EARLY_TITLE,
      description: `<p>${EARLY_TEXT}</p>`,
      prerequisites: [draft.id],
      contact: contact.id,
    });
    const renamed = await change(
      otherPublisher,
      'mutation ($id: ID!, $b: Int!, $i: CourseInput!) { result: updateCourse(id: $id, basedOn: $b, input: $i) { __typename ... on UpdateCourseSuccess { data { id revision } } } }',
      {
        id: early.id,
        b: early.revision,
        i: { ...COURSE, title: PUBLIC_TITLE, prerequisites: [draft.id], contact: contact.id },
      },
    );
    await publishCourse(renamed);
    publicCourse = renamed.id;

    ownCourse = (await createCourse(ownEditor, OWN, { title: 'Egen fortsättningskurs', prerequisites: [publicCourse] }))
      .id;
  });
  afterAll(() => test.close());

  function expectOnlyPublic(prerequisites: Prerequisite[]) {
    expect(prerequisites).toEqual([
      {
        id: publicCourse,
        title: PUBLIC_TITLE,
        status: 'PUBLISHED',
        description: '',
        revisions: [],
        prerequisites: [],
        contact: { email: NEW_EMAIL, phone: null, revisions: [] },
      },
    ]);
  }

  function expectNoSecrets(answer: unknown) {
    const text = JSON.stringify(answer);
    for (const secret of [SECRET_DRAFT, EARLY_TITLE, EARLY_TEXT, OLD_EMAIL, OLD_PHONE, 'greta.grannen']) {
      expect(text).not.toContain(secret);
    }
  }

  it('shows the own editor only its public fields through the course', async () => {
    const data = await call<{ editableCourse: { prerequisites: Prerequisite[] } }>(ownEditor, OWN_COURSE, {
      id: ownCourse,
    });
    expectOnlyPublic(data.editableCourse.prerequisites);
    expectNoSecrets(data);
  });

  it('shows the own editor only its public fields through the course’s revisions', async () => {
    const parts = await Promise.all(
      PREREQUISITE_PARTS.map((part) =>
        call<{ editableCourse: { revisions: Array<{ prerequisites: Prerequisite[] }> } }>(
          ownEditor,
          OWN_HISTORY(part),
          { id: ownCourse },
        ),
      ),
    );
    for (const part of parts) expect(part.editableCourse.revisions).toHaveLength(1);
    const then = parts.map((part) => part.editableCourse.revisions[0]?.prerequisites ?? []);
    // The parts answer the same prerequisites in the same order; put each one's parts together.
    expectOnlyPublic(then[0]?.map((_first, at) => Object.assign({}, ...then.map((part) => part[at]))) ?? []);
    expectNoSecrets(parts);
  });

  it('still refuses the own editor the other federation’s course itself', async () => {
    const answer = await send(test.app, OTHER_COURSE, { id: publicCourse }, { token: ownEditor });
    expect(answer.data?.editableCourse ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the other federation’s people everything of their own course', async () => {
    const data = await call<{
      editableCourse: {
        revisions: Array<{ headline: string; snapshot: { description_html: string } }>;
        prerequisites: Array<{ title: string; status: string }>;
        contact: { email: string; revisions: Array<{ snapshot: { email: string; phone: string | null } }> };
      };
    }>(otherPublisher, OTHER_COURSE, { id: publicCourse });
    const course = data.editableCourse;
    expect(course.revisions.map((revision) => revision.headline)).toEqual([PUBLIC_TITLE, PUBLIC_TITLE, EARLY_TITLE]);
    expect(course.revisions.at(-1)?.snapshot.description_html).toContain(EARLY_TEXT);
    expect(course.prerequisites).toEqual([{ title: SECRET_DRAFT, status: 'DRAFT' }]);
    expect(course.contact.email).toBe(NEW_EMAIL);
    expect(course.contact.revisions.map((revision) => revision.snapshot.email)).toEqual([NEW_EMAIL, OLD_EMAIL]);
    expect(course.contact.revisions.at(-1)?.snapshot.phone).toBe(OLD_PHONE);
  });

  it('names no contact of the other federation’s whose role has ended', async () => {
    const ended = await createContact({ name: 'Avslutad Roll', email: 'avslutad@goteborgsregionen.example' });
    const course = await publishCourse(await createCourse(otherPublisher, OTHER, { title: 'Kurs', contact: ended.id }));
    await change(
      otherPublisher,
      'mutation ($id: ID!, $b: Int!) { result: archiveContact(id: $id, basedOn: $b) { __typename ... on ArchiveContactSuccess { data { id revision } } } }',
      { id: ended.id, b: ended.revision },
    );
    const own = await createCourse(ownEditor, OWN, { title: 'Egen kurs', prerequisites: [course.id] });
    const withContact = (within: string) =>
      `query ($id: ID!) { editableCourse(id: $id) { ${within.replace('$', 'id contact { name status }')} } }`;

    const seen = await call<{ editableCourse: { prerequisites: Array<{ id: string; contact: unknown }> } }>(
      ownEditor,
      withContact('prerequisites { $ }'),
      { id: own.id },
    );
    expect(seen.editableCourse.prerequisites).toEqual([{ id: course.id, contact: null }]);
    const theirs = await call<{ editableCourse: { contact: unknown } }>(otherPublisher, withContact('$'), {
      id: course.id,
    });
    expect(theirs.editableCourse.contact).toEqual({ name: 'Avslutad Roll', status: 'ARCHIVED' });
  });
});
