import { html, nothing, type TemplateResult } from 'lit';
import type { EditableEvent, EventDraft } from '../api/event-queries.js';
import { editorNotices } from './editor-notices.js';
import { renderEventActions } from './event-actions.js';
import type { NewsroomEventEditor } from './event-editor.js';
import { eventForm } from './event-form.js';
import { renderRevisionHistory } from './revision-history.js';

/** The event editor once loaded: status, notices, the conflict view, the form with its buttons, the history. */
export function renderEventEditor(editor: NewsroomEventEditor): TemplateResult {
  const { strings } = editor.ctx;
  const item = editor.item;
  const asVersion = (value: EventDraft | EditableEvent) => ({ ...value, body: value.description });
  return html`${editorNotices(editor, asVersion)}
    <form class="card" @submit=${(event: Event) => event.preventDefault()} aria-label=${strings.eventEditTitle}>
      ${eventForm(editor.ctx, editor.draft, editor.topics, editor.errors, editor.timeZone, (change) => editor.edit(change))}
      <p class="hint">${strings.unsavedKept}</p>
      ${renderEventActions(editor)}
    </form>
    ${
      item
        ? renderRevisionHistory(editor.ctx, {
            revisions: item.revisions,
            current: item.revision,
            timeZone: item.organiser.timeZone,
            busy: editor.busy,
            restore: (revision) => void editor.restore(revision),
          })
        : nothing
    }`;
}
