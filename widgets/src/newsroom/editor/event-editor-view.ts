import { html, nothing, type TemplateResult } from 'lit';
import { describedVersion } from './conflict-view.js';
import { renderEditorForm } from './editor-form.js';
import { editorNotices } from './editor-notices.js';
import { EVENT_STEPS } from './event-actions.js';
import type { NewsroomEventEditor } from './event-editor.js';
import { eventForm } from './event-form.js';
import { renderStepsToolbar } from './steps-toolbar.js';

/** The event editor once loaded: status, notices, the conflict view, the form with its buttons, the history. */
export function renderEventEditor(editor: NewsroomEventEditor): TemplateResult {
  const { ctx } = editor;
  const fields = eventForm(ctx, editor.draft, editor.topics, editor.errors, editor.timeZone, (change) =>
    editor.edit(change),
  );
  return html`${editorNotices(editor, describedVersion)}
    ${renderEditorForm(ctx.strings, ctx.strings.eventEditTitle, fields, renderStepsToolbar(editor, EVENT_STEPS))}
    ${
      editor.item
        ? html`<newsroom-event-history .ctx=${ctx} .itemId=${editor.item.id} .current=${editor.item.revision}
            .timeZone=${editor.timeZone} .busy=${editor.busy}
            @newsroom-restore=${(event: CustomEvent<number>) => void editor.restore(event.detail)}></newsroom-event-history>`
        : nothing
    }`;
}
