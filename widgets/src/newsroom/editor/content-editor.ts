import { html, type TemplateResult } from 'lit';
import { ApiError, type Problem } from '../api/client.js';
import { TOPICS } from '../api/news-queries.js';
import { fill } from '../i18n/language.js';
import { NewsroomView } from '../views/view.js';
import type { ContentKind, SavedItem } from './content-kind.js';
import { draftKey, forgetDraft, keepDraft, keptDraft } from './draft-store.js';
import { editorStyles } from './editor.styles.js';
import { type FieldErrors, firstInvalid } from './field-errors.js';

type Result = Partial<Problem> & { __typename: string; data?: unknown; current?: unknown };

/**
 * @summary What the news, event and course editors share: loading, editing with kept drafts, saving
 * (create, then updates based on the revision the changes started from), publishing steps, restore,
 * conflicts, and typed results: data, a revision conflict, a problem on a field, or a message.
 * Unsaved changes are kept in localStorage on every edit and only ever sent by a button.
 */
export abstract class ContentEditor<
  Item extends SavedItem,
  Draft extends object,
  Step extends string,
> extends NewsroomView {
  static override styles = [...NewsroomView.styles, editorStyles];
  static override properties = {
    ...NewsroomView.properties,
    itemId: { attribute: false },
    federation: { attribute: false },
    item: { state: true },
    draft: { state: true },
    topics: { state: true },
    errors: { state: true },
    conflict: { state: true },
    restoredAt: { state: true },
    busy: { state: true },
    notice: { state: true },
    loaded: { state: true },
  };

  declare itemId: string;
  declare federation: string;
  declare item: Item | undefined;
  declare draft: Draft;
  declare topics: Array<{ slug: string; name: string }>;
  declare errors: FieldErrors;
  /** Their version, when a save found that someone else saved in between. */
  declare conflict: Item | undefined;
  /** When the kept changes now in the form were kept; '' when the form holds no restored changes. */
  declare restoredAt: string;
  declare busy: boolean;
  declare notice: string;
  declare loaded: boolean;
  /** The revision the changes started from; null before the first save. */
  basedOn: number | null = null;

  protected readonly kind: ContentKind<Item, Draft, Step>;
  /** The h1: one for a new item, one for an existing one. */
  protected abstract get headings(): { create: string; edit: string };
  /** The editor once loaded: form, buttons, history. */
  protected abstract renderLoaded(): TemplateResult;

  constructor(kind: ContentKind<Item, Draft, Step>) {
    super();
    this.kind = kind;
    this.itemId = '';
    this.federation = '';
    this.draft = this.kind.empty();
    this.topics = [];
    this.errors = {};
    this.restoredAt = '';
    this.busy = false;
    this.notice = '';
    this.loaded = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  /** The federation's time zone, in which times are shown and read. */
  get timeZone(): string {
    const grant = this.ctx.viewer.roles.find((each) => each.federation.slug === this.federation);
    return (
      (this.item && this.kind.federationOf(this.item).timeZone) ?? grant?.federation.timeZone ?? 'Europe/Stockholm'
    );
  }

  get #key(): string {
    return draftKey(this.kind.area, this.itemId, this.federation);
  }

  /** What else the form needs once the item and its federation are known (choices of other items). */
  protected async loadMore(): Promise<void> {}

  async #load(): Promise<void> {
    try {
      const [{ topics }, found] = await Promise.all([
        this.ctx.api<{ topics: Array<{ slug: string; name: string }> }>(TOPICS, { ui: this.ctx.language }),
        this.itemId ? this.kind.load(this.ctx, this.itemId) : null,
      ]);
      this.topics = topics;
      if (found) this.apply(found, false);
      if (!this.federation) this.federation = this.ctx.viewer.roles[0]?.federation.slug ?? '';
      const kept = keptDraft<Draft>(this.#key);
      if (kept && JSON.stringify(kept.draft) !== JSON.stringify(this.draft)) {
        this.draft = { ...this.kind.empty(), ...kept.draft };
        this.basedOn = kept.basedOn;
        this.restoredAt = kept.keptAt;
      }
      await this.loadMore();
    } catch (error) {
      this.notice = this.describe(error);
    }
    this.loaded = true;
  }

  /** Shows a saved version: the form holds it, and changes kept for the item are forgotten unless told not to. */
  protected apply(item: Item, forget = true): void {
    this.item = item;
    this.federation = this.kind.federationOf(item).slug;
    this.draft = this.kind.draftOf(item);
    this.basedOn = item.revision;
    this.restoredAt = '';
    if (forget) forgetDraft(this.#key);
  }

  edit(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    const errors = { ...this.errors };
    // A list's errors go with it: editing `credits` clears `credits[0].hours`.
    const fields = Object.keys(change);
    const belongs = (name: string) =>
      fields.some((field) => name === field || name.startsWith(`${field}[`) || name.startsWith(`${field}.`));
    for (const name of Object.keys(errors).filter(belongs)) delete errors[name];
    this.errors = errors;
    keepDraft(this.#key, this.draft, this.basedOn);
  }

  discardRestored(): void {
    forgetDraft(this.#key);
    this.restoredAt = '';
    this.draft = this.item ? this.kind.draftOf(this.item) : this.kind.empty();
    this.basedOn = this.item?.revision ?? null;
  }

  get dirty(): boolean {
    return !this.item || JSON.stringify(this.kind.draftOf(this.item)) !== JSON.stringify(this.draft);
  }

  /** A check of the form before it is sent, its problems put next to the fields; true when it may be sent. */
  protected readyToSave(): boolean {
    return true;
  }

  /** A check before a publishing step (which saves first); true when it may go ahead. */
  protected readyToStep(_step: Step): boolean {
    return true;
  }

  /** Saves the draft; true when it is saved (or nothing needed saving). */
  async save(): Promise<boolean> {
    if (this.item && !this.dirty && this.basedOn === this.item.revision) return true;
    if (!this.readyToSave()) return false;
    const { documents, area } = this.kind;
    const input = this.kind.input(this.draft, this.timeZone);
    if (!this.item) {
      const ok = await this.send(documents.create, { federation: this.federation, input }, this.ctx.strings.saved);
      const created = this.item as Item | undefined;
      if (ok && created) {
        history.replaceState(null, '', `#/${area}/${encodeURIComponent(created.id)}`);
        this.itemId = created.id;
      }
      return ok;
    }
    return this.send(documents.update, { id: this.item.id, basedOn: this.basedOn, input }, this.ctx.strings.saved);
  }

  /** A publishing step, after saving what is in the form. */
  async step(name: Step, done: string): Promise<void> {
    if (!this.readyToStep(name)) return;
    if (!(await this.save()) || !this.item) return;
    await this.send(this.kind.documents.transition(name), { id: this.item.id, basedOn: this.item.revision }, done);
  }

  async restore(revision: number): Promise<void> {
    if (!this.item) return;
    const variables = { id: this.item.id, basedOn: this.item.revision, revision };
    await this.send(this.kind.documents.restore, variables, fill(this.ctx.strings.restored, revision));
  }

  /** The user chose in the conflict view: their own text (saved over theirs, which stays in history) or theirs. */
  resolveConflict(choice: 'mine' | 'theirs'): void {
    const theirs = this.conflict;
    if (!theirs) return;
    this.conflict = undefined;
    if (choice === 'theirs') {
      this.apply(theirs);
      return;
    }
    this.item = theirs;
    this.basedOn = theirs.revision;
    void this.save();
  }

  /** A field the API names, as the form names it ("input.title" is "title"). */
  protected fieldOf(field: string): string {
    return field.replace(/^input\./, '');
  }

  /**
   * Sends a mutation answering as `result`; true when it worked. A problem on a field goes next to
   * it (under `fieldPrefix`, for a form of its own such as a session's) and takes the focus.
   */
  protected async send(
    query: string,
    variables: Record<string, unknown>,
    done: string,
    fieldPrefix = '',
  ): Promise<boolean> {
    this.busy = true;
    this.notice = '';
    try {
      const { result } = await this.ctx.api<{ result: Result }>(query, variables);
      if (result.data) {
        this.apply(this.kind.fromResult(result.data));
        this.errors = {};
        this.ctx.announce(done);
        return true;
      }
      if (result.__typename === this.kind.conflictTypename && result.current) {
        this.conflict = this.kind.fromResult(result.current);
        this.basedOn = this.conflict.revision;
      } else if (result.field) {
        const problem = new ApiError(result.message ?? '', result.code ?? result.__typename);
        this.errors = { ...this.errors, [`${fieldPrefix}${this.fieldOf(result.field)}`]: this.describe(problem) };
        void this.focusFirstError();
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

  protected async focusFirstError(): Promise<void> {
    await this.updateComplete;
    // A frame later the elements inside (a session's form) have shown their errors too.
    await new Promise(requestAnimationFrame);
    firstInvalid(this.renderRoot)?.focus();
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    // One h1 in every state: it took the focus when the view opened, and keeps it while the item loads.
    return html`<h1 tabindex="-1">${this.itemId ? this.headings.edit : this.headings.create}</h1>
      ${this.loaded ? this.renderLoaded() : html`<p role="status">${strings.loading}</p>`}`;
  }
}
