// The GraphQL documents of feed sources: the federation's own feeds the hub imports.

export type FeedSourceKind = 'NEWS' | 'EVENTS';

export interface FeedRun {
  at: string;
  status: 'OK' | 'NOT_MODIFIED' | 'FAILED';
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  imagesWithoutAlt: number;
  errorCode: string | null;
  errorMessage: string | null;
}

export interface FeedSource {
  id: string;
  url: string;
  kind: FeedSourceKind;
  language: string;
  intervalMinutes: number;
  enabled: boolean;
  itemCount: number;
  lastSuccessAt: string | null;
  nextRunAt: string | null;
  lastRun: FeedRun | null;
}

const SOURCE_FIELDS = `id url kind language intervalMinutes enabled itemCount lastSuccessAt nextRunAt
  lastRun { at status created updated unchanged skipped imagesWithoutAlt errorCode errorMessage }`;
const PROBLEM = '... on Problem { __typename code message }';
const INPUT_PROBLEM = `${PROBLEM} ... on InputProblem { field }`;

export const FEED_SOURCES = `query NewsroomFeedSources($federation: String!) {
  feedSources(federation: $federation) { ${SOURCE_FIELDS} }
}`;

export const ADD_FEED_SOURCE = `mutation NewsroomAddFeedSource($federation: String!, $input: AddFeedSourceInput!) {
  result: addFeedSource(federation: $federation, input: $input) {
    __typename ... on AddFeedSourceSuccess { data { ${SOURCE_FIELDS} } } ${INPUT_PROBLEM}
  }
}`;

export const UPDATE_FEED_SOURCE = `mutation NewsroomUpdateFeedSource($id: ID!, $enabled: Boolean, $intervalMinutes: Int) {
  result: updateFeedSource(id: $id, enabled: $enabled, intervalMinutes: $intervalMinutes) {
    __typename ... on UpdateFeedSourceSuccess { data { ${SOURCE_FIELDS} } } ${INPUT_PROBLEM}
  }
}`;

export const REFRESH_FEED_SOURCE = `mutation NewsroomRefreshFeedSource($id: ID!) {
  result: refreshFeedSource(id: $id) {
    __typename ... on RefreshFeedSourceSuccess { data { ${SOURCE_FIELDS} } } ${PROBLEM}
  }
}`;

export const REMOVE_FEED_SOURCE = `mutation NewsroomRemoveFeedSource($id: ID!) {
  result: removeFeedSource(id: $id) { __typename ... on RemoveFeedSourceSuccess { data { id } } ${PROBLEM} }
}`;
