import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Problem } from '../api/client.js';
import {
  ARCHIVE_CONTACT,
  type ContactOwner,
  contactsQuery,
  type EditableContact,
  ownerKey,
  RESTORE_CONTACT,
} from '../api/contact-queries.js';
import type { FederationChoice } from '../api/federation-queries.js';
import { canPublish } from '../app/context.js';
import { federationsFor, startingFederation } from '../app/federations.js';
import { forgetDraft } from '../editor/draft-store.js';
import { fill } from '../i18n/language.js';
import { contactDraftKey, keptContactDraft } from './contact-drafts.js';
import type { NewsroomContactEditor } from './contact-editor.js';
import { contactList } from './contact-list.js';
import { type OwnerChoice, ownerSwitch } from './contact-owner-switch.js';
import { NewsroomView } from './view.js';

type Result = Partial<Problem> & { __typename: string; data?: EditableContact; current?: EditableContact };

/**
 * @summary Public contacts, for a federation's publishers and admins, and for platform admins a
 * municipality's too: the list, the form (new or editing), and one contact's history with restore.
 */
export class NewsroomContactsView extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    federation: { attribute: false },
    federations: { state: true },
    choice: { state: true },
    owner: { state: true },
    contacts: { state: true },
    editing: { state: true },
    historyOf: { state: true },
    notice: { state: true },
    showArchived: { state: true },
  };

  /** The federation the route names, if any. */
  declare federation: string;
  /** The federations whose contacts the user keeps; undefined until known. */
  declare private federations: FederationChoice[] | undefined;
  declare private choice: OwnerChoice | undefined;
  /** Whose contacts are shown; kept as one object, so the form starts over only when it changes. */
  declare private owner: ContactOwner | undefined;
  declare private contacts: EditableContact[] | undefined;
  declare private editing: EditableContact | undefined;
  declare private historyOf: EditableContact | undefined;
  declare private notice: string;
  declare private showArchived: boolean;

  constructor() {
    super();
    this.notice = '';
    this.showArchived = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#start();
  }

  async #start(): Promise<void> {
    const { viewer } = this.ctx;
    try {
      this.federations = await federationsFor(this.ctx, 'publish');
    } catch (error) {
      this.notice = this.describe(error);
      return;
    }
    // A platform admin with no role of their own starts with a municipality's contacts.
    const mode =
      !this.federation && viewer.roles.length === 0 && viewer.isPlatformAdmin ? 'municipality' : 'federation';
    const federation = this.federation || startingFederation(this.ctx, this.federations);
    this.#choose({ mode, federation, municipality: undefined });
  }

  #choose(choice: OwnerChoice): void {
    this.choice = choice;
    const { mode, federation, municipality } = choice;
    if (mode === 'municipality') this.owner = municipality ? { municipality: municipality.code } : undefined;
    else this.owner = federation && canPublish(this.ctx.viewer, federation) ? { federation } : undefined;
    this.contacts = undefined;
    this.editing = undefined;
    this.historyOf = undefined;
    this.notice = '';
    void this.#load();
  }

  async #load(): Promise<void> {
    const owner = this.owner;
    if (!owner) return;
    try {
      const { query, variables } = contactsQuery(owner, this.showArchived);
      const answer = await this.ctx.api<Record<string, EditableContact[]>>(query, variables);
      if (owner !== this.owner) return;
      this.contacts = Object.values(answer)[0] ?? [];
      // Changes kept in this browser are offered again: the first contact that has some opens with them.
      this.editing ??= this.contacts.find(
        (contact) =>
          contact.status === 'ACTIVE' &&
          keptContactDraft(contactDraftKey(this.ctx.viewer.id, contact.id, ownerKey(owner))),
      );
    } catch (error) {
      this.notice = this.describe(error);
    }
  }

  async #change(query: string, variables: Record<string, unknown>, done: (saved: EditableContact) => string) {
    this.notice = '';
    try {
      const { result } = await this.ctx.api<{ result: Result }>(query, variables);
      const contact = result.data ?? result.current;
      if (result.data) this.ctx.announce(done(result.data));
      else this.notice = result.current ? this.ctx.strings.contactConflict : this.describe(result);
      if (contact && this.historyOf?.id === contact.id) this.historyOf = contact;
      await this.#load();
      return result.data;
    } catch (error) {
      this.notice = this.describe(error);
      return undefined;
    }
  }

  #archive(contact: EditableContact): void {
    const done = (archived: EditableContact) => fill(this.ctx.strings.contactArchived, archived.name);
    void this.#change(ARCHIVE_CONTACT, { id: contact.id, basedOn: contact.revision }, done).then((archived) => {
      if (!archived) return;
      if (this.editing?.id === archived.id) this.editing = undefined;
      void this.#focusList();
    });
  }

  async #restore(revision: number): Promise<void> {
    const contact = this.historyOf;
    if (!contact || !this.owner) return;
    const variables = { id: contact.id, basedOn: contact.revision, revision };
    const key = contactDraftKey(this.ctx.viewer.id, contact.id, ownerKey(this.owner));
    const restored = await this.#change(RESTORE_CONTACT, variables, () => fill(this.ctx.strings.restored, revision));
    if (restored && this.editing?.id === restored.id) {
      // As in the news editor: a restore is a deliberate choice that replaces the form's content.
      forgetDraft(key);
      this.editing = restored;
    }
  }

  async #edit(contact: EditableContact): Promise<void> {
    this.editing = contact;
    await this.updateComplete;
    await this.renderRoot.querySelector<NewsroomContactEditor>('newsroom-contact-editor')?.focusName();
  }

  #saved(contact: EditableContact): void {
    this.ctx.announce(fill(this.ctx.strings.contactSaved, contact.name));
    this.editing = undefined;
    if (this.historyOf?.id === contact.id) this.historyOf = contact;
    void this.#load();
    void this.#focusList();
  }

  /** The form closed or emptied, or a row's button went away: the focus goes to the list, where the change shows. */
  async #focusList(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#contacts-list-title')?.focus();
  }

  #renderOwned(owner: ContactOwner, choice: OwnerChoice): TemplateResult {
    const { strings } = this.ctx;
    const municipality = choice.mode === 'municipality' ? choice.municipality : undefined;
    const timeZone = this.federations?.find((each) => each.slug === choice.federation)?.timeZone;
    const actions = {
      edit: (contact: EditableContact) => void this.#edit(contact),
      history: (contact: EditableContact) => {
        this.historyOf = contact;
      },
      archive: (contact: EditableContact) => this.#archive(contact),
      showArchived: (show: boolean) => {
        this.showArchived = show;
        void this.#load();
      },
    };
    return html`<newsroom-contact-editor .ctx=${this.ctx} .owner=${owner} .contact=${this.editing}
        @newsroom-contact-saved=${(event: CustomEvent<EditableContact>) => this.#saved(event.detail)}
        @newsroom-contact-cancel=${() => {
          this.editing = undefined;
          void this.#focusList();
        }}></newsroom-contact-editor>
      ${
        this.historyOf
          ? keyed(
              this.historyOf.id,
              html`<newsroom-contact-history .ctx=${this.ctx} .itemId=${this.historyOf.id} .current=${this.historyOf.revision}
                .heading=${fill(strings.contactHistory, this.historyOf.name)} .opened=${true} .changesEach=${true}
                .timeZone=${municipality ? undefined : timeZone}
                @newsroom-restore=${(event: CustomEvent<number>) => void this.#restore(event.detail)}></newsroom-contact-history>`,
            )
          : nothing
      }
      ${contactList(
        this.ctx,
        municipality ? fill(strings.contactsListMunicipality, municipality.name) : strings.contactsList,
        this.contacts,
        this.showArchived,
        actions,
      )}`;
  }

  #renderBody(): TemplateResult {
    const { strings } = this.ctx;
    const { federations, choice } = this;
    const notice = this.notice ? html`<p class="notice bad" role="alert">${this.notice}</p>` : nothing;
    if (!federations || !choice)
      return html`${notice}${this.notice ? nothing : html`<p role="status">${strings.loading}</p>`}`;
    const missing = choice.mode === 'municipality' ? strings.contactsPickMunicipality : strings.contactsNotYours;
    return html`${ownerSwitch(this.ctx, choice, federations, (next) => this.#choose(next))}
      ${notice}
      ${this.owner ? this.#renderOwned(this.owner, choice) : html`<p class="notice">${missing}</p>`}`;
  }

  override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.ctx.strings.contactsTitle}</h1>${this.#renderBody()}`;
  }
}
