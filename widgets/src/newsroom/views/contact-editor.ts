import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  type ContactDraft,
  type ContactOwner,
  CREATE_CONTACT,
  contactInput,
  draftOf,
  type EditableContact,
  ownerKey,
  UPDATE_CONTACT,
} from '../api/contact-queries.js';
import { sendChange } from '../api/mutation-outcome.js';
import { forgetDraft, keepDraft } from '../editor/draft-store.js';
import { type FieldErrors, focusFirstInvalid } from '../editor/field-errors.js';
import { fill, formatTime } from '../i18n/language.js';
import { contactDraftKey, keptContactDraft } from './contact-drafts.js';
import { asVersion, contactFields, draftFromForm, EMPTY } from './contact-form.js';
import { NewsroomView } from './view.js';

/**
 * @summary Creates or edits one contact. Unsaved changes are kept in this browser on every edit and
 * offered again on return; a stale save shows both versions and loses neither.
 * @event newsroom-contact-saved - `detail` is the saved contact.
 * @event newsroom-contact-cancel - The user stopped editing.
 */
export class NewsroomContactEditor extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    owner: { attribute: false },
    contact: { attribute: false },
    draft: { state: true },
    errors: { state: true },
    conflict: { state: true },
    restoredAt: { state: true },
    notice: { state: true },
    busy: { state: true },
  };

  declare owner: ContactOwner;
  /** The contact being edited; undefined for a new one. */
  declare contact: EditableContact | undefined;
  declare private draft: ContactDraft;
  declare private errors: FieldErrors;
  /** Their version, when a save found that someone else saved in between. */
  declare private conflict: EditableContact | undefined;
  declare private restoredAt: string;
  declare private notice: string;
  declare private busy: boolean;
  /** The revision the changes started from; null for a new contact. */
  #basedOn: number | null = null;
  /** Counts each time the form's content is replaced from outside, so its fields are drawn anew. */
  #generation = 0;

  get #key(): string {
    return contactDraftKey(this.ctx.viewer.id, this.contact?.id ?? '', ownerKey(this.owner));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact') || changed.has('owner')) this.#start();
  }

  /** Starts from the saved contact (or an empty form), or from the changes kept here, if any. */
  #start(): void {
    this.#showSaved();
    this.errors = {};
    this.conflict = undefined;
    this.notice = '';
    this.restoredAt = '';
    const kept = keptContactDraft(this.#key);
    if (kept && JSON.stringify(kept.draft) !== JSON.stringify(this.draft)) {
      this.#show(kept.draft, kept.basedOn);
      this.restoredAt = kept.keptAt;
    }
  }

  #show(draft: ContactDraft, basedOn: number | null): void {
    this.draft = draft;
    this.#basedOn = basedOn;
    this.#generation += 1;
  }

  #showSaved(): void {
    this.#show(this.contact ? draftOf(this.contact) : EMPTY, this.contact?.revision ?? null);
  }

  #edit(event: Event): void {
    this.draft = draftFromForm(event.currentTarget as HTMLFormElement);
    const field = (event.target as HTMLInputElement).name;
    if (this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
    keepDraft(this.#key, this.draft, this.#basedOn);
  }

  #discard(): void {
    forgetDraft(this.#key);
    this.restoredAt = '';
    this.#showSaved();
  }

  #cancel(): void {
    forgetDraft(this.#key);
    this.dispatchEvent(new CustomEvent('newsroom-contact-cancel', { bubbles: true, composed: true }));
  }

  /** The user chose in the conflict view: their own version (saved over theirs, which stays in the history) or theirs. */
  #resolve(choice: 'mine' | 'theirs'): void {
    const theirs = this.conflict;
    if (!theirs) return;
    this.conflict = undefined;
    if (choice === 'mine') {
      this.#basedOn = theirs.revision;
      void this.#save();
      return;
    }
    forgetDraft(this.#key);
    this.restoredAt = '';
    this.#show(draftOf(theirs), theirs.revision);
  }

  async #save(): Promise<void> {
    const input = contactInput(this.draft);
    const [query, variables] = this.contact
      ? [UPDATE_CONTACT, { id: this.contact.id, basedOn: this.#basedOn ?? this.contact.revision, input }]
      : [CREATE_CONTACT, { ...this.owner, input }];
    this.busy = true;
    this.notice = '';
    const outcome = await sendChange<EditableContact>(this.ctx, query, variables);
    this.busy = false;
    switch (outcome.kind) {
      case 'saved':
        forgetDraft(this.#key);
        this.restoredAt = '';
        this.errors = {};
        this.dispatchEvent(
          new CustomEvent('newsroom-contact-saved', { detail: outcome.data, bubbles: true, composed: true }),
        );
        // A new contact's form empties for the next one; an edited one's closes as the view stops editing.
        if (!this.contact) this.#start();
        break;
      case 'conflict':
        this.conflict = outcome.current;
        break;
      case 'field':
        this.errors = { [outcome.field]: this.describe(outcome.problem) };
        await focusFirstInvalid(this);
        break;
      case 'message':
        this.notice = this.describe(outcome.problem);
        break;
      case 'failed':
        this.notice = this.describe(outcome.error);
    }
  }

  /** Moves the focus to the first field, when the user chose to edit. */
  async focusName(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#contact-name')?.focus();
  }

  #renderConflict(theirs: EditableContact): TemplateResult {
    return html`<newsroom-conflict-view .ctx=${this.ctx} .mine=${asVersion(this.draft)}
      .theirs=${{ ...asVersion(draftOf(theirs)), revision: theirs.revision }}
      @newsroom-resolve=${(event: CustomEvent<'mine' | 'theirs'>) => this.#resolve(event.detail)}></newsroom-conflict-view>`;
  }

  override render(): TemplateResult {
    const { strings, language } = this.ctx;
    const contact = this.contact;
    return html`<section class="card" aria-labelledby="contact-form-title">
      <h2 id="contact-form-title">${contact ? fill(strings.editContact, contact.name) : strings.newContact}</h2>
      ${
        this.restoredAt
          ? html`<div class="notice" role="status">${fill(strings.restoredLocal, formatTime(this.restoredAt, language))}
            <button type="button" @click=${() => this.#discard()}>${strings.discardLocal}</button></div>`
          : nothing
      }
      ${this.notice ? html`<p class="notice bad" role="alert">${this.notice}</p>` : nothing}
      ${this.conflict ? this.#renderConflict(this.conflict) : nothing}
      ${keyed(
        `${contact?.id ?? 'new'}-${this.#generation}`,
        html`<form novalidate @input=${this.#edit} @submit=${(event: Event) => {
          event.preventDefault();
          void this.#save();
        }}>${contactFields(this.ctx, this.draft, this.errors)}
          <div class="actions"><button class="primary" type="submit" ?disabled=${this.busy}>${strings.saveContact}</button>
          ${contact ? html`<button type="button" @click=${() => this.#cancel()}>${strings.cancelEdit}</button>` : nothing}</div>
        </form>`,
      )}
    </section>`;
  }
}
