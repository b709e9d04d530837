import type { TemplateResult } from 'lit';
import { CONTACTS, type EditableContact } from '../api/contact-queries.js';
import {
  type CourseDraft,
  courseDraftOf,
  courseInput,
  emptyCourseDraft,
  type SessionDraft,
  sessionInput,
} from '../api/course-drafts.js';
import {
  ADD_SESSION,
  CANCEL_SESSION,
  COURSE_ITEM,
  COURSES_LIST,
  type CourseRow,
  type CourseTransition,
  CREATE_COURSE,
  courseTransition,
  type EditableCourse,
  RESTORE_COURSE,
  UPDATE_COURSE,
  UPDATE_SESSION,
} from '../api/course-queries.js';
import { ContentEditor } from './content-editor.js';
import type { ContentKind } from './content-kind.js';
import { renderCourseEditor } from './course-editor-view.js';
import { timeErrors } from './time-checks.js';

const COURSES: ContentKind<EditableCourse, CourseDraft, CourseTransition> = {
  area: 'courses',
  documents: { create: CREATE_COURSE, update: UPDATE_COURSE, restore: RESTORE_COURSE, transition: courseTransition },
  empty: emptyCourseDraft,
  load: async (ctx, id) =>
    (await ctx.api<{ editableCourse: EditableCourse | null }>(COURSE_ITEM, { id })).editableCourse,
  fromResult: (raw) => raw as EditableCourse,
  draftOf: courseDraftOf,
  input: (draft) => courseInput(draft),
  federationOf: (item) => item.provider,
};

/** Where the API names one line of a list ("learningGoals[2]"), the form has one field for the list. */
const LINE_LISTS = /^(targetAudiences|learningGoals)\[\d+\]$/;

/** The prefix of a session form's errors, so they stand next to its fields and not the course's. */
export const SESSION_ERRORS = 'session.';

/**
 * @summary Writes one course (training offer): its fields, prerequisites among the federation's other
 * courses, the publishing steps by role, history, conflicts and kept drafts; and, once saved, its sessions.
 */
export class NewsroomCourseEditor extends ContentEditor<EditableCourse, CourseDraft, CourseTransition> {
  static override properties = {
    ...ContentEditor.properties,
    otherCourses: { state: true },
    contacts: { state: true },
  };

  /** The federation's courses that may be prerequisites: not this one, not archived ones. */
  declare otherCourses: CourseRow[];
  declare contacts: EditableContact[];

  constructor() {
    super(COURSES);
    this.otherCourses = [];
    this.contacts = [];
  }

  protected override get headings(): { create: string; edit: string } {
    return { create: this.ctx.strings.courseNewTitle, edit: this.ctx.strings.courseEditTitle };
  }

  protected override async loadMore(): Promise<void> {
    const [{ editableCourses }, { editableContacts }] = await Promise.all([
      this.ctx.api<{ editableCourses: CourseRow[] }>(COURSES_LIST, { federation: this.federation, limit: 100 }),
      this.ctx.api<{ editableContacts: EditableContact[] }>(CONTACTS, { federation: this.federation }),
    ]);
    this.otherCourses = editableCourses.filter((course) => course.status !== 'ARCHIVED' && course.id !== this.itemId);
    this.contacts = editableContacts;
  }

  /** The title is required by the schema; said next to the field rather than as a request error. */
  protected override readyToSave(): boolean {
    if (this.draft.title.trim()) return true;
    this.errors = { ...this.errors, title: this.ctx.strings.required };
    void this.focusFirstError();
    return false;
  }

  protected override fieldOf(field: string): string {
    return field.replace(LINE_LISTS, '$1');
  }

  /**
   * Adds a session (`id` null) or changes one, after saving what is in the course's form, since the
   * session's change is a revision of the course; true when it is saved.
   */
  async saveSession(id: string | null, draft: SessionDraft): Promise<boolean> {
    const { startsAt, endsAt, registrationDeadline } = draft;
    const times = { startsAt, endsAt, registrationDeadline };
    const errors = timeErrors(this.ctx.strings, times, ['startsAt', 'endsAt'], SESSION_ERRORS);
    if (Object.keys(errors).length) {
      this.errors = { ...this.errors, ...errors };
      void this.focusFirstError();
      return false;
    }
    if (!(await this.save()) || !this.item) return false;
    const input = sessionInput(draft, this.timeZone);
    const { strings } = this.ctx;
    return id
      ? this.send(
          UPDATE_SESSION,
          { session: id, basedOn: this.item.revision, input },
          strings.sessionSaved,
          SESSION_ERRORS,
        )
      : this.send(
          ADD_SESSION,
          { id: this.item.id, basedOn: this.item.revision, input },
          strings.sessionAdded,
          SESSION_ERRORS,
        );
  }

  async cancelSession(id: string): Promise<boolean> {
    if (!(await this.save()) || !this.item) return false;
    const variables = { session: id, basedOn: this.item.revision };
    return this.send(CANCEL_SESSION, variables, this.ctx.strings.sessionCancelled, SESSION_ERRORS);
  }

  /** Changing a session's field clears its error, as editing the course's fields does. */
  clearSessionError(field: string): void {
    const { [`${SESSION_ERRORS}${field}`]: _cleared, ...rest } = this.errors;
    this.errors = rest;
  }

  protected override renderLoaded(): TemplateResult {
    return renderCourseEditor(this);
  }
}
