import { html, nothing, type TemplateResult } from 'lit';
import type { EditableContact } from '../api/contact-queries.js';
import type { NewsroomContext } from '../app/context.js';

export interface ContactActions {
  edit(contact: EditableContact): void;
  history(contact: EditableContact): void;
  archive(contact: EditableContact): void;
  showArchived(show: boolean): void;
}

/** One contact: name, role, address and number, and its buttons (each labelled with the name). */
function contactRow(contact: EditableContact, ctx: NewsroomContext, actions: ContactActions): TemplateResult {
  const { strings } = ctx;
  const named = (label: string) => html`${label}<span class="visually-hidden"> ${contact.name}</span>`;
  const active = contact.status === 'ACTIVE';
  return html`<li><strong>${contact.name}</strong>, ${contact.title}
    ${active ? nothing : html`<span class="badge">${strings.ARCHIVED}</span>`}
    <div class="meta">${[contact.email, contact.phone].filter(Boolean).join(' · ')}</div>
    <div class="actions">
      ${active ? html`<button type="button" @click=${() => actions.edit(contact)}>${named(strings.edit)}</button>` : nothing}
      <button type="button" @click=${() => actions.history(contact)}>${named(strings.contactHistoryButton)}</button>
      ${
        active
          ? html`<button type="button" class="danger" @click=${() => actions.archive(contact)}>${named(strings.archive)}</button>`
          : nothing
      }
    </div></li>`;
}

/** The owner's contacts by name, ended roles too when asked. */
export function contactList(
  ctx: NewsroomContext,
  title: string,
  contacts: EditableContact[] | undefined,
  showArchived: boolean,
  actions: ContactActions,
): TemplateResult {
  const { strings } = ctx;
  return html`<section class="card" aria-labelledby="contacts-list-title">
    <h2 id="contacts-list-title" tabindex="-1">${title}</h2>
    <label class="check"><input type="checkbox" .checked=${showArchived}
      @change=${(event: Event) => actions.showArchived((event.target as HTMLInputElement).checked)} /> ${strings.showArchived}</label>
    ${
      !contacts
        ? html`<p role="status">${strings.loading}</p>`
        : contacts.length
          ? html`<ul class="list">${contacts.map((contact) => contactRow(contact, ctx, actions))}</ul>`
          : html`<p class="hint">${strings.nothingHere}</p>`
    }
  </section>`;
}
