import { type FeedsAnswer, feedsQueryPart } from '../shared/feeds.js';
import { compact } from '../shared/filters.js';
import type { GraphqlRequest } from '../shared/listing-context.js';

export type CourseFormat = 'DIGITAL' | 'ON_SITE' | 'BLENDED' | 'SELF_PACED';

export interface CourseSessionNode {
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  placeName: string | null;
  address: string | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  registrationDeadline: string | null;
  municipality: { name: string } | null;
}

export interface CourseNode {
  id: string;
  title: string;
  summary: string;
  format: CourseFormat;
  language: string;
  price: { amount: number; currency: string } | null;
  provider: { name: string; timeZone: string; website: string | null };
  sessions: CourseSessionNode[];
}

export interface CoursesAnswer extends FeedsAnswer {
  courses: { edges: Array<{ node: CourseNode }> };
}

export function coursesRequest(
  filters: { federations: string[]; topics: string[]; municipality: string | null },
  first: number,
): GraphqlRequest {
  const feeds = feedsQueryPart(filters.federations);
  return {
    query: `query SamverkaCourses($first: Int!, $filter: CourseFilter${feeds.declaration}) {
      courses(first: $first, filter: $filter) { edges { node {
        id title summary format language
        price { amount currency }
        provider { name timeZone website }
        sessions(upcoming: true) {
          startsAt endsAt cancelled placeName address onlineUrl registrationUrl registrationDeadline
          municipality { name }
        }
      } } }
      ${feeds.selection}
    }`,
    variables: {
      first,
      filter: compact({
        providers: filters.federations,
        topics: filters.topics,
        openTo: filters.municipality,
        upcoming: true,
      }),
      ...feeds.variables,
    },
  };
}
