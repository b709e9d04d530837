import type { TemplateResult } from 'lit';
import type { CourseStatus, CourseTransition } from '../api/course-queries.js';
import type { NewsroomCourseEditor } from './course-editor.js';
import { renderStepsToolbar } from './steps-toolbar.js';

/** Which steps each status offers a publisher or admin; editors get none (the hub refuses them anyway). */
const STEPS: Record<CourseStatus, CourseTransition[]> = {
  DRAFT: ['publishCourse', 'archiveCourse'],
  PUBLISHED: ['unpublishCourse', 'archiveCourse'],
  ARCHIVED: ['unpublishCourse'],
};

export function renderCourseActions(editor: NewsroomCourseEditor): TemplateResult {
  const { strings } = editor.ctx;
  return renderStepsToolbar(editor, {
    steps: STEPS,
    first: ['publishCourse'],
    labels: {
      publishCourse: { label: strings.publish, done: strings.published },
      unpublishCourse: { label: strings.unpublish, done: strings.unpublished },
      archiveCourse: { label: strings.archive, done: strings.archived, danger: true },
    },
    cannotPublish: strings.courseEditorCannotPublish,
  });
}
