import { html, nothing, type TemplateResult } from 'lit';
import type { EditableEvent, EventDraft, EventStatus } from '../api/event-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { renderEventActions } from './event-actions.js';
import type { NewsroomEventEditor } from './event-editor.js';
import { eventForm } from './event-form.js';

/** The event editor once loaded: status, notices, the conflict view, the form with its buttons, the history. */
export function renderEventEditor(editor: NewsroomEventEditor): TemplateResult {
  const { strings } = editor.ctx;
  const asVersion = (value: EventDraft | EditableEvent) => ({ ...value, body: value.description });
  return html`${editor.item ? html`<p class="meta">${fill(strings.status, strings[editor.item.status], editor.item.revision)}</p>` : nothing}
    ${editor.notice ? html`<p class="notice bad" role="alert">${editor.notice}</p>` : nothing}
    ${
      editor.conflict
        ? html`<newsroom-conflict-view .ctx=${editor.ctx} .mine=${asVersion(editor.draft)} .theirs=${asVersion(editor.conflict)}
          @newsroom-resolve=${(event: CustomEvent<'mine' | 'theirs'>) => editor.resolveConflict(event.detail)}></newsroom-conflict-view>`
        : nothing
    }
    <form class="card" @submit=${(event: Event) => event.preventDefault()} aria-label=${strings.eventEditTitle}>
      ${eventForm(editor.ctx, editor.draft, editor.topics, editor.errors, editor.timeZone, (change) => editor.edit(change))}
      ${renderEventActions(editor)}
    </form>
    ${editor.item ? eventHistory(editor, editor.item) : nothing}`;
}

/** Every revision with who saved it and when; any but the current one can be restored as a new revision. */
function eventHistory(editor: NewsroomEventEditor, item: EditableEvent): TemplateResult {
  const { strings, language } = editor.ctx;
  return html`<section class="card" aria-labelledby="history-title">
    <h2 id="history-title">${strings.history}</h2>
    <ol class="list">${item.revisions.map(
      (each) => html`<li>
        <span>${fill(strings.revisionBy, each.revision, strings[each.status.toUpperCase() as EventStatus] ?? each.status, formatTime(each.createdAt, language, item.organiser.timeZone), each.author?.displayName ?? strings.unknownAuthor)}</span>
        <span class="meta">${each.change}</span>
        ${
          each.revision === item.revision
            ? nothing
            : html`<div class="actions"><button type="button" ?disabled=${editor.busy}
              @click=${() => void editor.restore(each.revision)}>${fill(strings.restore, each.revision)}</button></div>`
        }
      </li>`,
    )}</ol>
  </section>`;
}
