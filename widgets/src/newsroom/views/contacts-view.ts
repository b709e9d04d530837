import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ApiError, type Problem } from '../api/client.js';
import {
  ARCHIVE_CONTACT,
  CONTACTS,
  type ContactDraft,
  CREATE_CONTACT,
  contactInput,
  type EditableContact,
  UPDATE_CONTACT,
} from '../api/contact-queries.js';
import { canPublish } from '../app/context.js';
import type { FieldErrors } from '../editor/field-errors.js';
import { fill } from '../i18n/language.js';
import { contactFields, draftFromForm } from './contact-form.js';
import { NewsroomView } from './view.js';

type Result = Partial<Problem> & { __typename: string; data?: EditableContact; current?: EditableContact };
const EMPTY: ContactDraft = { name: '', title: '', email: '', phone: '', language: 'sv' };

/** @summary A federation's public contacts for its publishers and admins: list, create, edit, archive. */
export class NewsroomContactsView extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    federation: { attribute: false },
    contacts: { state: true },
    editing: { state: true },
    errors: { state: true },
    notice: { state: true },
    showArchived: { state: true },
  };

  declare federation: string;
  declare private contacts: EditableContact[] | undefined;
  declare private editing: EditableContact | undefined;
  declare private errors: FieldErrors;
  declare private notice: string;
  declare private showArchived: boolean;

  constructor() {
    super();
    this.errors = {};
    this.notice = '';
    this.showArchived = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.federation) this.federation = this.#federations()[0]?.federation.slug ?? '';
    void this.#load();
  }

  #federations() {
    return this.ctx.viewer.roles.filter((grant) => canPublish(this.ctx.viewer, grant.federation.slug));
  }

  async #load(): Promise<void> {
    if (!this.federation || !canPublish(this.ctx.viewer, this.federation)) return;
    try {
      const answer = await this.ctx.api<{ editableContacts: EditableContact[] }>(CONTACTS, {
        federation: this.federation,
        includeArchived: this.showArchived,
      });
      this.contacts = answer.editableContacts;
    } catch (error) {
      this.notice = this.describe(error);
    }
  }

  async #send(query: string, variables: Record<string, unknown>, done: (contact: EditableContact) => string) {
    this.notice = '';
    try {
      const { result } = await this.ctx.api<{ result: Result }>(query, variables);
      if (result.data) {
        this.errors = {};
        this.editing = undefined;
        this.ctx.announce(done(result.data));
        await this.#load();
        return;
      }
      if (result.current) {
        // Someone saved in between: show theirs in the form, say so, and let the user save again.
        this.editing = result.current;
        this.notice = this.ctx.strings.contactConflict;
      } else if (result.field) {
        const problem = new ApiError(result.message ?? '', result.code ?? result.__typename);
        this.errors = { [result.field.replace(/^input\./, '')]: this.describe(problem) };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      } else {
        this.notice = result.message ?? result.__typename;
      }
    } catch (error) {
      this.notice = this.describe(error);
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = contactInput(draftFromForm(event.target as HTMLFormElement));
    const { strings } = this.ctx;
    const saved = (contact: EditableContact) => fill(strings.contactSaved, contact.name);
    if (this.editing) {
      await this.#send(UPDATE_CONTACT, { id: this.editing.id, basedOn: this.editing.revision, input }, saved);
    } else {
      await this.#send(CREATE_CONTACT, { federation: this.federation, input }, saved);
    }
  }

  async #edit(contact: EditableContact): Promise<void> {
    this.editing = contact;
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#contact-name')?.focus();
  }

  #archive(contact: EditableContact): void {
    const done = (archived: EditableContact) => fill(this.ctx.strings.contactArchived, archived.name);
    void this.#send(ARCHIVE_CONTACT, { id: contact.id, basedOn: contact.revision }, done);
  }

  #renderContact(contact: EditableContact): TemplateResult {
    const { strings } = this.ctx;
    const named = (label: string) => html`${label}<span class="visually-hidden"> ${contact.name}</span>`;
    return html`<li><strong>${contact.name}</strong>, ${contact.title}
      ${contact.status === 'ARCHIVED' ? html`<span class="badge">${strings.ARCHIVED}</span>` : nothing}
      <div class="meta">${[contact.email, contact.phone].filter(Boolean).join(' · ')}</div>
      ${
        contact.status === 'ACTIVE'
          ? html`<div class="actions">
            <button type="button" @click=${() => void this.#edit(contact)}>${named(strings.edit)}</button>
            <button type="button" class="danger" @click=${() => this.#archive(contact)}>${named(strings.archive)}</button>
          </div>`
          : nothing
      }</li>`;
  }

  #renderForm(): TemplateResult {
    const { strings } = this.ctx;
    const editing = this.editing;
    const draft = editing ? { ...editing, email: editing.email ?? '', phone: editing.phone ?? '' } : EMPTY;
    const title = editing ? fill(strings.editContact, editing.name) : strings.newContact;
    return html`<section class="card" aria-labelledby="contact-form-title">
      <h2 id="contact-form-title">${title}</h2>
      ${keyed(
        `${editing?.id ?? 'new'}-${editing?.revision ?? 0}`,
        html`<form @submit=${this.#save} novalidate>${contactFields(this.ctx, draft, this.errors)}
          <div class="actions"><button class="primary" type="submit">${strings.saveContact}</button>
          ${editing ? html`<button type="button" @click=${() => (this.editing = undefined)}>${strings.cancelEdit}</button>` : nothing}</div>
        </form>`,
      )}
    </section>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const federations = this.#federations();
    return html`<h1 tabindex="-1">${strings.contactsTitle}</h1>
      ${
        federations.length > 1
          ? html`<div class="field"><label for="contacts-federation">${strings.federation}</label>
            <select id="contacts-federation" @change=${(event: Event) => {
              this.federation = (event.target as HTMLSelectElement).value;
              this.editing = undefined;
              void this.#load();
            }}>${federations.map(({ federation }) => html`<option value=${federation.slug} ?selected=${federation.slug === this.federation}>${federation.name}</option>`)}</select></div>`
          : nothing
      }
      ${this.notice ? html`<p class="notice bad" role="alert">${this.notice}</p>` : nothing}
      ${
        federations.length === 0
          ? html`<p class="notice">${strings.contactsNotYours}</p>`
          : html`${this.#renderForm()}
        <section class="card" aria-labelledby="contacts-list-title">
          <h2 id="contacts-list-title">${strings.contactsList}</h2>
          <label class="check"><input type="checkbox" .checked=${this.showArchived} @change=${(event: Event) => {
            this.showArchived = (event.target as HTMLInputElement).checked;
            void this.#load();
          }} /> ${strings.showArchived}</label>
          ${
            !this.contacts
              ? html`<p role="status">${strings.loading}</p>`
              : this.contacts.length
                ? html`<ul class="list">${this.contacts.map((contact) => this.#renderContact(contact))}</ul>`
                : html`<p class="hint">${strings.nothingHere}</p>`
          }
        </section>`
      }`;
  }
}
