import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../api/client.js';
import { LEAVE_FEDERATION, type Membership } from '../api/membership-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';
import { todayIn } from '../editor/time-zone.js';
import { fill } from '../i18n/language.js';
import { problemText } from '../i18n/problem-text.js';
import { newsroomStyles } from '../styles.js';
import { formatDay, membershipArgument, membershipProblem } from './membership-text.js';

type Result = { __typename: string; data?: Membership } & Partial<Problem>;

/**
 * @summary A federation's current members, each with a button that opens a small form to record its leaving.
 * @event newsroom-memberships-change - a leaving was recorded (or the hub knew better); the lists should be read again.
 */
export class NewsroomMemberList extends LitElement {
  static override styles = [newsroomStyles];
  static override properties = {
    ctx: { attribute: false },
    federation: { attribute: false },
    timeZone: { attribute: false },
    members: { attribute: false },
    leaving: { state: true },
    day: { state: true },
    errors: { state: true },
  };

  declare ctx: NewsroomContext;
  declare federation: string;
  declare timeZone: string;
  declare members: Membership[];
  /** The member whose leaving form is open, by municipality argument. */
  declare private leaving: string | undefined;
  declare private day: string;
  declare private errors: FieldErrors;

  constructor() {
    super();
    this.members = [];
    this.day = '';
    this.errors = {};
  }

  #changed(): void {
    this.dispatchEvent(new CustomEvent('newsroom-memberships-change', { bubbles: true, composed: true }));
  }

  async #open(member: Membership): Promise<void> {
    this.leaving = membershipArgument(member);
    this.day = todayIn(this.timeZone);
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#left-on')?.focus();
  }

  async #close(member: Membership): Promise<void> {
    this.leaving = undefined;
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#leave-${membershipArgument(member)}`)?.focus();
  }

  async #confirm(event: SubmitEvent, member: Membership): Promise<void> {
    event.preventDefault();
    const { strings, language } = this.ctx;
    const name = member.municipality.name;
    if (!this.day) return this.#showError(strings.chooseDay);
    let result: Result;
    try {
      ({ result } = await this.ctx.api<{ result: Result }>(LEAVE_FEDERATION, {
        federation: this.federation,
        municipality: membershipArgument(member),
        leftOn: this.day,
      }));
    } catch (error) {
      return this.#showError(problemText(strings, error));
    }
    if (!result.data) {
      const context = { name, key: membershipArgument(member), day: this.day, history: [], joinedOn: member.joinedOn };
      await this.#showError(membershipProblem(strings, language, result, context));
      // Someone else recorded it in between: the lists show what the hub knows now.
      if (result.code === 'NOT_A_MEMBER') this.#changed();
      return;
    }
    this.leaving = undefined;
    this.errors = {};
    this.ctx.announce(fill(strings.left, name, formatDay(this.day, language)));
    this.#changed();
    // The form is gone, and the member may be too: the focus goes to the heading of the list.
    await this.updateComplete;
    this.closest('section')?.querySelector<HTMLElement>('h2')?.focus();
  }

  async #showError(message: string): Promise<void> {
    this.errors = { leftOn: message };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#left-on')?.focus();
  }

  #renderLeaveForm(member: Membership): TemplateResult {
    const { strings } = this.ctx;
    return html`<form class="leave" @submit=${(event: SubmitEvent) => this.#confirm(event, member)} novalidate>
      <div class="field">
        <label for="left-on">${fill(strings.leftOnLabel, member.municipality.name)}</label>
        <input id="left-on" type="date" required .value=${this.day} min=${member.joinedOn}
          @input=${(event: Event) => {
            this.day = (event.target as HTMLInputElement).value;
          }}
          aria-invalid=${invalid(this.errors, 'leftOn')} aria-describedby=${describedBy(this.errors, 'leftOn', 'left-on-hint')} />
        <p class="hint" id="left-on-hint">${fill(strings.dayHint, this.timeZone)}</p>
        ${errorText(this.errors, 'leftOn')}
      </div>
      <div class="actions">
        <button class="danger" type="submit">${strings.confirmLeaving}</button>
        <button type="button" @click=${() => this.#close(member)}>${strings.cancel}</button>
      </div>
    </form>`;
  }

  #renderMember(member: Membership): TemplateResult {
    const { strings, language } = this.ctx;
    const key = membershipArgument(member);
    const { name, code } = member.municipality;
    return html`<li><strong>${name}</strong> <span class="meta">${code}</span>
      <div class="meta">${fill(strings.memberSince, formatDay(member.joinedOn, language))}${
        member.leftOn ? html`; ${fill(strings.leavesOn, formatDay(member.leftOn, language))}` : nothing
      }</div>
      ${
        this.leaving === key
          ? this.#renderLeaveForm(member)
          : member.leftOn
            ? nothing
            : html`<button type="button" id=${`leave-${key}`} @click=${() => this.#open(member)}>
              ${strings.recordLeaving}<span class="visually-hidden"> ${name}</span></button>`
      }</li>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    return this.members.length
      ? html`<ul class="list">${this.members.map((member) => this.#renderMember(member))}</ul>`
      : html`<p class="hint">${strings.nothingHere}</p>`;
  }
}
