import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  CONTACT_HISTORY,
  type ContactRevision,
  type ContactSnapshot,
  type EditableContact,
} from '../api/contact-queries.js';
import { LANGUAGE_NAMES } from '../editor/content-fields.js';
import { wordDiff, wordDiffStyles } from '../editor/word-diff.js';
import type { Strings } from '../i18n/en.js';
import { fill, formatTime } from '../i18n/language.js';
import { NewsroomView } from './view.js';

const FIELDS: Array<[keyof ContactSnapshot, keyof Strings]> = [
  ['name', 'contactName'],
  ['role_title', 'contactRole'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['language', 'contactLanguage'],
];

function shown(snapshot: ContactSnapshot, field: keyof ContactSnapshot): string {
  const value = snapshot[field] ?? '';
  return field === 'language' ? (LANGUAGE_NAMES[value] ?? value) : value;
}

/**
 * @summary A contact's revisions: who saved each and when, what it changed from the one before,
 * word by word, and restore for any but the current one (as a new revision: the history only grows).
 * @event newsroom-restore - `detail` is the revision number to restore.
 */
export class NewsroomContactHistory extends NewsroomView {
  static override styles = [...NewsroomView.styles, wordDiffStyles];
  static override properties = {
    ...NewsroomView.properties,
    contact: { attribute: false },
    timeZone: { attribute: false },
    revisions: { state: true },
    failed: { state: true },
  };

  /** The contact as it is now: the history loads again when it is saved. */
  declare contact: EditableContact;
  declare timeZone: string | undefined;
  declare private revisions: ContactRevision[] | undefined;
  declare private failed: string;

  constructor() {
    super();
    this.failed = '';
  }

  protected override focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact')) void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const answer = await this.ctx.api<{ editableContact: { revisions: ContactRevision[] } | null }>(CONTACT_HISTORY, {
        id: this.contact.id,
      });
      this.revisions = [...(answer.editableContact?.revisions ?? [])].sort((a, b) => b.revision - a.revision);
      this.failed = '';
    } catch (error) {
      this.failed = this.describe(error);
    }
  }

  /** What a revision changed from the one before it; the first one's details as they were. */
  #renderChanges(each: ContactRevision, before: ContactRevision | undefined): TemplateResult | typeof nothing {
    const { strings } = this.ctx;
    const rows = FIELDS.flatMap(([field, label]) => {
      const now = shown(each.snapshot, field);
      const then = before ? shown(before.snapshot, field) : '';
      if (now === then) return [];
      return [html`<dt>${strings[label]}</dt><dd>${before ? wordDiff(then, now, strings) : now}</dd>`];
    });
    return rows.length ? html`<dl class="changes">${rows}</dl>` : nothing;
  }

  #restore(revision: number): void {
    this.dispatchEvent(new CustomEvent('newsroom-restore', { detail: revision, bubbles: true, composed: true }));
  }

  #renderRevision(each: ContactRevision, index: number, all: ContactRevision[]): TemplateResult {
    const { strings, language } = this.ctx;
    const status = each.status === 'archived' ? strings.ARCHIVED : strings.contactActive;
    const when = formatTime(each.createdAt, language, this.timeZone);
    return html`<li>
      <span>${fill(strings.revisionBy, each.revision, status, when, each.author?.displayName ?? strings.unknownAuthor)}</span>
      <span class="meta">${each.change}</span>
      ${this.#renderChanges(each, all[index + 1])}
      ${
        each.revision === this.contact.revision
          ? nothing
          : html`<div class="actions"><button type="button" @click=${() => this.#restore(each.revision)}>
            ${fill(strings.restore, each.revision)}</button></div>`
      }
    </li>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    return html`<section class="card" aria-labelledby="contact-history-title">
      <h2 id="contact-history-title" tabindex="-1">${fill(strings.contactHistory, this.contact.name)}</h2>
      ${this.failed ? html`<p class="notice bad" role="alert">${this.failed}</p>` : nothing}
      ${
        this.revisions
          ? html`<ol class="list">${this.revisions.map((each, index, all) => this.#renderRevision(each, index, all))}</ol>`
          : html`<p role="status">${strings.loading}</p>`
      }
    </section>`;
  }
}
