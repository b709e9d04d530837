import { diffWords } from 'diff';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { NEWS_HISTORY, type NewsRevision } from '../api/news-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { NewsroomView } from '../views/view.js';
import { versionText } from './plain-text.js';

/**
 * @summary Every revision with who saved it and when; the word-level difference between one and
 * the current one; restore (as a new revision, so the history only grows).
 * @event newsroom-restore - `detail` is the revision number to restore.
 */
export class NewsroomNewsHistory extends NewsroomView {
  static override styles = [
    ...NewsroomView.styles,
    css`
      .diff { white-space: pre-wrap; border: 1px solid var(--nr-line); border-radius: 0.25rem; padding: 0.75rem; }
      ins { background: #d7f5dd; text-decoration: underline; }
      del { background: #fbe0e0; text-decoration: line-through; }
    `,
  ];
  static override properties = {
    ...NewsroomView.properties,
    itemId: { attribute: false },
    revision: { attribute: false },
    timeZone: { attribute: false },
    revisions: { state: true },
    compared: { state: true },
  };

  declare itemId: string;
  declare revision: number;
  declare timeZone: string;
  declare private revisions: NewsRevision[];
  declare private compared: number | undefined;

  constructor() {
    super();
    this.revisions = [];
  }

  protected override focusHeading(): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('revision') || changed.has('itemId')) void this.#load();
  }

  async #load(): Promise<void> {
    const answer = await this.ctx
      .api<{ editableNewsItem: { revisions: NewsRevision[] } | null }>(NEWS_HISTORY, { id: this.itemId })
      .catch(() => null);
    this.revisions = [...(answer?.editableNewsItem?.revisions ?? [])].sort((a, b) => b.revision - a.revision);
  }

  #renderDiff(): TemplateResult | typeof nothing {
    const { strings } = this.ctx;
    const older = this.revisions.find((each) => each.revision === this.compared);
    const current = this.revisions.find((each) => each.revision === this.revision) ?? this.revisions[0];
    if (!older || !current) return nothing;
    const parts = diffWords(versionText(older), versionText(current));
    return html`<h3 id="diff-title" tabindex="-1">${fill(strings.differences, older.revision, current.revision)}</h3>
      <div class="diff" aria-labelledby="diff-title">
        ${parts.map((part) =>
          part.added
            ? html`<ins><span class="visually-hidden">[${strings.addedText}: </span>${part.value}<span class="visually-hidden">]</span></ins>`
            : part.removed
              ? html`<del><span class="visually-hidden">[${strings.removedText}: </span>${part.value}<span class="visually-hidden">]</span></del>`
              : part.value,
        )}
      </div>`;
  }

  async #compare(revision: number): Promise<void> {
    this.compared = revision;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#diff-title')?.focus();
  }

  override render(): TemplateResult {
    const { strings, language } = this.ctx;
    return html`<section class="card" aria-labelledby="history-title">
      <h2 id="history-title">${strings.history}</h2>
      <ol class="list">
        ${this.revisions.map(
          (each) => html`<li>
            <span>${fill(strings.revisionBy, each.revision, strings[each.status], formatTime(each.createdAt, language, this.timeZone), each.author?.displayName ?? strings.unknownAuthor)}</span>
            <span class="meta">${each.change}</span>
            ${
              each.revision === this.revision
                ? nothing
                : html`<div class="actions">
                  <button type="button" @click=${() => void this.#compare(each.revision)}>${fill(strings.compare, each.revision)}</button>
                  <button type="button" @click=${() =>
                    this.dispatchEvent(
                      new CustomEvent('newsroom-restore', { detail: each.revision, bubbles: true, composed: true }),
                    )}>
                    ${fill(strings.restore, each.revision)}</button>
                </div>`
            }
          </li>`,
        )}
      </ol>
      ${this.#renderDiff()}
    </section>`;
  }
}
