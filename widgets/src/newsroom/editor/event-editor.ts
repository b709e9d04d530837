import { html, type TemplateResult } from 'lit';
import { ApiError, type Problem } from '../api/client.js';
import {
  CREATE_EVENT,
  type EditableEvent,
  EVENT_ITEM,
  type EventDraft,
  type EventTransition,
  eventDraftOf,
  eventInput,
  eventTransition,
  RESTORE_EVENT,
  UPDATE_EVENT,
} from '../api/event-queries.js';
import { TOPICS } from '../api/news-queries.js';
import { fill } from '../i18n/language.js';
import { NewsroomView } from '../views/view.js';
import { editorStyles } from './editor.styles.js';
import { renderEventEditor } from './event-editor-view.js';
import type { FieldErrors } from './field-errors.js';

type Result = Partial<Problem> & { __typename: string; data?: EditableEvent; current?: EditableEvent };

const EMPTY: EventDraft = {
  title: '',
  summary: '',
  description: '',
  startsAt: '',
  endsAt: '',
  placeName: '',
  address: '',
  municipality: '',
  onlineUrl: '',
  registrationUrl: '',
  registrationDeadline: '',
  language: 'sv',
  topics: [],
};

/** @summary Writes one event: its fields, saving, the publishing steps by role, and conflicts like news. */
export class NewsroomEventEditor extends NewsroomView {
  static override styles = [...NewsroomView.styles, editorStyles];
  static override properties = {
    ...NewsroomView.properties,
    eventId: { attribute: false },
    federation: { attribute: false },
    item: { state: true },
    draft: { state: true },
    topics: { state: true },
    errors: { state: true },
    conflict: { state: true },
    busy: { state: true },
    notice: { state: true },
    loaded: { state: true },
  };

  declare eventId: string;
  declare federation: string;
  declare item: EditableEvent | undefined;
  declare draft: EventDraft;
  declare topics: Array<{ slug: string; name: string }>;
  declare errors: FieldErrors;
  declare conflict: EditableEvent | undefined;
  declare busy: boolean;
  declare notice: string;
  declare loaded: boolean;
  basedOn: number | null = null;

  constructor() {
    super();
    this.draft = EMPTY;
    this.topics = [];
    this.errors = {};
    this.busy = false;
    this.notice = '';
    this.loaded = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  get timeZone(): string {
    const grant = this.ctx.viewer.roles.find((each) => each.federation.slug === this.federation);
    return this.item?.organiser.timeZone ?? grant?.federation.timeZone ?? 'Europe/Stockholm';
  }

  async #load(): Promise<void> {
    try {
      const [{ topics }, found] = await Promise.all([
        this.ctx.api<{ topics: Array<{ slug: string; name: string }> }>(TOPICS, { ui: this.ctx.language }),
        this.eventId ? this.ctx.api<{ editableEvent: EditableEvent | null }>(EVENT_ITEM, { id: this.eventId }) : null,
      ]);
      this.topics = topics;
      if (found?.editableEvent) this.#apply(found.editableEvent);
      if (!this.federation) this.federation = this.ctx.viewer.roles[0]?.federation.slug ?? '';
    } catch (error) {
      this.notice = this.describe(error);
    }
    this.loaded = true;
  }

  #apply(item: EditableEvent): void {
    this.item = item;
    this.federation = item.organiser.slug;
    this.draft = eventDraftOf(item);
    this.basedOn = item.revision;
  }

  edit(change: Partial<EventDraft>): void {
    this.draft = { ...this.draft, ...change };
    const errors = { ...this.errors };
    for (const field of Object.keys(change)) delete errors[field];
    this.errors = errors;
  }

  /** Saves the event; true when it is saved (or nothing needed saving). */
  async save(): Promise<boolean> {
    if (this.item && this.basedOn === this.item.revision && !this.#dirty()) return true;
    if (!this.#timesGiven()) return false;
    const input = eventInput(this.draft, this.timeZone);
    if (!this.item) {
      const ok = await this.#send(CREATE_EVENT, { federation: this.federation, input }, this.ctx.strings.saved);
      if (ok && this.item) {
        const id = (this.item as EditableEvent).id;
        history.replaceState(null, '', `#/events/${encodeURIComponent(id)}`);
        this.eventId = id;
      }
      return ok;
    }
    return this.#send(UPDATE_EVENT, { id: this.item.id, basedOn: this.basedOn, input }, this.ctx.strings.saved);
  }

  async step(name: EventTransition, done: string): Promise<void> {
    if (!(await this.save()) || !this.item) return;
    await this.#send(eventTransition(name), { id: this.item.id, basedOn: this.item.revision }, done);
  }

  async restore(revision: number): Promise<void> {
    if (!this.item) return;
    const variables = { id: this.item.id, basedOn: this.item.revision, revision };
    await this.#send(RESTORE_EVENT, variables, fill(this.ctx.strings.restored, revision));
  }

  resolveConflict(choice: 'mine' | 'theirs'): void {
    const theirs = this.conflict;
    if (!theirs) return;
    this.conflict = undefined;
    if (choice === 'theirs') {
      this.#apply(theirs);
      return;
    }
    this.item = theirs;
    this.basedOn = theirs.revision;
    void this.save();
  }

  #dirty(): boolean {
    return !this.item || JSON.stringify(eventDraftOf(this.item)) !== JSON.stringify(this.draft);
  }

  /** Start and end are required by the schema; said next to the fields rather than as a request error. */
  #timesGiven(): boolean {
    const missing = (['startsAt', 'endsAt'] as const).filter((field) => !this.draft[field]);
    if (missing.length === 0) return true;
    this.errors = { ...this.errors, ...Object.fromEntries(missing.map((field) => [field, this.ctx.strings.required])) };
    void this.#focusFirstError();
    return false;
  }

  async #send(query: string, variables: Record<string, unknown>, done: string): Promise<boolean> {
    this.busy = true;
    this.notice = '';
    try {
      const { result } = await this.ctx.api<{ result: Result }>(query, variables);
      if (result.data) {
        this.#apply(result.data);
        this.errors = {};
        this.ctx.announce(done);
        return true;
      }
      if (result.__typename === 'EventRevisionConflict' && result.current) {
        this.conflict = result.current;
        this.basedOn = result.current.revision;
      } else if (result.field) {
        const problem = new ApiError(result.message ?? '', result.code ?? result.__typename);
        this.errors = { ...this.errors, [result.field.replace(/^input\./, '')]: this.describe(problem) };
        void this.#focusFirstError();
      } else {
        this.notice = result.message ?? result.__typename;
      }
    } catch (error) {
      this.notice = this.describe(error);
    } finally {
      this.busy = false;
    }
    return false;
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    return html`<h1 tabindex="-1">${this.eventId ? strings.eventEditTitle : strings.eventNewTitle}</h1>
      ${this.loaded ? renderEventEditor(this) : html`<p role="status">${strings.loading}</p>`}`;
  }
}
