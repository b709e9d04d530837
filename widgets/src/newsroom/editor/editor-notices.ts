import { html, nothing, type TemplateResult } from 'lit';
import { fill, formatTime } from '../i18n/language.js';
import type { ConflictVersion } from './conflict-view.js';
import type { ContentEditor } from './content-editor.js';
import type { SavedItem } from './content-kind.js';

type AnyEditor<Item extends SavedItem, Draft extends object> = ContentEditor<Item, Draft, string>;

/**
 * What stands above every editor's form: the status, restored kept changes with a way to discard
 * them, a failure, and the conflict view with both versions (`version` says what each shows).
 */
export function editorNotices<Item extends SavedItem & { status: string }, Draft extends object>(
  editor: AnyEditor<Item, Draft>,
  version: (value: Item | Draft) => ConflictVersion,
): TemplateResult {
  const { strings, language } = editor.ctx;
  const status = editor.item?.status as keyof typeof strings | undefined;
  return html`${editor.item && status ? html`<p class="meta" id="editor-status" tabindex="-1">${fill(strings.status, strings[status], editor.item.revision)}</p>` : nothing}
    ${
      editor.restoredAt
        ? html`<div class="notice" role="status">${fill(strings.restoredLocal, formatTime(editor.restoredAt, language))}
          <button type="button" @click=${() => editor.discardRestored()}>${strings.discardLocal}</button></div>`
        : nothing
    }
    ${editor.notice ? html`<p class="notice bad" role="alert">${editor.notice}</p>` : nothing}
    ${
      editor.conflict
        ? html`<newsroom-conflict-view .ctx=${editor.ctx} .mine=${version(editor.draft)}
          .theirs=${{ ...version(editor.conflict), revision: editor.conflict.revision }}
          @newsroom-resolve=${(event: CustomEvent<'mine' | 'theirs'>) => editor.resolveConflict(event.detail)}></newsroom-conflict-view>`
        : nothing
    }`;
}
