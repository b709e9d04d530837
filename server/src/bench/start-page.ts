import type { Database } from '@samverka/db/database';
import { grantRole } from '@samverka/db/federation-roles';
import { insertUser } from '@samverka/db/users';
import { hashPassword } from '@samverka/schema/auth/passwords';
import type { Kysely } from 'kysely';
import type { LoadTarget } from './load.js';

// A copy of START_PAGE in widgets/src/newsroom/api/start-queries.ts: the server build cannot import
// the widgets' sources (they are bundled, not compiled to modules), and test/server/bench-start-page.test.ts
// fails when the two differ.
const ITEM = 'id title updatedAt';
const PUBLISHED = `${ITEM} publishedAt`;
export const START_PAGE = `query NewsroomStart($federation: String!, $now: DateTime!, $withSources: Boolean!) {
  newsDrafts: editableNews(federation: $federation, statuses: [DRAFT], limit: 25) { ${ITEM} }
  scheduledNews: editableNews(federation: $federation, statuses: [SCHEDULED], limit: 25) { ${ITEM} scheduledFor }
  publishedNews: editableNews(federation: $federation, statuses: [PUBLISHED], limit: 8) { ${PUBLISHED} }
  eventDrafts: editableEvents(federation: $federation, statuses: [DRAFT], limit: 25) { ${ITEM} }
  publishedEvents: editableEvents(federation: $federation, statuses: [PUBLISHED], limit: 8) { ${PUBLISHED} }
  courseDrafts: editableCourses(federation: $federation, statuses: [DRAFT], limit: 25) { ${ITEM} }
  publishedCourses: editableCourses(federation: $federation, statuses: [PUBLISHED], limit: 8) { ${PUBLISHED} }
  upcomingEvents: events(first: 5, filter: { federations: [$federation], endsAfter: $now }) {
    edges { node { id title startsAt cancelled } }
  }
  feedSources(federation: $federation) @include(if: $withSources) {
    id url lastRun { at status errorCode errorMessage }
  }
}`;

const LOGIN = `mutation BenchLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { ... on LoginSuccess { data { token } } }
}`;

const PUBLISHER_EMAIL = 'bench-publisher@example.org';
const PUBLISHER_PASSWORD = 'bänkens-lösenord-för-mätning';

/** Makes a publisher of `federation` and logs them in through the `login` mutation, as the newsroom does. */
export async function logInPublisher(db: Kysely<Database>, graphqlUrl: string, federation: string): Promise<string> {
  const user = await insertUser(db, {
    email: PUBLISHER_EMAIL,
    displayName: 'Bench publisher',
    passwordHash: await hashPassword(PUBLISHER_PASSWORD),
    isPlatformAdmin: false,
  });
  if (!user) throw new Error(`${PUBLISHER_EMAIL} exists already`);
  const { id } = await db
    .selectFrom('federations')
    .select('id')
    .where('slug', '=', federation)
    .executeTakeFirstOrThrow();
  await grantRole(db, { user_id: user.id, federation_id: id, role: 'publisher', granted_by: null });

  const body = await postGraphql(graphqlUrl, {
    query: LOGIN,
    variables: { email: PUBLISHER_EMAIL, password: PUBLISHER_PASSWORD },
  });
  const token = (body.data?.login as { data?: { token?: string } } | undefined)?.data?.token;
  if (!token) throw new Error(`The bench publisher could not log in: ${JSON.stringify(body)}`);
  return token;
}

/** The start page's one request for `federation`, as a publisher's newsroom sends it. */
export function startPageTarget(graphqlUrl: string, token: string, federation: string): LoadTarget {
  return {
    url: graphqlUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: START_PAGE,
      variables: { federation, now: new Date().toISOString(), withSources: true },
    }),
  };
}

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

/**
 * Sends the target once and returns how many items each part of the page lists, so a refused or
 * failing request (GraphQL errors come with status 200) stops the bench before it is measured.
 */
export async function checkStartPage(target: LoadTarget): Promise<Record<string, number>> {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const body = (await response.json()) as GraphqlBody;
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`The start page request failed (${response.status}): ${JSON.stringify(body)}`);
  }
  return Object.fromEntries(
    Object.entries(body.data).map(([field, value]) => [
      field,
      Array.isArray(value) ? value.length : (value as { edges: unknown[] }).edges.length,
    ]),
  );
}

async function postGraphql(url: string, payload: object): Promise<GraphqlBody> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return (await response.json()) as GraphqlBody;
}
