import { html, nothing, type TemplateResult } from 'lit';
import type { RevisionEntry } from '../api/revision-queries.js';
import type { NewsroomContext } from '../app/context.js';
import type { Strings } from '../i18n/en.js';
import { fill, formatTime } from '../i18n/language.js';
import type { ContentEditor } from './content-editor.js';
import type { SavedItem } from './content-kind.js';

export interface RevisionHistoryOptions {
  revisions: RevisionEntry[];
  /** The item's current revision: the one not offered for restore. */
  current: number;
  timeZone: string;
  busy: boolean;
  restore(revision: number): void;
}

/** Every revision with who saved it and when; any but the current one can be restored as a new revision. */
export function renderRevisionHistory(ctx: NewsroomContext, options: RevisionHistoryOptions): TemplateResult {
  const { strings, language } = ctx;
  const statusName = (status: string) => strings[status.toUpperCase() as keyof Strings] ?? status;
  return html`<section class="card" aria-labelledby="history-title">
    <h2 id="history-title">${strings.history}</h2>
    <ol class="list">${options.revisions.map(
      (each) => html`<li>
        <span>${fill(strings.revisionBy, each.revision, statusName(each.status), formatTime(each.createdAt, language, options.timeZone), each.author?.displayName ?? strings.unknownAuthor)}</span>
        <span class="meta">${each.change}</span>
        ${
          each.revision === options.current
            ? nothing
            : html`<div class="actions"><button type="button" ?disabled=${options.busy}
              @click=${() => options.restore(each.revision)}>${fill(strings.restore, each.revision)}</button></div>`
        }
      </li>`,
    )}</ol>
  </section>`;
}

/** The history of an editor's item once it is saved, restoring through the editor. */
export function renderItemHistory<Item extends SavedItem & { revisions: RevisionEntry[] }>(
  editor: ContentEditor<Item, object, string>,
): TemplateResult | typeof nothing {
  const item = editor.item;
  if (!item) return nothing;
  return renderRevisionHistory(editor.ctx, {
    revisions: item.revisions,
    current: item.revision,
    timeZone: editor.timeZone,
    busy: editor.busy,
    restore: (revision) => void editor.restore(revision),
  });
}
