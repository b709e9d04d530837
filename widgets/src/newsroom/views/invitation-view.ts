import { html, LitElement, type TemplateResult } from 'lit';
import { graphql, type Problem } from '../api/client.js';
import { ACCEPT } from '../api/people-queries.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';
import type { Strings } from '../i18n/en.js';
import { problemText } from '../i18n/problem-text.js';
import { newsroomStyles } from '../styles.js';

type AcceptResult = { __typename: string; data?: { accountCreated: boolean } } & Partial<Problem>;

/** @summary The invitation link's page: name and password make the account, and the role is granted. */
export class NewsroomInvitationView extends LitElement {
  static override styles = [newsroomStyles];
  static override properties = {
    strings: { attribute: false },
    token: { attribute: false },
    errors: { state: true },
    accepted: { state: true },
  };

  declare strings: Strings;
  declare token: string;
  declare private errors: FieldErrors;
  declare private accepted: boolean;

  constructor() {
    super();
    this.errors = {};
    this.accepted = false;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  async #accept(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    try {
      const { result } = await graphql<{ result: AcceptResult }>(ACCEPT, {
        token: this.token,
        name: data.get('name'),
        password: data.get('password'),
      });
      if (result.data) {
        this.accepted = true;
        // The token has done its work; it should not stay in the address bar or the history.
        history.replaceState(null, '', location.pathname.replace(/\/invitation\/?$/, '/'));
        return;
      }
      this.errors = { [result.field ?? 'form']: problemText(this.strings, result) };
    } catch (error) {
      this.errors = { form: problemText(this.strings, error) };
    }
  }

  override render(): TemplateResult {
    const { strings, errors } = this;
    if (!this.token)
      return html`<h1 tabindex="-1">${strings.acceptTitle}</h1><p class="notice bad">${strings.invitationMissing}</p>`;
    if (this.accepted) {
      return html`<h1 tabindex="-1">${strings.acceptTitle}</h1>
        <p class="notice" role="status">${strings.accepted}</p><p><a href="./">${strings.loginTitle}</a></p>`;
    }
    return html`<div class="card">
      <h1 tabindex="-1">${strings.acceptTitle}</h1>
      <p>${strings.acceptIntro}</p>
      ${errorText(errors, 'form')}
      <form @submit=${this.#accept} novalidate>
        <div class="field"><label for="name">${strings.yourName}</label>
          <input id="name" name="name" autocomplete="name" aria-invalid=${invalid(errors, 'name')} aria-describedby=${describedBy(errors, 'name')} />
          ${errorText(errors, 'name')}</div>
        <div class="field"><label for="password">${strings.password}</label>
          <input id="password" name="password" type="password" autocomplete="new-password"
            aria-invalid=${invalid(errors, 'password')} aria-describedby=${describedBy(errors, 'password')} />
          ${errorText(errors, 'password')}</div>
        <button class="primary" type="submit">${strings.acceptButton}</button>
      </form>
    </div>`;
  }
}
