import type { TestHub } from './browser.js';
import { hubApi } from './newsroom.js';

/**
 * Seed builders through the public API, as the newsroom itself writes: each makes one item of a
 * federation with the given token and returns its id, failing the test when the hub refuses.
 */
export function newsroomSeeder(hub: TestHub, token: string, federation: string) {
  async function created(mutation: string, variables: Record<string, unknown>): Promise<string> {
    const answer = await hubApi<{ result: { data?: { id: string } } }>(hub, mutation, variables, token);
    const id = answer.data?.result.data?.id;
    if (!id) throw new Error(`not created: ${JSON.stringify(answer)}`);
    return id;
  }
  async function changed(mutation: string, variables: Record<string, unknown>): Promise<void> {
    const answer = await hubApi<{ result: { __typename: string } }>(hub, mutation, variables, token);
    if (!answer.data?.result.__typename.endsWith('Success')) throw new Error(`not changed: ${JSON.stringify(answer)}`);
  }
  return {
    news: (title: string) =>
      created(
        `mutation ($f: String!, $input: NewsInput!) { result: createNewsDraft(federation: $f, input: $input) {
          ... on CreateNewsDraftSuccess { data { id } } } }`,
        { f: federation, input: { title, language: 'sv', summary: 'Ingress.', body: '<p>Text.</p>' } },
      ),
    publishNews: (id: string) =>
      changed('mutation ($id: ID!) { result: publishNews(id: $id, basedOn: 1) { __typename } }', { id }),
    scheduleNews: (id: string, at: string) =>
      changed(
        'mutation ($id: ID!, $at: DateTime!) { result: scheduleNews(id: $id, basedOn: 1, at: $at) { __typename } }',
        {
          id,
          at,
        },
      ),
    event: (title: string, startsAt: string, endsAt: string) =>
      created(
        `mutation ($f: String!, $input: EventInput!) { result: createEventDraft(federation: $f, input: $input) {
          ... on CreateEventDraftSuccess { data { id } } } }`,
        { f: federation, input: { title, language: 'sv', startsAt, endsAt, placeName: 'Stadshuset' } },
      ),
    publishEvent: (id: string) =>
      changed('mutation ($id: ID!) { result: publishEvent(id: $id, basedOn: 1) { __typename } }', { id }),
    course: (title: string) =>
      created(
        `mutation ($f: String!, $input: CourseInput!) { result: createCourseDraft(federation: $f, input: $input) {
          ... on CreateCourseDraftSuccess { data { id } } } }`,
        { f: federation, input: { title, format: 'ON_SITE', language: 'sv' } },
      ),
    /** A session on a course of revision 1, i.e. one just made. */
    session: (course: string, startsAt: string, endsAt: string) =>
      changed(
        `mutation ($id: ID!, $input: CourseSessionInput!) { result: addCourseSession(id: $id, basedOn: 1, input: $input) {
          __typename } }`,
        { id: course, input: { startsAt, endsAt, placeName: 'Kursgården', capacity: 20 } },
      ),
    contact: (name: string, title: string) =>
      created(
        `mutation ($f: String!, $input: ContactInput!) { result: createContact(federation: $f, input: $input) {
          ... on CreateContactSuccess { data { id } } } }`,
        { f: federation, input: { name, title, language: 'sv' } },
      ),
    feedSource: (url: string) =>
      created(
        `mutation ($f: String!, $url: String!) { result: addFeedSource(federation: $f, input: { url: $url, kind: NEWS }) {
          ... on AddFeedSourceSuccess { data { id } } } }`,
        { f: federation, url },
      ),
    refreshFeedSource: (id: string) =>
      changed('mutation ($id: ID!) { result: refreshFeedSource(id: $id) { __typename } }', { id }),
  };
}
