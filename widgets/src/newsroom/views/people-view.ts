import { html, nothing, type TemplateResult } from 'lit';
import { ApiError, type Problem, unwrap } from '../api/client.js';
import { INVITE, type Invitation, PENDING, REVOKE_INVITATION, SET_ROLE } from '../api/people-queries.js';
import { isAdminOf } from '../app/context.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';
import { fill, formatTime } from '../i18n/language.js';
import { federationChooser } from './federation-chooser.js';
import { FederationView } from './federation-view.js';

type Result<T> = { __typename: string; data?: T } & Partial<Problem>;
const ROLES = ['EDITOR', 'PUBLISHER', 'ADMIN'] as const;

/** @summary A federation admin's page: invite by e-mail with a role (a link to copy), open invitations, set roles. */
export class NewsroomPeopleView extends FederationView {
  static override properties = {
    ...FederationView.properties,
    pending: { state: true },
    link: { state: true },
    errors: { state: true },
  };

  declare private pending: Invitation[];
  declare private link: { url: string; email: string; expiresAt: string } | undefined;
  declare private errors: FieldErrors;

  constructor() {
    super('admin');
    this.pending = [];
    this.errors = {};
  }

  /** Loads the federation's open invitations. */
  protected override async loadFederation(latest: () => boolean): Promise<void> {
    if (!this.federation || !isAdminOf(this.ctx.viewer, this.federation)) return;
    const answer = await this.ctx
      .api<{ pendingInvitations: Invitation[] }>(PENDING, { federation: this.federation })
      .catch(() => null);
    if (latest()) this.pending = answer?.pendingInvitations ?? [];
  }

  #fail(error: unknown, fallback: string, prefix: string): void {
    const field = error instanceof ApiError && error.field ? error.field : fallback;
    this.errors = { [`${prefix}${field}`]: this.describe(error) };
  }

  async #invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    try {
      const { result } = await this.ctx.api<{ result: Result<{ link: string; invitation: Invitation }> }>(INVITE, {
        federation: this.federation,
        email: data.get('email'),
        role: data.get('role'),
      });
      const created = unwrap(result);
      form.reset();
      this.errors = {};
      this.link = { url: created.link, email: created.invitation.email, expiresAt: created.invitation.expiresAt };
      await this.reload();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#invitation-link')?.focus();
    } catch (error) {
      this.#fail(error, 'email', 'invite-');
    }
  }

  async #copy(): Promise<void> {
    if (!this.link) return;
    await navigator.clipboard?.writeText(this.link.url).catch(() => undefined);
    this.ctx.announce(this.ctx.strings.copied);
  }

  async #setRole(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '');
    try {
      const role = data.get('role') || null;
      const { result } = await this.ctx.api<{ result: Result<{ email: string }> }>(SET_ROLE, {
        federation: this.federation,
        email,
        role,
      });
      unwrap(result);
      form.reset();
      this.errors = {};
      this.ctx.announce(fill(this.ctx.strings.roleSet, email));
    } catch (error) {
      this.#fail(error, 'email', 'role-');
    }
  }

  async #revoke(invitation: Invitation, index: number): Promise<void> {
    try {
      const { result } = await this.ctx.api<{ result: Result<{ id: string }> }>(REVOKE_INVITATION, {
        id: invitation.id,
      });
      unwrap(result);
      this.errors = {};
      this.ctx.announce(fill(this.ctx.strings.invitationRevoked, invitation.email));
    } catch (error) {
      this.errors = { revoke: this.describe(error) };
    }
    await this.reload();
    await this.updateComplete;
    // The row is gone: the focus goes to the next one's button (the last one's), or to the heading of the list.
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('button[data-revoke]');
    (
      buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#pending-title')
    )?.focus();
  }

  #roleSelect(id: string, withNone: boolean): TemplateResult {
    const { strings } = this.ctx;
    return html`<div class="field"><label for=${id}>${strings.role}</label>
      <select id=${id} name="role">
        ${ROLES.map((role) => html`<option value=${role}>${strings[role]}</option>`)}
        ${withNone ? html`<option value="">${strings.none}</option>` : nothing}
      </select></div>`;
  }

  #emailField(id: string, field: string): TemplateResult {
    const { strings } = this.ctx;
    return html`<div class="field"><label for=${id}>${strings.email}</label>
      <input id=${id} name="email" type="email" autocomplete="off" required
        aria-invalid=${invalid(this.errors, field)} aria-describedby=${describedBy(this.errors, field)} />
      ${errorText(this.errors, field)}</div>`;
  }

  override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.ctx.strings.peopleTitle}</h1>${this.#renderBody()}`;
  }

  #renderBody(): TemplateResult {
    const { strings, language } = this.ctx;
    const { federations } = this;
    if (!federations) {
      return this.notice
        ? html`<p class="notice bad" role="alert">${this.notice}</p>`
        : html`<p role="status">${strings.loading}</p>`;
    }
    const choose = (slug: string) => this.chooseFederation(slug);
    return html`${federationChooser(this.ctx, { id: 'people-federation', federations, current: this.federation, choose })}
      ${
        federations.length === 0
          ? html`<p class="notice">${strings.noFederations}</p>`
          : html`
      <section class="card" aria-labelledby="invite-title">
        <h2 id="invite-title">${strings.inviteTitle}</h2>
        <form @submit=${this.#invite} novalidate>${this.#emailField('invite-email', 'invite-email')}${this.#roleSelect('invite-role', false)}
          <button class="primary" type="submit">${strings.invite}</button></form>
        ${
          this.link
            ? html`<div class="notice"><label for="invitation-link">${fill(strings.inviteLink, this.link.email, formatTime(this.link.expiresAt, language))}</label>
              <input id="invitation-link" readonly .value=${this.link.url} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
              <button type="button" @click=${() => void this.#copy()}>${strings.copyLink}</button></div>`
            : nothing
        }
        <h3 id="pending-title" tabindex="-1">${strings.pendingInvitations}</h3>
        ${this.errors.revoke ? html`<p class="notice bad" role="alert">${this.errors.revoke}</p>` : nothing}
        ${
          this.pending.length
            ? html`<ul class="list">${this.pending.map(
                (each, index) => html`<li>${each.email} <span class="badge">${strings[each.role]}</span>
              <span class="meta">${fill(strings.expires, formatTime(each.expiresAt, language))}</span>
              <button type="button" class="danger" data-revoke @click=${() => void this.#revoke(each, index)}>${strings.revoke}<span class="visually-hidden"> ${each.email}</span></button></li>`,
              )}</ul>`
            : html`<p class="hint">${strings.nothingHere}</p>`
        }
      </section>
      <section class="card" aria-labelledby="roles-title">
        <h2 id="roles-title">${strings.setRole}</h2>
        <form @submit=${this.#setRole} novalidate>${this.#emailField('role-email', 'role-email')}${this.#roleSelect('role-role', true)}
          <button class="primary" type="submit">${strings.setRole}</button></form>
      </section>`
      }`;
  }
}
