import { COURSES_LIST, type CourseRow, type CourseStatus } from '../api/course-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { ContentList, type ContentListKind } from './content-list.js';

const COURSES: ContentListKind<CourseRow, CourseStatus> = {
  area: 'courses',
  query: COURSES_LIST,
  field: 'editableCourses',
  statuses: ['DRAFT', 'PUBLISHED', 'ARCHIVED'],
  texts: { heading: 'coursesTitle', create: 'newCourse', empty: 'noCourses' },
  searchText: (row) => `${row.title} ${row.summary}`,
  shown: ({ strings }, count) => fill(strings.coursesShown, count),
  meta: ({ strings, language }, row, timeZone) => {
    const now = new Date().toISOString();
    const next = row.sessions.find((session) => !session.cancelled && session.startsAt >= now);
    const when = next
      ? fill(strings.nextSession, formatTime(next.startsAt, language, timeZone))
      : fill(strings.updatedAt, formatTime(row.updatedAt, language, timeZone));
    return `${strings[`format${row.format}`]} · ${when}`;
  },
};

/** @summary A federation's courses with a status filter and a search in titles and summaries, last saved first. */
export class NewsroomCoursesList extends ContentList<CourseRow, CourseStatus> {
  constructor() {
    super(COURSES);
  }
}
