import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { emptySessionDraft, type SessionDraft, sessionDraftOf } from '../api/course-drafts.js';
import type { CourseSession } from '../api/course-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { fill, formatTime } from '../i18n/language.js';
import { newsroomStyles } from '../styles.js';
import type { FieldErrors } from './field-errors.js';
import { sessionForm } from './session-form.js';

/** 'new' while a session is being added, a session's id while it is changed. */
type Editing = 'new' | string | null;

/**
 * @summary A saved course's sessions: each with its times in the federation's zone, place, capacity
 * and registration; adding one, changing one, and cancelling one after a confirmation. The course
 * editor saves them (`save`, `cancel`) and hands back the problems by field (`errors`).
 */
export class NewsroomCourseSessions extends LitElement {
  static override styles = [newsroomStyles];
  static override properties = {
    ctx: { attribute: false },
    sessions: { attribute: false },
    timeZone: { attribute: false },
    busy: { attribute: false },
    errors: { attribute: false },
    save: { attribute: false },
    cancel: { attribute: false },
    clearError: { attribute: false },
    editing: { state: true },
    draft: { state: true },
    confirming: { state: true },
  };

  declare ctx: NewsroomContext;
  declare sessions: CourseSession[];
  declare timeZone: string;
  declare busy: boolean;
  /** The session form's problems by field ("endsAt"); "session" for one about the session as a whole. */
  declare errors: FieldErrors;
  declare save: (id: string | null, draft: SessionDraft) => Promise<boolean>;
  declare cancel: (id: string) => Promise<boolean>;
  declare clearError: (field: string) => void;
  declare private editing: Editing;
  declare private draft: SessionDraft;
  declare private confirming: string | null;

  constructor() {
    super();
    this.sessions = [];
    this.errors = {};
    this.busy = false;
    this.editing = null;
    this.draft = emptySessionDraft();
    this.confirming = null;
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Closes the form without saving; the focus goes back to the button that opened it. */
  #closeForm(): void {
    const editing = this.editing;
    this.editing = null;
    this.#clearErrors();
    void this.#focus(editing === 'new' || !editing ? '#add-session' : this.#sessionButton(editing, 'edit'));
  }

  /** A session's own button: to change it, or to cancel it. */
  #sessionButton(id: string, action: 'edit' | 'cancel'): string {
    return `li[data-session="${CSS.escape(id)}"] button[data-action="${action}"]`;
  }

  /** A form opened or closed starts without the problems of the one before. */
  #clearErrors(): void {
    for (const field of Object.keys(this.errors)) this.clearError(field);
  }

  #open(editing: Editing): void {
    this.#clearErrors();
    const session = this.sessions.find((each) => each.id === editing);
    this.editing = editing;
    this.confirming = null;
    this.draft = session ? sessionDraftOf(session, this.timeZone) : emptySessionDraft();
    void this.#focus('#session-form-title');
  }

  #edit(change: Partial<SessionDraft>): void {
    this.draft = { ...this.draft, ...change };
    for (const field of Object.keys(change)) this.clearError(field);
  }

  async #submit(): Promise<void> {
    const id = this.editing === 'new' ? null : this.editing;
    if (!(await this.save(id, this.draft))) return;
    this.editing = null;
    void this.#focus('#add-session');
  }

  async #cancelSession(id: string): Promise<void> {
    if (!(await this.cancel(id))) return;
    this.confirming = null;
    void this.#focus('#sessions-title');
  }

  #when(session: CourseSession): string {
    const { language } = this.ctx;
    return `${formatTime(session.startsAt, language, this.timeZone)} – ${formatTime(session.endsAt, language, this.timeZone)}`;
  }

  #renderForm(): TemplateResult {
    const { strings } = this.ctx;
    const title = this.editing === 'new' ? strings.newSession : strings.editSession;
    return html`<form class="card" aria-labelledby="session-form-title" @submit=${(event: Event) => {
      event.preventDefault();
      void this.#submit();
    }}>
      <h3 id="session-form-title" tabindex="-1">${title}</h3>
      ${this.errors.session ? html`<p class="notice bad" role="alert">${this.errors.session}</p>` : nothing}
      ${sessionForm(this.ctx, this.draft, this.errors, this.timeZone, (change) => this.#edit(change))}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${strings.saveSession}</button>
        <button type="button" @click=${() => this.#closeForm()}>${strings.cancelEdit}</button>
      </div>
    </form>`;
  }

  #renderConfirm(session: CourseSession): TemplateResult {
    const { strings } = this.ctx;
    return html`<div class="notice" role="group" aria-labelledby="confirm-cancel">
      <p id="confirm-cancel">${fill(strings.confirmCancelSession, this.#when(session))}</p>
      <div class="actions">
        <button type="button" class="danger" id="confirm-cancel-yes" ?disabled=${this.busy}
          @click=${() => void this.#cancelSession(session.id)}>${strings.confirmCancel}</button>
        <button type="button" @click=${() => {
          this.confirming = null;
          void this.#focus(this.#sessionButton(session.id, 'cancel'));
        }}>${strings.keepSession}</button>
      </div>
    </div>`;
  }

  #renderSession(session: CourseSession): TemplateResult {
    const { strings, language } = this.ctx;
    const when = this.#when(session);
    const facts = [
      session.placeName,
      session.address,
      session.municipality?.name,
      session.capacity === null ? null : fill(strings.places, session.capacity),
      session.registrationDeadline
        ? fill(strings.registrationCloses, formatTime(session.registrationDeadline, language, this.timeZone))
        : null,
    ].filter(Boolean);
    return html`<li data-session=${session.id}>
      ${session.cancelled ? html`<span class="badge">${strings.CANCELLED}</span>` : nothing}
      <strong>${when}</strong>
      ${facts.length ? html`<div class="meta">${facts.join(' · ')}</div>` : nothing}
      ${session.registrationUrl ? html`<div><a href=${session.registrationUrl}>${fill(strings.registerAt, when)}</a></div>` : nothing}
      ${session.onlineUrl ? html`<div class="meta">${session.onlineUrl}</div>` : nothing}
      ${
        session.cancelled
          ? nothing
          : this.editing === session.id
            ? this.#renderForm()
            : this.confirming === session.id
              ? this.#renderConfirm(session)
              : html`<div class="actions">
                <button type="button" data-action="edit" ?disabled=${this.busy} @click=${() => this.#open(session.id)}>${fill(strings.editSessionOf, when)}</button>
                <button type="button" class="danger" data-action="cancel" ?disabled=${this.busy} @click=${() => {
                  this.confirming = session.id;
                  this.editing = null;
                  void this.#focus('#confirm-cancel-yes');
                }}>${fill(strings.cancelSession, when)}</button>
              </div>`
      }
    </li>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    return html`<section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title" tabindex="-1">${strings.sessions}</h2>
      ${
        this.sessions.length
          ? html`<ul class="list">${this.sessions.map((session) => this.#renderSession(session))}</ul>`
          : html`<p class="hint">${strings.noSessions}</p>`
      }
      ${
        this.editing === 'new'
          ? this.#renderForm()
          : html`<div class="actions"><button type="button" id="add-session" ?disabled=${this.busy}
            @click=${() => this.#open('new')}>${strings.addSession}</button></div>`
      }
    </section>`;
  }
}
