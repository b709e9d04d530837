import { html, nothing, type TemplateResult } from 'lit';
import { fill, formatTime } from '../i18n/language.js';
import { renderActions } from './news-actions.js';
import type { NewsroomNewsEditor } from './news-editor.js';
import { newsForm } from './news-form.js';

/** The editor once the item has loaded: notices, the conflict view, the form, the preview and the history. */
export function renderEditor(editor: NewsroomNewsEditor): TemplateResult {
  const { strings, language } = editor.ctx;
  return html`${editor.item ? html`<p class="meta">${fill(strings.status, strings[editor.item.status], editor.item.revision)}</p>` : nothing}
      ${
        editor.restoredAt
          ? html`<div class="notice" role="status">${fill(strings.restoredLocal, formatTime(editor.restoredAt, language))}
            <button type="button" @click=${() => editor.discardRestored()}>${strings.discardLocal}</button></div>`
          : nothing
      }
      ${editor.notice ? html`<p class="notice bad" role="alert">${editor.notice}</p>` : nothing}
      ${
        editor.conflict
          ? html`<newsroom-conflict-view .ctx=${editor.ctx} .mine=${editor.draft} .theirs=${editor.conflict}
            @newsroom-resolve=${(event: CustomEvent<'mine' | 'theirs'>) => editor.resolveConflict(event.detail)}></newsroom-conflict-view>`
          : nothing
      }
      <div class="layout">
        <form class="card" @submit=${(event: Event) => event.preventDefault()} aria-label=${strings.editTitle}>
          ${newsForm(editor.ctx, editor.draft, editor.topics, editor.errors, {
            edit: (change) => editor.edit(change),
            upload: (file) => void editor.upload(file),
            change: (index, image) =>
              editor.edit({ images: editor.draft.images.map((each, at) => (at === index ? image : each)) }),
            remove: (index) => editor.edit({ images: editor.draft.images.filter((_each, at) => at !== index) }),
          })}
          <p class="hint">${strings.unsavedKept}</p>
          ${renderActions(editor)}
        </form>
        <aside aria-label=${strings.preview}>
          <newsroom-news-preview .ctx=${editor.ctx} .draft=${editor.draft} .item=${editor.item}
            .federation=${editor.federation}></newsroom-news-preview>
          ${
            editor.item
              ? html`<newsroom-news-history .ctx=${editor.ctx} .itemId=${editor.item.id} .revision=${editor.item.revision}
                .timeZone=${editor.item.publisher.timeZone}
                @newsroom-restore=${(event: CustomEvent<number>) => void editor.restore(event.detail)}></newsroom-news-history>`
              : nothing
          }
        </aside>
      </div>`;
}
