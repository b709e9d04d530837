import { html, nothing, type TemplateResult } from 'lit';
import type { NewsStatus, Transition } from '../api/news-queries.js';
import { canPublish } from '../app/context.js';
import { fill } from '../i18n/language.js';
import type { NewsroomNewsEditor } from './news-editor.js';
import { renderStepsToolbar, type StepsOptions } from './steps-toolbar.js';
import { zonedToIso } from './time-zone.js';

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
            <input id=${scheduleId} type="datetime-local" aria-describedby=${editor.errors.at ? 'at-error' : nothing} />
            ${editor.errors.at ? html`<p class="error" id="at-error">${editor.errors.at}</p>` : nothing}
          </div>
          <button type="button" ?disabled=${editor.busy} @click=${() => {
            const input = editor.renderRoot.querySelector<HTMLInputElement>(`#${scheduleId}`);
            if (input?.value) void editor.schedule(zonedToIso(input.value, timeZone));
          }}>${strings.schedule}</button>
        </div>`
        : nothing
    }`;
}
