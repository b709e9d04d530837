import { html, nothing, type TemplateResult } from 'lit';
import { API_TOKENS, type ApiToken, CHANGE_PASSWORD, CREATE_TOKEN, REVOKE_TOKEN } from '../api/account-queries.js';
import { ApiError, type Problem, unwrap } from '../api/client.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';
import { fill, formatTime } from '../i18n/language.js';
import { NewsroomView } from './view.js';

type Result<T> = { __typename: string; data?: T } & Partial<Problem>;

/** @summary The account: change the password; create (shown once), list and revoke personal API tokens. */
export class NewsroomAccountView extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    tokens: { state: true },
    secret: { state: true },
    errors: { state: true },
    message: { state: true },
  };

  declare private tokens: ApiToken[];
  /** The token just created, shown this once. */
  declare private secret: string;
  declare private errors: FieldErrors;
  declare private message: string;

  constructor() {
    super();
    this.tokens = [];
    this.secret = '';
    this.errors = {};
    this.message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadTokens();
  }

  async #loadTokens(): Promise<void> {
    const answer = await this.ctx.api<{ viewer: { apiTokens: ApiToken[] } | null }>(API_TOKENS).catch(() => null);
    this.tokens = answer?.viewer?.apiTokens ?? [];
  }

  #fail(error: unknown, fallbackField: string): void {
    const field = error instanceof ApiError && error.field ? error.field : fallbackField;
    this.errors = { [field]: this.describe(error) };
  }

  async #changePassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    try {
      const { result } = await this.ctx.api<{ result: Result<{ email: string }> }>(CHANGE_PASSWORD, {
        currentPassword: data.get('currentPassword'),
        newPassword: data.get('newPassword'),
      });
      unwrap(result);
      form.reset();
      this.errors = {};
      this.ctx.announce(this.ctx.strings.passwordChanged);
      this.message = this.ctx.strings.passwordChanged;
    } catch (error) {
      this.#fail(
        error,
        error instanceof ApiError && error.code === 'INVALID_CREDENTIALS' ? 'currentPassword' : 'newPassword',
      );
    }
  }

  async #createToken(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    try {
      const { result } = await this.ctx.api<{ result: Result<{ token: string; apiToken: ApiToken }> }>(CREATE_TOKEN, {
        name: data.get('name'),
        expiresInDays: Number(data.get('days')),
      });
      const created = unwrap(result);
      form.reset();
      this.errors = {};
      this.secret = created.token;
      this.ctx.announce(fill(this.ctx.strings.tokenCreated, created.apiToken.name));
      await this.#loadTokens();
    } catch (error) {
      this.#fail(error, 'name');
    }
  }

  async #revoke(token: ApiToken): Promise<void> {
    try {
      const { result } = await this.ctx.api<{ result: Result<ApiToken> }>(REVOKE_TOKEN, { id: token.id });
      unwrap(result);
      this.ctx.announce(fill(this.ctx.strings.tokenRevoked, token.name));
      await this.#loadTokens();
    } catch (error) {
      this.message = this.describe(error);
    }
  }

  #renderToken(token: ApiToken): TemplateResult {
    const { strings, language } = this.ctx;
    const when = (iso: string) => formatTime(iso, language);
    return html`<li>
      <strong>${token.name}</strong> <span class="meta">…${token.hint}</span>
      <div class="meta">
        ${token.lastUsedAt ? fill(strings.tokenLastUsed, when(token.lastUsedAt)) : strings.never} ·
        ${token.revokedAt ? fill(strings.revokedOn, when(token.revokedAt)) : fill(strings.expires, when(token.expiresAt))}
      </div>
      ${
        token.revokedAt
          ? nothing
          : html`<button type="button" class="danger" @click=${() => void this.#revoke(token)}>${strings.revoke}<span class="visually-hidden"> ${token.name}</span></button>`
      }
    </li>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const errors = this.errors;
    return html`<h1 tabindex="-1">${strings.accountTitle}</h1>
      ${this.message ? html`<p class="notice">${this.message}</p>` : nothing}
      <section class="card" aria-labelledby="password-title">
        <h2 id="password-title">${strings.changePassword}</h2>
        <form @submit=${this.#changePassword} novalidate>
          <input type="text" name="username" autocomplete="username" .value=${this.ctx.session.email} hidden />
          <div class="field">
            <label for="currentPassword">${strings.currentPassword}</label>
            <input id="currentPassword" name="currentPassword" type="password" autocomplete="current-password"
              aria-invalid=${invalid(errors, 'currentPassword')} aria-describedby=${describedBy(errors, 'currentPassword')} />
            ${errorText(errors, 'currentPassword')}
          </div>
          <div class="field">
            <label for="newPassword">${strings.newPassword}</label>
            <input id="newPassword" name="newPassword" type="password" autocomplete="new-password"
              aria-invalid=${invalid(errors, 'newPassword')} aria-describedby=${describedBy(errors, 'newPassword')} />
            ${errorText(errors, 'newPassword')}
          </div>
          <button type="submit" class="primary">${strings.changePassword}</button>
        </form>
      </section>
      <section class="card" aria-labelledby="tokens-title">
        <h2 id="tokens-title">${strings.tokensTitle}</h2>
        <p class="hint">${strings.tokensIntro}</p>
        ${
          this.secret
            ? html`<div class="notice"><p>${strings.tokenShownOnce}</p><code class="secret" id="new-token">${this.secret}</code></div>`
            : nothing
        }
        <form @submit=${this.#createToken} novalidate>
          <div class="field">
            <label for="token-name">${strings.tokenName}</label>
            <input id="token-name" name="name" required aria-invalid=${invalid(errors, 'name')} aria-describedby=${describedBy(errors, 'name')} />
            ${errorText(errors, 'name')}
          </div>
          <div class="field">
            <label for="token-days">${strings.tokenDays}</label>
            <input id="token-days" name="days" type="number" min="1" max="365" value="90"
              aria-invalid=${invalid(errors, 'expiresInDays')} aria-describedby=${describedBy(errors, 'expiresInDays')} />
            ${errorText(errors, 'expiresInDays')}
          </div>
          <button type="submit" class="primary">${strings.createToken}</button>
        </form>
        ${this.tokens.length ? html`<ul class="list">${this.tokens.map((token) => this.#renderToken(token))}</ul>` : html`<p class="hint">${strings.noTokens}</p>`}
      </section>`;
  }
}
