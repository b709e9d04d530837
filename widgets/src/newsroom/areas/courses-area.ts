// The course routes (the list and the editor with its sessions): defined when one of them first opens (app/areas.ts).
import './editing-elements.js';
import { defineAll } from '../../define.js';
import { NewsroomCourseEditor } from '../editor/course-editor.js';
import { COURSE_REVISIONS } from '../editor/course-revisions.js';
import { NewsroomCourseSessions } from '../editor/course-sessions.js';
import { historyElement } from '../editor/revision-history.js';
import { NewsroomCoursesList } from '../views/courses-list-view.js';

defineAll({
  'newsroom-courses-list': NewsroomCoursesList,
  'newsroom-course-editor': NewsroomCourseEditor,
  'newsroom-course-sessions': NewsroomCourseSessions,
  'newsroom-course-history': historyElement(COURSE_REVISIONS),
});
