import { html, nothing, type TemplateResult } from 'lit';
import type { CourseDraft } from '../api/course-drafts.js';
import { describedVersion } from './conflict-view.js';
import { COURSE_STEPS } from './course-actions.js';
import { type NewsroomCourseEditor, SESSION_ERRORS } from './course-editor.js';
import { courseForm } from './course-form.js';
import { courseOfferFields } from './course-offer-fields.js';
import { renderEditorForm } from './editor-form.js';
import { editorNotices } from './editor-notices.js';
import type { FieldErrors } from './field-errors.js';
import { renderStepsToolbar } from './steps-toolbar.js';

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
  const { ctx } = editor;
  const { strings } = ctx;
  const item = editor.item;
  const edit = (change: Partial<CourseDraft>) => editor.edit(change);
  const fields = html`${courseForm(ctx, editor.draft, editor.topics, editor.errors, edit)}
    ${courseOfferFields(editor, edit)}`;
  return html`${editorNotices(editor, describedVersion)}
    ${renderEditorForm(strings, strings.courseEditTitle, fields, renderStepsToolbar(editor, COURSE_STEPS))}
    ${
      item
        ? html`<newsroom-course-sessions .ctx=${ctx} .sessions=${item.sessions} .timeZone=${editor.timeZone}
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
        ? html`<newsroom-course-history .ctx=${ctx} .itemId=${item.id} .current=${item.revision}
            .timeZone=${editor.timeZone} .busy=${editor.busy}
            @newsroom-restore=${(event: CustomEvent<number>) => void editor.restore(event.detail)}></newsroom-course-history>`
        : nothing
    }`;
}
