import { sendChange } from '../api/mutation-outcome.js';
import { fill } from '../i18n/language.js';
import type { ContentKind, SavedItem } from './content-kind.js';
import { DraftEditor } from './draft-editor.js';
import { focusFirstInvalid } from './field-errors.js';

/**
 * @summary What the news, event and course editors share in sending: saving (create, then updates
 * based on the revision the changes started from), publishing steps, restore, and what each answers:
 * the saved item, a revision conflict (resolved by the user), a problem on a field, or a message.
 * Changes are only ever sent by a button; the form and its kept changes are DraftEditor's.
 */
export abstract class ContentEditor<
  Item extends SavedItem,
  Draft extends object,
  Step extends string,
> extends DraftEditor<Item, Draft, Step> {
  static override properties = {
    ...DraftEditor.properties,
    conflict: { state: true },
    busy: { state: true },
  };

  /** Their version, when a save found that someone else saved in between. */
  declare conflict: Item | undefined;
  declare busy: boolean;

  constructor(kind: ContentKind<Item, Draft, Step>) {
    super(kind);
    this.busy = false;
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

  /**
   * A publishing step, after saving what is in the form. Once done, the focus goes to the status line,
   * which says what happened: the step's own button is gone or now does something else.
   */
  async step(name: Step, done: string): Promise<void> {
    if (!this.readyToStep(name)) return;
    if (!(await this.save()) || !this.item) return;
    const variables = { id: this.item.id, basedOn: this.item.revision };
    if (await this.send(this.kind.documents.transition(name), variables, done)) await this.focusStatus();
  }

  /** Moves the focus to the status line (the h1 while there is none). */
  async focusStatus(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('#editor-status') ?? this.renderRoot.querySelector('h1'))?.focus();
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

  /** A field the API names, as the form names it; a kind whose form joins fields says how. */
  protected fieldOf(field: string): string {
    return field;
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
    const outcome = await sendChange(this.ctx, query, variables);
    this.busy = false;
    switch (outcome.kind) {
      case 'saved':
        this.apply(this.kind.fromResult(outcome.data));
        this.errors = {};
        this.ctx.announce(done);
        return true;
      case 'conflict':
        this.conflict = this.kind.fromResult(outcome.current);
        this.basedOn = this.conflict.revision;
        return false;
      case 'field':
        this.errors = {
          ...this.errors,
          [`${fieldPrefix}${this.fieldOf(outcome.field)}`]: this.describe(outcome.problem),
        };
        void this.focusFirstError();
        return false;
      case 'message':
        this.notice = this.describe(outcome.problem);
        return false;
      case 'failed':
        this.notice = this.describe(outcome.error);
        return false;
    }
  }

  protected focusFirstError(): Promise<void> {
    return focusFirstInvalid(this);
  }
}
