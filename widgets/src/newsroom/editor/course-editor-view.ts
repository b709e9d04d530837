import { html, nothing, type TemplateResult } from 'lit';
import type { CourseDraft } from '../api/course-drafts.js';
import type { EditableCourse } from '../api/course-queries.js';
import { renderCourseActions } from './course-actions.js';
import { type NewsroomCourseEditor, SESSION_ERRORS } from './course-editor.js';
import { courseForm } from './course-form.js';
import { courseOfferFields } from './course-offer-fields.js';
import { editorNotices } from './editor-notices.js';
import type { FieldErrors } from './field-errors.js';
import { renderRevisionHistory } from './revision-history.js';

/** The errors of the session form, by the session's own field names. */
function sessionErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([field]) => field.startsWith(SESSION_ERRORS))
      .map(([field, message]) => [field.slice(SESSION_ERRORS.length), message]),
  );
}

/** The course editor once loaded: notices, the conflict view, the form with its buttons, the sessions, the history. */
export function renderCourseEditor(editor: NewsroomCourseEditor): TemplateResult {
  const { strings } = editor.ctx;
  const item = editor.item;
  const asVersion = (value: CourseDraft | EditableCourse) => ({ ...value, body: value.description });
  const edit = (change: Partial<CourseDraft>) => editor.edit(change);
  return html`${editorNotices(editor, asVersion)}
    <form class="card" @submit=${(event: Event) => event.preventDefault()} aria-label=${strings.courseEditTitle}>
      ${courseForm(editor.ctx, editor.draft, editor.topics, editor.errors, edit)}
      ${courseOfferFields(editor, edit)}
      <p class="hint">${strings.unsavedKept}</p>
      ${renderCourseActions(editor)}
    </form>
    ${
      item
        ? html`<newsroom-course-sessions .ctx=${editor.ctx} .sessions=${item.sessions} .timeZone=${editor.timeZone}
            .busy=${editor.busy} .errors=${sessionErrors(editor.errors)}
            .save=${(id: string | null, draft: Parameters<NewsroomCourseEditor['saveSession']>[1]) => editor.saveSession(id, draft)}
            .cancel=${(id: string) => editor.cancelSession(id)}
            .clearError=${(field: string) => editor.clearSessionError(field)}></newsroom-course-sessions>`
        : html`<section class="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">${strings.sessions}</h2>
            <p class="hint">${strings.sessionsAfterSave}</p>
          </section>`
    }
    ${
      item
        ? renderRevisionHistory(editor.ctx, {
            revisions: item.revisions,
            current: item.revision,
            timeZone: item.provider.timeZone,
            busy: editor.busy,
            restore: (revision) => void editor.restore(revision),
          })
        : nothing
    }`;
}
