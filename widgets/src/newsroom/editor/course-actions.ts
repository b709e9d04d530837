import type { CourseStatus, CourseTransition } from '../api/course-queries.js';
import type { StepsOptions } from './steps-toolbar.js';

/** Which steps each status offers a publisher or admin; editors get none (the hub refuses them anyway). */
export const COURSE_STEPS: StepsOptions<CourseStatus, CourseTransition> = {
  steps: {
    DRAFT: ['publishCourse', 'archiveCourse'],
    PUBLISHED: ['unpublishCourse', 'archiveCourse'],
    ARCHIVED: ['unpublishCourse'],
  },
  first: ['publishCourse'],
  verbs: { publishCourse: 'publish', unpublishCourse: 'unpublish', archiveCourse: 'archive' },
  cannotPublish: 'courseEditorCannotPublish',
};
