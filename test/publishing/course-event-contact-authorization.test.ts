import { afterAll, beforeAll, describe } from 'vitest';
import { send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import {
  type Attempt,
  type Caller,
  itChecksEveryCaller,
  logInCallers,
  PLATFORM,
  PUBLISHERS,
  WRITERS,
} from '../support/matrix.js';

const OWN = 'vo-college-skane';
const OTHER = 'goteborgsregionen';

const COURSE = { title: 'Behörighetskurs', format: 'DIGITAL', language: 'sv' };
const SESSION = { startsAt: '2027-02-01T08:00:00Z', endsAt: '2027-02-01T12:00:00Z' };
const EVENT = { title: 'Behörighetsträff', language: 'sv', ...SESSION };
const CONTACT = { name: 'Behörig Person', title: 'Samordnare', language: 'sv' };

interface Saved {
  id: string;
  revision: number;
  sessionId?: string;
}

/** Fresh items made by a platform admin for each attempt, so every attempt starts from a known revision. */
interface Fixtures {
  course(federation: string, published?: boolean): Promise<Saved>;
  courseWithSession(federation: string): Promise<Saved>;
  event(federation: string, published?: boolean): Promise<Saved>;
  contact(federation: string): Promise<Saved>;
  municipalityContact(): Promise<Saved>;
}

type Run = Attempt<Fixtures>['run'];

describe('authorization matrix: courses, events and contacts', () => {
  let test: TestApp;
  let tokens = new Map<Caller, string | undefined>();
  let fixtures: Fixtures;

  const gql = (source: string, variables: Record<string, unknown>, token: string | undefined) =>
    send(test.app, source, variables, { token });

  async function made(source: string, variables: Record<string, unknown>): Promise<Saved> {
    const result = await gql(source, variables, tokens.get('platform admin'));
    const outcome = Object.values(result.data ?? {})[0] as { data?: Saved & { sessions?: Array<{ id: string }> } };
    if (!outcome?.data) throw new Error(`fixture failed: ${JSON.stringify(result)}`);
    return { ...outcome.data, sessionId: outcome.data.sessions?.[0]?.id };
  }

  const publish = (name: string, saved: Saved) =>
    made(
      `mutation ($id: ID!) { ${name}(id: $id, basedOn: ${saved.revision}) { ... on ${name[0]?.toUpperCase()}${name.slice(1)}Success { data { id revision } } } }`,
      {
        id: saved.id,
      },
    );

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    tokens = await logInCallers(test.app, test.database.db, OWN);
    fixtures = {
      course: async (federation, published = false) => {
        const draft = await made(
          'mutation ($f: String!, $i: CourseInput!) { createCourseDraft(federation: $f, input: $i) { ... on CreateCourseDraftSuccess { data { id revision } } } }',
          { f: federation, i: COURSE },
        );
        return published ? publish('publishCourse', draft) : draft;
      },
      courseWithSession: async (federation) => {
        const draft = await fixtures.course(federation);
        return made(
          'mutation ($id: ID!, $i: CourseSessionInput!) { addCourseSession(id: $id, basedOn: 1, input: $i) { ... on AddCourseSessionSuccess { data { id revision sessions { id } } } } }',
          { id: draft.id, i: SESSION },
        );
      },
      event: async (federation, published = false) => {
        const draft = await made(
          'mutation ($f: String!, $i: EventInput!) { createEventDraft(federation: $f, input: $i) { ... on CreateEventDraftSuccess { data { id revision } } } }',
          { f: federation, i: EVENT },
        );
        return published ? publish('publishEvent', draft) : draft;
      },
      contact: (federation) =>
        made(
          'mutation ($f: String!, $i: ContactInput!) { createContact(federation: $f, input: $i) { ... on CreateContactSuccess { data { id revision } } } }',
          { f: federation, i: CONTACT },
        ),
      municipalityContact: () =>
        made(
          'mutation ($i: ContactInput!) { createContact(municipality: "1262", input: $i) { ... on CreateContactSuccess { data { id revision } } } }',
          { i: CONTACT },
        ),
    };
  });
  afterAll(() => test.close());

  /** A step that takes an id and `basedOn`, on an item a fixture makes. */
  const step =
    (name: string, make: (f: Fixtures) => Promise<Saved>, extra = ''): Run =>
    async (token, f) => {
      const saved = await make(f);
      return gql(
        `mutation ($id: ID!) { ${name}(id: $id, basedOn: ${saved.revision}${extra}) { __typename } }`,
        { id: saved.id },
        token,
      );
    };

  const sessionStep =
    (name: string, extra = ''): ((federation: string) => Run) =>
    (federation) =>
    async (token, f) => {
      const saved = await f.courseWithSession(federation);
      return gql(
        `mutation ($s: ID!${extra ? ', $i: CourseSessionInput!' : ''}) { ${name}(session: $s, basedOn: ${saved.revision}${extra}) { __typename } }`,
        { s: saved.sessionId, i: SESSION },
        token,
      );
    };

  const create =
    (name: string, type: string, input: Record<string, unknown>): ((federation: string) => Run) =>
    (federation) =>
    (token) =>
      gql(
        `mutation ($f: String!, $i: ${type}!) { ${name}(federation: $f, input: $i) { __typename } }`,
        { f: federation, i: input },
        token,
      );

  const update =
    (name: string, type: string, input: Record<string, unknown>, make: (f: Fixtures) => Promise<Saved>): Run =>
    async (token, f) => {
      const saved = await make(f);
      return gql(
        `mutation ($id: ID!, $i: ${type}!) { ${name}(id: $id, basedOn: ${saved.revision}, input: $i) { __typename } }`,
        { id: saved.id, i: input },
        token,
      );
    };

  const read =
    (field: string, args = ''): ((federation: string) => Run) =>
    (federation) =>
    (token) =>
      gql(`{ ${field}(federation: "${federation}"${args}) { id } }`, {}, token);

  const readOne =
    (field: string, make: (f: Fixtures) => Promise<Saved>): Run =>
    async (token, f) => {
      const saved = await make(f);
      return gql(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id: saved.id }, token);
    };

  /** Each attempt in the own federation (allowed as given) and in the other (platform admins only). */
  const both = (name: string, allowed: Caller[], run: (federation: string) => Run): Array<Attempt<Fixtures>> => [
    { name: `${name}, own federation`, allowed, run: run(OWN) },
    { name: `${name}, other federation`, allowed: PLATFORM, run: run(OTHER) },
  ];

  const ATTEMPTS: Array<Attempt<Fixtures>> = [
    ...both('createCourseDraft', WRITERS, create('createCourseDraft', 'CourseInput', COURSE)),
    ...both('updateCourse of a draft', WRITERS, (fed) =>
      update('updateCourse', 'CourseInput', COURSE, (f) => f.course(fed)),
    ),
    ...both('restoreCourseRevision', WRITERS, (fed) =>
      step('restoreCourseRevision', (f) => f.course(fed), ', revision: 1'),
    ),
    ...both('publishCourse', PUBLISHERS, (fed) => step('publishCourse', (f) => f.course(fed))),
    ...both('unpublishCourse', PUBLISHERS, (fed) => step('unpublishCourse', (f) => f.course(fed, true))),
    ...both('archiveCourse', PUBLISHERS, (fed) => step('archiveCourse', (f) => f.course(fed))),
    ...both('addCourseSession', WRITERS, (fed) =>
      update('addCourseSession', 'CourseSessionInput', SESSION, (f) => f.course(fed)),
    ),
    ...both('updateCourseSession', WRITERS, sessionStep('updateCourseSession', ', input: $i')),
    ...both('cancelCourseSession', WRITERS, sessionStep('cancelCourseSession')),
    ...both('editableCourses', WRITERS, read('editableCourses')),
    ...both('editableCourse', WRITERS, (fed) => readOne('editableCourse', (f) => f.course(fed))),
    ...both('createEventDraft', WRITERS, create('createEventDraft', 'EventInput', EVENT)),
    ...both('updateEvent of a draft', WRITERS, (fed) =>
      update('updateEvent', 'EventInput', EVENT, (f) => f.event(fed)),
    ),
    ...both('restoreEventRevision', WRITERS, (fed) =>
      step('restoreEventRevision', (f) => f.event(fed), ', revision: 1'),
    ),
    ...both('publishEvent', PUBLISHERS, (fed) => step('publishEvent', (f) => f.event(fed))),
    ...both('unpublishEvent', PUBLISHERS, (fed) => step('unpublishEvent', (f) => f.event(fed, true))),
    ...both('cancelEvent', PUBLISHERS, (fed) => step('cancelEvent', (f) => f.event(fed, true))),
    ...both('archiveEvent', PUBLISHERS, (fed) => step('archiveEvent', (f) => f.event(fed))),
    ...both('editableEvents', WRITERS, read('editableEvents')),
    ...both('editableEvent', WRITERS, (fed) => readOne('editableEvent', (f) => f.event(fed))),
    ...both('createContact', PUBLISHERS, create('createContact', 'ContactInput', CONTACT)),
    ...both('updateContact', PUBLISHERS, (fed) =>
      update('updateContact', 'ContactInput', CONTACT, (f) => f.contact(fed)),
    ),
    ...both('restoreContactRevision', PUBLISHERS, (fed) =>
      step('restoreContactRevision', (f) => f.contact(fed), ', revision: 1'),
    ),
    ...both('archiveContact', PUBLISHERS, (fed) => step('archiveContact', (f) => f.contact(fed))),
    ...both('editableContacts', WRITERS, read('editableContacts', ', includeArchived: true')),
    ...both('editableContact', WRITERS, (fed) => readOne('editableContact', (f) => f.contact(fed))),
    {
      name: 'createContact at a municipality',
      allowed: PLATFORM,
      run: (token) =>
        gql(
          'mutation ($i: ContactInput!) { createContact(municipality: "1262", input: $i) { __typename } }',
          { i: CONTACT },
          token,
        ),
    },
    {
      name: 'updateContact at a municipality',
      allowed: PLATFORM,
      run: update('updateContact', 'ContactInput', CONTACT, (f) => f.municipalityContact()),
    },
    {
      name: 'restoreContactRevision at a municipality',
      allowed: PLATFORM,
      run: step('restoreContactRevision', (f) => f.municipalityContact(), ', revision: 1'),
    },
    {
      name: 'archiveContact at a municipality',
      allowed: PLATFORM,
      run: step('archiveContact', (f) => f.municipalityContact()),
    },
    {
      name: 'editableContact at a municipality',
      allowed: PLATFORM,
      run: readOne('editableContact', (f) => f.municipalityContact()),
    },
    {
      name: 'editableMunicipalityContacts',
      allowed: PLATFORM,
      run: (token) =>
        gql('{ editableMunicipalityContacts(municipality: "1262", includeArchived: true) { id } }', {}, token),
    },
  ];

  for (const attempt of ATTEMPTS) {
    describe(attempt.name, () => itChecksEveryCaller(attempt, () => ({ tokens, fixtures })));
  }
});
