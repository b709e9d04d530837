import { decodeGlobalId } from '@samverka/schema/global-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInNewUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { query } from '../support/graphql.js';

const CONTACT = 'id revision status name title email phone revisions { revision change author { email } headline }';

interface ContactData {
  id: string;
  revision: number;
  status: string;
  name: string;
  email: string | null;
  phone: string | null;
  revisions: Array<{ change: string; author: { email: string } | null; headline: string }>;
}

interface Outcome {
  __typename: string;
  data?: ContactData & { contact?: { id: string; status: string } | null };
  code?: string;
  field?: string;
  current?: ContactData;
}

const PROBLEMS = '__typename ... on Problem { code } ... on InputProblem { field }';
const CREATE = `mutation ($federation: String, $municipality: String, $input: ContactInput!) {
  createContact(federation: $federation, municipality: $municipality, input: $input) {
    ${PROBLEMS} ... on CreateContactSuccess { data { ${CONTACT} } }
  }
}`;
const UPDATE = `mutation ($id: ID!, $basedOn: Int!, $input: ContactInput!) {
  updateContact(id: $id, basedOn: $basedOn, input: $input) {
    ${PROBLEMS} ... on ContactRevisionConflict { current { ${CONTACT} } } ... on UpdateContactSuccess { data { ${CONTACT} } }
  }
}`;
const RESTORE = `mutation ($id: ID!, $basedOn: Int!, $revision: Int!) {
  restoreContactRevision(id: $id, basedOn: $basedOn, revision: $revision) {
    ${PROBLEMS} ... on ContactRevisionConflict { current { ${CONTACT} } } ... on RestoreContactRevisionSuccess { data { ${CONTACT} } }
  }
}`;
const ARCHIVE = `mutation ($id: ID!, $basedOn: Int!) {
  archiveContact(id: $id, basedOn: $basedOn) { ${PROBLEMS} ... on ArchiveContactSuccess { data { ${CONTACT} } } }
}`;

const FEDERATION = 'vo-college-skane';

describe('contacts: public work roles, revisions and archiving', () => {
  let test: TestApp;
  let editor: string;
  let publisher: string;
  let platformAdmin: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const db = test.database.db;
    editor = await logInNewUser(test.app, db, { email: 'redaktor@skane.example', roles: { [FEDERATION]: 'editor' } });
    publisher = await logInNewUser(test.app, db, { email: 'chef@skane.example', roles: { [FEDERATION]: 'publisher' } });
    platformAdmin = await logInNewUser(test.app, db, { email: 'plattform@example.org', platformAdmin: true });
  });
  afterAll(() => test.close());

  async function run(source: string, variables: Record<string, unknown>, token: string): Promise<Outcome> {
    const result = await send<Record<string, Outcome>>(test.app, source, variables, { token });
    if (result.errors) return { __typename: 'error', code: result.errors[0]?.extensions?.code };
    return Object.values(result.data ?? {})[0] as Outcome;
  }

  const input = (extra: Record<string, unknown> = {}) => ({
    name: 'Karin Lund',
    title: 'Kommunikatör',
    email: 'kommunikation@vo-skane.example',
    phone: '040-628 04 12',
    language: 'sv',
    ...extra,
  });

  async function create(extra: Record<string, unknown> = {}): Promise<ContactData> {
    const created = await run(CREATE, { federation: FEDERATION, input: input(extra) }, publisher);
    if (!created.data) throw new Error(JSON.stringify(created));
    return created.data;
  }

  const listed = async () =>
    (
      await query<{ contacts: { edges: Array<{ node: { id: string; name: string; phone: string | null } }> } }>(
        test.app,
        `{ contacts(first: 100, filter: { federations: ["${FEDERATION}"] }) { edges { node { id name phone } } } }`,
      )
    ).data?.contacts.edges.map((edge) => edge.node) ?? [];

  it('lets a publisher add a contact, public at once, with the number in international form', async () => {
    const contact = await create();
    expect(contact).toMatchObject({ status: 'ACTIVE', revision: 1, phone: '+46 40 628 04 12' });
    expect(contact.revisions).toMatchObject([{ change: 'created', author: { email: 'chef@skane.example' } }]);
    expect(await listed()).toContainEqual({ id: contact.id, name: 'Karin Lund', phone: '+46 40 628 04 12' });
    expect(await run(CREATE, { federation: FEDERATION, input: input() }, editor)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('names the field to fix', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: '  ' }, 'name', 'REQUIRED'],
      [{ title: 'x'.repeat(201) }, 'title', 'TOO_LONG'],
      [{ email: 'inte en adress' }, 'email', 'INVALID_EMAIL'],
      [{ phone: '070-12' }, 'phone', 'INVALID_PHONE'],
      [{ phone: 'ring växeln' }, 'phone', 'INVALID_PHONE'],
    ];
    for (const [extra, field, code] of cases) {
      const outcome = await run(CREATE, { federation: FEDERATION, input: input(extra) }, publisher);
      expect(outcome, field).toMatchObject({ __typename: 'InputProblem', field, code });
    }
    const both = await run(CREATE, { federation: FEDERATION, municipality: '1262', input: input() }, platformAdmin);
    expect(both).toMatchObject({ __typename: 'InputProblem', code: 'ONE_OWNER' });
  });

  it('refuses a stale update as a conflict', async () => {
    const contact = await create({ name: 'Per Holm' });
    const updated = await run(
      UPDATE,
      { id: contact.id, basedOn: 1, input: input({ name: 'Per Holm', email: null }) },
      publisher,
    );
    expect(updated.data).toMatchObject({ revision: 2, email: null });
    const stale = await run(UPDATE, { id: contact.id, basedOn: 1, input: input({ name: 'Per H.' }) }, publisher);
    expect(stale).toMatchObject({ __typename: 'ContactRevisionConflict', code: 'REVISION_CONFLICT' });
    expect(stale.current?.revisions.map((r) => r.change)).toEqual(['updated', 'created']);
  });

  it('restores an earlier revision as a new one, with its audit entry; refuses a stale one and an unknown one', async () => {
    const contact = await create({ name: 'Rut Roll', title: 'Rektor' });
    await run(
      UPDATE,
      { id: contact.id, basedOn: 1, input: input({ name: 'Rut Roll', title: 'Skolchef', phone: null }) },
      publisher,
    );

    const restored = await run(RESTORE, { id: contact.id, basedOn: 2, revision: 1 }, publisher);
    expect(restored.data).toMatchObject({ revision: 3, status: 'ACTIVE', phone: '+46 40 628 04 12', title: 'Rektor' });
    expect(restored.data?.revisions.map((r) => r.change)).toEqual(['restored', 'updated', 'created']);
    expect(restored.data?.revisions[0]?.author).toEqual({ email: 'chef@skane.example' });
    const audit = await test.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', decodeGlobalId(contact.id).id)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'contact.restored', details: { revision: 3 } });

    const stale = await run(RESTORE, { id: contact.id, basedOn: 2, revision: 2 }, publisher);
    expect(stale).toMatchObject({ __typename: 'ContactRevisionConflict', code: 'REVISION_CONFLICT' });
    expect(stale.current).toMatchObject({ revision: 3, title: 'Rektor' });

    const unknown = await run(RESTORE, { id: contact.id, basedOn: 3, revision: 9 }, publisher);
    expect(unknown).toMatchObject({ __typename: 'NotFound', code: 'NOT_FOUND' });
    const after = await run(RESTORE, { id: contact.id, basedOn: 3, revision: 2 }, editor);
    expect(after).toMatchObject({ code: 'FORBIDDEN' });
    expect((await listed()).find((c) => c.id === contact.id)?.phone).toBe('+46 40 628 04 12');
  });

  it('archives instead of deleting: hidden from the public, kept for what links to it', async () => {
    const contact = await create({ name: 'Eva Berg' });
    const course = await send<{ createCourseDraft: { data: { id: string; slug: string } } }>(
      test.app,
      `mutation ($input: CourseInput!) { createCourseDraft(federation: "${FEDERATION}", input: $input) {
        ... on CreateCourseDraftSuccess { data { id slug } } } }`,
      { input: { title: 'Kurs med kontakt', format: 'DIGITAL', language: 'sv', contact: contact.id } },
      { token: editor },
    );
    const courseId = course.data?.createCourseDraft.data.id;
    await send(
      test.app,
      `mutation { publishCourse(id: "${courseId}", basedOn: 1) { __typename } }`,
      {},
      { token: publisher },
    );

    const archived = await run(ARCHIVE, { id: contact.id, basedOn: 1 }, publisher);
    expect(archived.data).toMatchObject({ status: 'ARCHIVED', revision: 2 });
    expect((await listed()).map((c) => c.id)).not.toContain(contact.id);
    const node = await query<{ node: unknown }>(test.app, `{ node(id: "${contact.id}") { id } }`);
    expect(node.data?.node).toBeNull();
    const publicCourse = await query<{ course: { title: string; contact: unknown } }>(
      test.app,
      `{ course(slug: "${course.data?.createCourseDraft.data.slug}") { title contact { name } } }`,
    );
    expect(publicCourse.data?.course).toEqual({ title: 'Kurs med kontakt', contact: null });
    const own = await send<{ editableContacts: Array<{ id: string; status: string }> }>(
      test.app,
      `{ editableContacts(federation: "${FEDERATION}", includeArchived: true) { id status } }`,
      {},
      { token: editor },
    );
    expect(own.data?.editableContacts).toContainEqual({ id: contact.id, status: 'ARCHIVED' });

    // The course may keep naming it; a new item may not choose it.
    const kept = await send<{ updateCourse: { __typename: string } }>(
      test.app,
      `mutation ($input: CourseInput!) { updateCourse(id: "${courseId}", basedOn: 2, input: $input) { __typename } }`,
      { input: { title: 'Kurs med kontakt, ny', format: 'DIGITAL', language: 'sv', contact: contact.id } },
      { token: publisher },
    );
    expect(kept.data?.updateCourse.__typename).toBe('UpdateCourseSuccess');
    const chosen = await send<{ createCourseDraft: { __typename: string; code?: string; field?: string } }>(
      test.app,
      `mutation ($input: CourseInput!) { createCourseDraft(federation: "${FEDERATION}", input: $input) {
        __typename ... on InputProblem { code field } } }`,
      { input: { title: 'Ny kurs', format: 'DIGITAL', language: 'sv', contact: contact.id } },
      { token: editor },
    );
    expect(chosen.data?.createCourseDraft).toMatchObject({ code: 'UNKNOWN_CONTACT', field: 'contact' });
    expect(await run(ARCHIVE, { id: contact.id, basedOn: 2 }, publisher)).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('keeps a municipality’s contacts with platform admins, out of every federation role', async () => {
    const created = await run(CREATE, { municipality: '1262', input: input({ name: 'Lomma växel' }) }, platformAdmin);
    expect(created.data).toMatchObject({ name: 'Lomma växel', status: 'ACTIVE' });
    const id = created.data?.id;
    expect(await run(CREATE, { municipality: '1262', input: input() }, publisher)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await run(ARCHIVE, { id, basedOn: 1 }, publisher)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await run(ARCHIVE, { id, basedOn: 1 }, platformAdmin)).data?.status).toBe('ARCHIVED');
  });

  it('lists a municipality’s contacts for platform admins, archived ones when asked', async () => {
    const kept = await run(
      CREATE,
      { municipality: '1262', input: input({ name: 'Lomma kommunikation' }) },
      platformAdmin,
    );
    const listOf = async (municipality: string, includeArchived: boolean, token: string) =>
      send<{ editableMunicipalityContacts: Array<{ id: string; name: string; status: string }> }>(
        test.app,
        'query ($m: String!, $a: Boolean) { editableMunicipalityContacts(municipality: $m, includeArchived: $a) { id name status } }',
        { m: municipality, a: includeArchived },
        { token },
      );
    const active = (await listOf('1262', false, platformAdmin)).data?.editableMunicipalityContacts ?? [];
    expect(active).toContainEqual({ id: kept.data?.id, name: 'Lomma kommunikation', status: 'ACTIVE' });
    expect(active.map((c) => c.name)).not.toContain('Lomma växel');
    const all = (await listOf('SE-1262', true, platformAdmin)).data?.editableMunicipalityContacts ?? [];
    expect(all.map((c) => c.name)).toEqual(expect.arrayContaining(['Lomma kommunikation', 'Lomma växel']));
    expect(
      (await listOf('1280', true, platformAdmin)).data?.editableMunicipalityContacts.map((c) => c.name),
    ).not.toContain('Lomma kommunikation');
    expect((await listOf('12', true, platformAdmin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await listOf('1262', true, publisher)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
