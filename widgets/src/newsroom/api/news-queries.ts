// The GraphQL documents of the news editor, and the shapes they answer with.
import { BASED_ON, contentDocuments, resultMutation } from './result-queries.js';
import { KEPT, LINKS } from './revision-queries.js';

export type NewsStatus = 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED';

export interface EditorImage {
  url: string;
  alt: string;
  caption: string | null;
}

/** What the user edits; also what is kept in localStorage and sent as NewsInput. */
export interface NewsDraft {
  title: string;
  summary: string;
  body: string;
  language: string;
  topics: string[];
  municipalities: Array<{ code: string; name: string }>;
  images: EditorImage[];
}

export interface EditableNews extends Omit<NewsDraft, 'municipalities'> {
  id: string;
  slug: string;
  status: NewsStatus;
  revision: number;
  publishedAt: string | null;
  scheduledFor: string | null;
  updatedAt: string;
  municipalities: Array<{ code: string; name: string }>;
  topics: string[];
  publisher: { slug: string; name: string; timeZone: string; website: string | null };
}

/** EditableNewsItem as the editor needs it; topics come as objects and are flattened to slugs. */
export const EDITABLE_FIELDS = `id slug status revision publishedAt scheduledFor updatedAt title summary body language
  images { url alt caption } topics { slug } municipalities { code name country }
  publisher { slug name timeZone website }`;

export interface RawEditable extends Omit<EditableNews, 'topics' | 'municipalities'> {
  topics: Array<{ slug: string }>;
  municipalities: Array<{ code: string; name: string; country: string }>;
}

/** Topics as slugs and municipalities under the codes NewsInput takes ("1262", "NO-1860"). */
export function fromRaw(raw: RawEditable): EditableNews {
  return {
    ...raw,
    topics: raw.topics.map((topic) => topic.slug),
    municipalities: raw.municipalities.map(({ code, name, country }) => ({
      code: municipalityKey(code, country),
      name,
    })),
  };
}

/** A municipality as the API names it: always with its country, since both countries use some codes (1860). */
export function municipalityKey(code: string, country: string): string {
  return `${country}-${code}`;
}

export const NEWS_LIST = `query NewsroomNews($federation: String!, $statuses: [NewsStatus!], $limit: Int) {
  editableNews(federation: $federation, statuses: $statuses, limit: $limit) {
    id title summary status revision updatedAt publishedAt scheduledFor
  }
}`;

export const NEWS_ITEM = `query NewsroomItem($id: ID!) { editableNewsItem(id: $id) { ${EDITABLE_FIELDS} } }`;

/** A news item's history; unlike the other kinds' it asks for the item's current revision too. */
export const NEWS_HISTORY = `query NewsroomHistory($id: ID!, $ui: UiLanguage!) { editableNewsItem(id: $id) { id revision
  revisions { ${KEPT} ${LINKS.News} } } }`;

export type Transition = 'publishNews' | 'unpublishNews' | 'archiveNews';

// A news item's conflict is the schema's first: RevisionConflict, without the type's name.
const NEWS = contentDocuments<Transition>('News', EDITABLE_FIELDS, 'RevisionConflict');
export const CREATE_DRAFT = NEWS.create;
export const UPDATE_NEWS = NEWS.update;
export const RESTORE_REVISION = NEWS.restore;
export const transition = NEWS.transition;

export const SCHEDULE_NEWS = resultMutation(
  'NewsroomSchedule',
  'scheduleNews',
  { ...BASED_ON, at: 'DateTime!' },
  NEWS.changed,
);

/** The item's editable content as a draft; what a save would send. */
export function draftOf(item: EditableNews): NewsDraft {
  const { title, summary, body, language, topics, municipalities, images } = item;
  return { title, summary, body, language, topics, municipalities, images };
}

export function newsInput(draft: NewsDraft): Record<string, unknown> {
  return {
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    language: draft.language,
    topics: draft.topics,
    municipalities: draft.municipalities.map((municipality) => municipality.code),
    images: draft.images.map(({ url, alt, caption }) => ({ url, alt, caption: caption || null })),
  };
}

export const TOPICS = 'query NewsroomTopics($ui: UiLanguage!) { topics { slug name(language: $ui) } }';

export const MUNICIPALITY_SEARCH = `query NewsroomMunicipalities($search: String!) {
  municipalities(first: 8, filter: { search: $search }) { edges { node { code name country countyName } } }
}`;
