import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { LOGIN } from '../api/account-queries.js';
import { graphql, type Problem } from '../api/client.js';
import type { Session } from '../api/session.js';
import type { Strings } from '../i18n/en.js';
import { problemText } from '../i18n/problem-text.js';
import { newsroomStyles } from '../styles.js';

interface LoginAnswer {
  result: Partial<Problem> & {
    __typename: string;
    data?: { token: string; expiresAt: string; user: { email: string } };
  };
}

/**
 * @summary The login form; a wrong password or a locked account is said next to the form.
 * @event newsroom-login - A session started; `detail` is the Session.
 */
export class NewsroomLoginView extends LitElement {
  static override styles = [newsroomStyles, css`.login { max-width: 26rem; margin: 3rem auto; }`];
  static override properties = {
    strings: { attribute: false },
    notice: { attribute: false },
    error: { state: true },
    busy: { state: true },
  };

  declare strings: Strings;
  /** Why the user is here: logged out, or the session ended. */
  declare notice: string;
  declare private error: string;
  declare private busy: boolean;

  constructor() {
    super();
    this.notice = '';
    this.error = '';
    this.busy = false;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const { result } = await graphql<LoginAnswer>(LOGIN, {
        email: form.get('email'),
        password: form.get('password'),
      });
      if (result.data) {
        const session: Session = {
          token: result.data.token,
          expiresAt: result.data.expiresAt,
          email: result.data.user.email,
        };
        this.dispatchEvent(new CustomEvent('newsroom-login', { detail: session, bubbles: true, composed: true }));
        return;
      }
      this.error = problemText(this.strings, result);
    } catch (error) {
      this.error = problemText(this.strings, error);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#login-error')?.focus();
  }

  override render(): TemplateResult {
    const { strings } = this;
    const describedBy = this.error ? 'login-error' : undefined;
    return html`<div class="card login">
      <h1 tabindex="-1">${strings.loginTitle}</h1>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      <form @submit=${this.#submit} novalidate>
        ${this.error ? html`<p id="login-error" class="error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
        <div class="field">
          <label for="email">${strings.email}</label>
          <input id="email" name="email" type="email" autocomplete="username" required
            aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing} />
        </div>
        <div class="field">
          <label for="password">${strings.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required
            aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing} />
        </div>
        <button class="primary" type="submit" ?disabled=${this.busy}>${strings.loginButton}</button>
      </form>
    </div>`;
  }
}
