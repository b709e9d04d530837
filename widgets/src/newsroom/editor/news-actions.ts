import { html, nothing, type TemplateResult } from 'lit';
import type { NewsStatus, Transition } from '../api/news-queries.js';
import { canPublish } from '../app/context.js';
import { fill } from '../i18n/language.js';
import { describedBy, errorText, invalid } from './field-errors.js';
import type { NewsroomNewsEditor } from './news-editor.js';
import { renderStepsToolbar, type StepsOptions } from './steps-toolbar.js';

/** Changing the time clears its problem, as editing a field does. */
function clearScheduleError(editor: NewsroomNewsEditor): void {
  if (!editor.errors.at) return;
  const { at: _fixed, ...rest } = editor.errors;
  editor.errors = rest;
}

/** Which steps each status offers a publisher or admin; editors get none (the hub refuses them anyway). */
const NEWS_STEPS: StepsOptions<NewsStatus, Transition> = {
  steps: {
    DRAFT: ['publishNews', 'archiveNews'],
    SCHEDULED: ['publishNews', 'unpublishNews', 'archiveNews'],
    PUBLISHED: ['unpublishNews', 'archiveNews'],
    ARCHIVED: ['unpublishNews'],
  },
  first: ['publishNews'],
  verbs: { publishNews: 'publish', unpublishNews: 'unpublish', archiveNews: 'archive' },
  cannotPublish: 'editorCannotPublish',
};

/** The buttons under the form, and scheduling for publishers while the item is not yet public. */
export function renderActions(editor: NewsroomNewsEditor): TemplateResult {
  const { strings, viewer } = editor.ctx;
  const status = editor.item?.status ?? 'DRAFT';
  const timeZone = editor.timeZone;
  const scheduleId = 'schedule-at';
  return html`${renderStepsToolbar(editor, NEWS_STEPS)}
    ${
      canPublish(viewer, editor.federation) && (status === 'DRAFT' || status === 'SCHEDULED')
        ? html`<div class="actions schedule">
          <div class="field">
            <label for=${scheduleId}>${fill(strings.scheduleAt, timeZone)}</label>
            <input id=${scheduleId} type="datetime-local" aria-invalid=${invalid(editor.errors, 'at')}
              aria-describedby=${describedBy(editor.errors, 'at')} @input=${() => clearScheduleError(editor)} />
            ${errorText(editor.errors, 'at')}
          </div>
          <button type="button" ?disabled=${editor.busy} @click=${() => {
            const input = editor.renderRoot.querySelector<HTMLInputElement>(`#${scheduleId}`);
            if (input) void editor.schedule(input.value, input.validity.badInput);
          }}>${strings.schedule}</button>
        </div>`
        : nothing
    }`;
}
