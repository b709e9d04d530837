import { NEWS_LIST, type NewsStatus } from '../api/news-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { ContentList, type ContentListKind } from './content-list.js';

interface NewsRow {
  id: string;
  title: string;
  summary: string;
  status: NewsStatus;
  updatedAt: string;
  scheduledFor: string | null;
}

const NEWS: ContentListKind<NewsRow, NewsStatus> = {
  area: 'news',
  query: NEWS_LIST,
  field: 'editableNews',
  statuses: ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'],
  texts: { heading: 'newsTitle', create: 'newDraft', empty: 'noNews' },
  searchText: (row) => `${row.title} ${row.summary}`,
  shown: (_ctx, count) => String(count),
  meta: ({ strings, language }, row, timeZone) =>
    row.scheduledFor
      ? fill(strings.scheduledFor, formatTime(row.scheduledFor, language, timeZone))
      : fill(strings.updatedAt, formatTime(row.updatedAt, language, timeZone)),
};

/** @summary A federation's news with a status filter and a search in titles and summaries. */
export class NewsroomNewsList extends ContentList<NewsRow, NewsStatus> {
  constructor() {
    super(NEWS);
  }
}
