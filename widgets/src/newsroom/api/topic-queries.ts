// The GraphQL documents of topics: every topic with its names in the hub's three languages.

export interface TopicNames {
  sv: string;
  nb: string;
  en: string;
}

export interface NamedTopic extends TopicNames {
  slug: string;
}

const TOPIC_FIELDS = 'slug sv: name(language: sv) nb: name(language: nb) en: name(language: en)';
const PROBLEM = '... on Problem { __typename code message } ... on InputProblem { field }';

export const TOPICS = `query NewsroomTopics { topics { ${TOPIC_FIELDS} } }`;

export const CREATE_TOPIC = `mutation NewsroomCreateTopic($slug: String!, $nameSv: String!, $nameNb: String!, $nameEn: String!) {
  result: createTopic(slug: $slug, nameSv: $nameSv, nameNb: $nameNb, nameEn: $nameEn) {
    __typename ... on CreateTopicSuccess { data { ${TOPIC_FIELDS} } } ${PROBLEM}
  }
}`;

export const RENAME_TOPIC = `mutation NewsroomRenameTopic($slug: String!, $nameSv: String!, $nameNb: String!, $nameEn: String!) {
  result: renameTopic(slug: $slug, nameSv: $nameSv, nameNb: $nameNb, nameEn: $nameEn) {
    __typename ... on RenameTopicSuccess { data { ${TOPIC_FIELDS} } } ${PROBLEM}
  }
}`;
