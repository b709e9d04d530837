import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../api/client.js';
import { JOIN_FEDERATION, type Membership } from '../api/membership-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';
import type { Mentioned } from '../editor/municipality-picker.js';
import { todayIn } from '../editor/time-zone.js';
import { fill } from '../i18n/language.js';
import { problemText } from '../i18n/problem-text.js';
import { newsroomStyles } from '../styles.js';
import { formatDay, membershipProblem } from './membership-text.js';

type Result = { __typename: string; data?: Membership } & Partial<Problem>;

/**
 * @summary Records that a municipality joins a federation: the municipality (searched by name or code) and the day.
 * @event newsroom-memberships-change - a membership was recorded; the lists should be read again.
 */
export class NewsroomMemberJoinForm extends LitElement {
  static override styles = [newsroomStyles];
  static override properties = {
    ctx: { attribute: false },
    federation: { attribute: false },
    timeZone: { attribute: false },
    history: { attribute: false },
    picked: { state: true },
    day: { state: true },
    errors: { state: true },
  };

  declare ctx: NewsroomContext;
  declare federation: string;
  declare timeZone: string;
  /** The federation's membership history, to name the period a refused day overlaps. */
  declare history: Membership[];
  declare private picked: Mentioned;
  declare private day: string;
  declare private errors: FieldErrors;

  constructor() {
    super();
    this.history = [];
    this.picked = [];
    this.errors = {};
  }

  override willUpdate(): void {
    if (this.day === undefined) this.day = todayIn(this.timeZone);
  }

  #problems(): FieldErrors {
    const { strings } = this.ctx;
    const errors: FieldErrors = {};
    if (!this.picked[0]) errors.municipality = strings.chooseMunicipality;
    if (!this.day) errors.joinedOn = strings.chooseDay;
    return errors;
  }

  async #showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    if (errors.municipality) this.renderRoot.querySelector<HTMLElement>('newsroom-municipality-picker')?.focus();
    else this.renderRoot.querySelector<HTMLElement>('#joined-on')?.focus();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { strings, language } = this.ctx;
    const chosen = this.picked[0];
    const errors = this.#problems();
    if (!chosen || Object.keys(errors).length) return this.#showErrors(errors);
    let result: Result;
    try {
      ({ result } = await this.ctx.api<{ result: Result }>(JOIN_FEDERATION, {
        federation: this.federation,
        municipality: chosen.code,
        joinedOn: this.day,
      }));
    } catch (error) {
      this.errors = { form: problemText(strings, error) };
      return;
    }
    if (!result.data) {
      const context = { name: chosen.name, key: chosen.code, day: this.day, history: this.history };
      const field = result.field === 'municipality' ? 'municipality' : 'joinedOn';
      return this.#showErrors({ [field]: membershipProblem(strings, language, result, context) });
    }
    this.errors = {};
    this.picked = [];
    this.day = todayIn(this.timeZone);
    this.ctx.announce(fill(strings.joined, result.data.municipality.name, formatDay(result.data.joinedOn, language)));
    this.dispatchEvent(new CustomEvent('newsroom-memberships-change', { bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    return html`<form @submit=${this.#submit} novalidate>
      <newsroom-municipality-picker single .ctx=${this.ctx} .selected=${this.picked} .legend=${strings.joinMunicipality}
        .error=${this.errors.municipality ?? ''}
        @newsroom-municipalities-change=${(event: CustomEvent<Mentioned>) => {
          this.picked = event.detail;
        }}></newsroom-municipality-picker>
      <div class="field">
        <label for="joined-on">${strings.joinedOnLabel}</label>
        <input id="joined-on" type="date" required .value=${this.day}
          @input=${(event: Event) => {
            this.day = (event.target as HTMLInputElement).value;
          }}
          aria-invalid=${invalid(this.errors, 'joinedOn')} aria-describedby=${describedBy(this.errors, 'joinedOn', 'joined-on-hint')} />
        <p class="hint" id="joined-on-hint">${fill(strings.dayHint, this.timeZone)}</p>
        ${errorText(this.errors, 'joinedOn')}
      </div>
      ${this.errors.form ? html`<p class="notice bad" role="alert">${this.errors.form}</p>` : nothing}
      <button class="primary" type="submit">${strings.recordJoining}</button>
    </form>`;
  }
}
