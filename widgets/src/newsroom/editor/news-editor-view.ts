import { html, nothing, type TemplateResult } from 'lit';
import { renderEditorForm } from './editor-form.js';
import { editorNotices } from './editor-notices.js';
import { renderActions } from './news-actions.js';
import type { NewsroomNewsEditor } from './news-editor.js';
import { newsForm } from './news-form.js';

/** The editor once the item has loaded: notices, the conflict view, the form, the preview and the history. */
export function renderEditor(editor: NewsroomNewsEditor): TemplateResult {
  const { strings } = editor.ctx;
  const fields = newsForm(editor.ctx, editor.draft, editor.topics, editor.errors, {
    edit: (change) => editor.edit(change),
    upload: (file) => void editor.upload(file),
    change: (index, image) =>
      editor.edit({ images: editor.draft.images.map((each, at) => (at === index ? image : each)) }),
    remove: (index) => editor.edit({ images: editor.draft.images.filter((_each, at) => at !== index) }),
  });
  return html`${editorNotices(editor, (version) => version)}
      <div class="layout">
        ${renderEditorForm(strings, strings.editTitle, fields, renderActions(editor))}
        <aside aria-label=${strings.preview}>
          <newsroom-news-preview .ctx=${editor.ctx} .draft=${editor.draft} .item=${editor.item}
            .federation=${editor.chosenFederation}></newsroom-news-preview>
          ${
            editor.item
              ? html`<newsroom-news-history .ctx=${editor.ctx} .itemId=${editor.item.id} .current=${editor.item.revision}
                .timeZone=${editor.item.publisher.timeZone} .busy=${editor.busy}
                @newsroom-restore=${(event: CustomEvent<number>) => void editor.restore(event.detail)}></newsroom-news-history>`
              : nothing
          }
        </aside>
      </div>`;
}
