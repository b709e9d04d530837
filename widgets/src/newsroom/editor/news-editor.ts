import { html, type TemplateResult } from 'lit';
import { ApiError, type Problem, uploadImage } from '../api/client.js';
import {
  CREATE_DRAFT,
  draftOf,
  type EditableNews,
  fromRaw,
  NEWS_ITEM,
  type NewsDraft,
  newsInput,
  type RawEditable,
  RESTORE_REVISION,
  SCHEDULE_NEWS,
  TOPICS,
  type Transition,
  transition,
  UPDATE_NEWS,
} from '../api/news-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { NewsroomView } from '../views/view.js';
import { draftKey, forgetDraft, keepDraft, keptDraft } from './draft-store.js';
import { editorStyles } from './editor.styles.js';
import type { FieldErrors } from './field-errors.js';
import { renderEditor } from './news-editor-view.js';

type Result = Partial<Problem> & { __typename: string; data?: RawEditable; current?: RawEditable };

const EMPTY: NewsDraft = {
  title: '',
  summary: '',
  body: '',
  language: 'sv',
  topics: [],
  municipalities: [],
  images: [],
};

/**
 * @summary Writes one news item: its fields, saving, the publishing steps, preview, history and
 * conflicts. Unsaved changes are kept in localStorage on every edit and only ever sent by a button.
 */
export class NewsroomNewsEditor extends NewsroomView {
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
  declare item: EditableNews | undefined;
  declare draft: NewsDraft;
  declare topics: Array<{ slug: string; name: string }>;
  declare errors: FieldErrors;
  /** Their version, when a save found that someone else saved in between. */
  declare conflict: EditableNews | undefined;
  declare restoredAt: string;
  declare busy: boolean;
  declare notice: string;
  declare loaded: boolean;
  /** The revision the changes started from; null before the first save. */
  basedOn: number | null = null;

  constructor() {
    super();
    this.draft = EMPTY;
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

  get #key(): string {
    return draftKey(this.itemId, this.federation);
  }

  async #load(): Promise<void> {
    try {
      const [{ topics }, found] = await Promise.all([
        this.ctx.api<{ topics: Array<{ slug: string; name: string }> }>(TOPICS, { ui: this.ctx.language }),
        this.itemId
          ? this.ctx.api<{ editableNewsItem: RawEditable | null }>(NEWS_ITEM, { id: this.itemId })
          : undefined,
      ]);
      this.topics = topics;
      if (found?.editableNewsItem) this.#apply(fromRaw(found.editableNewsItem), false);
      if (!this.federation) this.federation = this.ctx.viewer.roles[0]?.federation.slug ?? '';
      const kept = keptDraft(this.#key);
      if (kept && JSON.stringify(kept.draft) !== JSON.stringify(this.draft)) {
        this.draft = kept.draft;
        this.basedOn = kept.basedOn;
        this.restoredAt = kept.keptAt;
      }
    } catch (error) {
      this.notice = this.describe(error);
    }
    this.loaded = true;
  }

  #apply(item: EditableNews, forget = true): void {
    this.item = item;
    this.federation = item.publisher.slug;
    this.draft = draftOf(item);
    this.basedOn = item.revision;
    this.restoredAt = '';
    if (forget) forgetDraft(this.#key);
  }

  edit(change: Partial<NewsDraft>): void {
    this.draft = { ...this.draft, ...change };
    const errors = { ...this.errors };
    for (const field of Object.keys(change)) delete errors[field];
    if (change.images)
      for (const key of Object.keys(errors).filter((name) => name.startsWith('images'))) delete errors[key];
    this.errors = errors;
    keepDraft(this.#key, this.draft, this.basedOn);
  }

  discardRestored(): void {
    forgetDraft(this.#key);
    this.restoredAt = '';
    this.draft = this.item ? draftOf(this.item) : EMPTY;
    this.basedOn = this.item?.revision ?? null;
  }

  get dirty(): boolean {
    return !this.item || JSON.stringify(draftOf(this.item)) !== JSON.stringify(this.draft);
  }

  /** Saves the draft; true when it is saved (or nothing needed saving). */
  async save(): Promise<boolean> {
    if (this.item && !this.dirty && this.basedOn === this.item.revision) return true;
    if (!this.item) {
      const ok = await this.#send(
        CREATE_DRAFT,
        { federation: this.federation, input: newsInput(this.draft) },
        this.ctx.strings.saved,
      );
      if (ok && this.item) {
        forgetDraft(draftKey('', this.federation));
        history.replaceState(null, '', `#/news/${encodeURIComponent((this.item as EditableNews).id)}`);
        this.itemId = (this.item as EditableNews).id;
      }
      return ok;
    }
    return this.#send(
      UPDATE_NEWS,
      { id: this.item.id, basedOn: this.basedOn, input: newsInput(this.draft) },
      this.ctx.strings.saved,
    );
  }

  async step(name: Transition, done: string): Promise<void> {
    if (name === 'publishNews' && !this.#altTextsPresent()) return;
    if (!(await this.save()) || !this.item) return;
    await this.#send(transition(name), { id: this.item.id, basedOn: this.item.revision }, done);
  }

  async schedule(at: string): Promise<void> {
    if (!this.#altTextsPresent()) return;
    if (!(await this.save()) || !this.item) return;
    const when = formatTime(at, this.ctx.language, this.item.publisher.timeZone);
    await this.#send(
      SCHEDULE_NEWS,
      { id: this.item.id, basedOn: this.item.revision, at },
      fill(this.ctx.strings.scheduledDone, when),
    );
  }

  async restore(revision: number): Promise<void> {
    if (!this.item) return;
    const variables = { id: this.item.id, basedOn: this.item.revision, revision };
    await this.#send(RESTORE_REVISION, variables, fill(this.ctx.strings.restored, revision));
  }

  /** The user chose in the conflict view: their own text (saved over theirs, which stays in history) or theirs. */
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

  async upload(file: File): Promise<void> {
    try {
      const image = await uploadImage(file, this.federation, this.ctx.session.token);
      this.edit({ images: [...this.draft.images, { url: image.url, alt: '', caption: null }] });
      this.ctx.announce(this.ctx.strings.uploaded);
    } catch (error) {
      this.errors = { ...this.errors, upload: this.describe(error) };
    }
  }

  #altTextsPresent(): boolean {
    const errors: FieldErrors = {};
    this.draft.images.forEach((image, index) => {
      if (!image.alt.trim()) errors[`images[${index}].alt`] = this.ctx.strings.altMissing;
    });
    this.errors = { ...this.errors, ...errors };
    if (Object.keys(errors).length) void this.#focusFirstError();
    return Object.keys(errors).length === 0;
  }

  async #send(query: string, variables: Record<string, unknown>, done: string): Promise<boolean> {
    this.busy = true;
    this.notice = '';
    try {
      const { result } = await this.ctx.api<{ result: Result }>(query, variables);
      if (result.data) {
        this.#apply(fromRaw(result.data));
        this.errors = {};
        this.ctx.announce(done);
        return true;
      }
      if (result.__typename === 'RevisionConflict' && result.current) {
        this.conflict = fromRaw(result.current);
        this.basedOn = this.conflict.revision;
      } else if (result.field) {
        this.errors = {
          ...this.errors,
          [result.field]: this.describe(new ApiError(result.message ?? '', result.code ?? '')),
        };
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
    // One h1 in every state: it took the focus when the view opened, and keeps it while the item loads.
    return html`<h1 tabindex="-1">${this.itemId ? strings.editTitle : strings.newTitle}</h1>
      ${this.loaded ? renderEditor(this) : html`<p role="status">${strings.loading}</p>`}`;
  }
}
