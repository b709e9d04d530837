import { schema } from '@samverka/schema/index';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as accountDocuments from '../../widgets/src/newsroom/api/account-queries.js';
import * as contactDocuments from '../../widgets/src/newsroom/api/contact-queries.js';
import * as courseDocuments from '../../widgets/src/newsroom/api/course-queries.js';
import * as eventDocuments from '../../widgets/src/newsroom/api/event-queries.js';
import * as federationDocuments from '../../widgets/src/newsroom/api/federation-queries.js';
import * as feedSourceDocuments from '../../widgets/src/newsroom/api/feed-source-queries.js';
import * as membershipDocuments from '../../widgets/src/newsroom/api/membership-queries.js';
import * as newsDocuments from '../../widgets/src/newsroom/api/news-queries.js';
import * as peopleDocuments from '../../widgets/src/newsroom/api/people-queries.js';
import * as profileDocuments from '../../widgets/src/newsroom/api/profile-queries.js';
import * as startDocuments from '../../widgets/src/newsroom/api/start-queries.js';
import * as topicDocuments from '../../widgets/src/newsroom/api/topic-queries.js';

/** Every GraphQL document the newsroom sends, by name: strings that hold an operation. */
function documents(): Array<[string, string]> {
  const all: Array<[string, unknown]> = [
    ...Object.entries(accountDocuments),
    ...Object.entries(newsDocuments),
    ...Object.entries(peopleDocuments),
    ...Object.entries(feedSourceDocuments),
    ...Object.entries(eventDocuments),
    ...Object.entries(contactDocuments),
    ...Object.entries(membershipDocuments),
    ...Object.entries(topicDocuments),
    ...Object.entries(courseDocuments),
    ...Object.entries(startDocuments),
    ...Object.entries(federationDocuments),
    ...Object.entries(profileDocuments),
    ...courseDocuments.COURSE_TRANSITIONS.map((name): [string, string] => [
      name,
      courseDocuments.courseTransition(name),
    ]),
    ...(['publishEvent', 'unpublishEvent', 'cancelEvent', 'archiveEvent'] as const).map((name): [string, string] => [
      name,
      eventDocuments.eventTransition(name),
    ]),
    ...(['publishNews', 'unpublishNews', 'archiveNews'] as const).map((name): [string, string] => [
      name,
      newsDocuments.transition(name),
    ]),
  ];
  return all.filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)\b/.test(entry[1]),
  );
}

describe('the newsroom’s GraphQL documents', () => {
  it.each(documents())('%s is valid against the schema', (_name, source) => {
    expect(validate(schema, parse(source)).map((error) => error.message)).toEqual([]);
  });

  it('covers every operation the editor and the account pages use', () => {
    expect(documents().length).toBeGreaterThanOrEqual(66);
  });
});
