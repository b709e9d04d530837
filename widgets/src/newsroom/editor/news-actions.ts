import { html, nothing, type TemplateResult } from 'lit';
import { canPublish } from '../app/context.js';
import { fill } from '../i18n/language.js';
import type { NewsroomNewsEditor } from './news-editor.js';
import { zonedToIso } from './time-zone.js';

/**
 * The buttons under the form. Publishing steps only for publishers and admins of the federation:
 * an editor sees none (the hub refuses them anyway).
 */
export function renderActions(editor: NewsroomNewsEditor): TemplateResult {
  const { strings, viewer } = editor.ctx;
  const status = editor.item?.status ?? 'DRAFT';
  const publisher = canPublish(viewer, editor.federation);
  const timeZone =
    editor.item?.publisher.timeZone ??
    viewer.roles.find((grant) => grant.federation.slug === editor.federation)?.federation.timeZone ??
    'Europe/Stockholm';
  const scheduleId = 'schedule-at';
  return html`<div class="actions">
      <button type="button" class="primary" ?disabled=${editor.busy} @click=${() => void editor.save()}>
        ${status === 'DRAFT' ? strings.saveDraft : strings.saveChanges}</button>
      ${
        publisher && (status === 'DRAFT' || status === 'SCHEDULED')
          ? html`<button type="button" ?disabled=${editor.busy}
            @click=${() => void editor.step('publishNews', strings.published)}>${strings.publish}</button>`
          : nothing
      }
      ${
        publisher && status !== 'DRAFT'
          ? html`<button type="button" ?disabled=${editor.busy}
            @click=${() => void editor.step('unpublishNews', strings.unpublished)}>${strings.unpublish}</button>`
          : nothing
      }
      ${
        publisher && status !== 'ARCHIVED' && editor.item
          ? html`<button type="button" class="danger" ?disabled=${editor.busy}
            @click=${() => void editor.step('archiveNews', strings.archived)}>${strings.archive}</button>`
          : nothing
      }
    </div>
    ${
      publisher && (status === 'DRAFT' || status === 'SCHEDULED')
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
    }
    ${publisher ? nothing : html`<p class="hint">${strings.editorCannotPublish}</p>`}`;
}
