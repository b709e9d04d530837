import { html, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import { TOPICS } from '../api/news-queries.js';
import { federationsFor, startingFederation } from '../app/federations.js';
import { NewsroomView } from '../views/view.js';
import type { ContentKind, SavedItem } from './content-kind.js';
import { draftKey, forgetDraft, keepDraft, keptDraft } from './draft-store.js';
import { editorStyles } from './editor.styles.js';
import type { FieldErrors } from './field-errors.js';

/**
 * @summary What the form of every content editor holds and where it came from: the saved item, or the
 * changes kept in this browser on every edit and offered again on return. Sending is ContentEditor's.
 */
export abstract class DraftEditor<
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
    restoredAt: { state: true },
    notice: { state: true },
    loaded: { state: true },
  };

  declare itemId: string;
  declare federation: string;
  declare item: Item | undefined;
  declare draft: Draft;
  declare topics: Array<{ slug: string; name: string }>;
  declare errors: FieldErrors;
  /** When the kept changes now in the form were kept; '' when the form holds no restored changes. */
  declare restoredAt: string;
  declare notice: string;
  declare loaded: boolean;
  /** The federations the user may write in: where a new item goes, and their time zones. */
  federations: FederationChoice[] = [];
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
    this.notice = '';
    this.loaded = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  /** The federation the item is written in, as far as the user may write there. */
  get chosenFederation(): FederationChoice | undefined {
    return this.federations.find((each) => each.slug === this.federation);
  }

  /** The federation's time zone, in which times are shown and read. */
  get timeZone(): string {
    return (
      (this.item && this.kind.federationOf(this.item).timeZone) ?? this.chosenFederation?.timeZone ?? 'Europe/Stockholm'
    );
  }

  get #key(): string {
    return draftKey(this.ctx.viewer.id, this.kind.area, this.itemId, this.federation);
  }

  /** What else the form needs once the item and its federation are known (choices of other items). */
  protected async loadMore(): Promise<void> {}

  async #load(): Promise<void> {
    try {
      const [{ topics }, found, federations] = await Promise.all([
        this.ctx.api<{ topics: Array<{ slug: string; name: string }> }>(TOPICS, { ui: this.ctx.language }),
        this.itemId ? this.kind.load(this.ctx, this.itemId) : null,
        federationsFor(this.ctx, 'write'),
      ]);
      this.topics = topics;
      this.federations = federations;
      if (found) this.apply(found, false);
      if (!this.federation) this.federation = startingFederation(this.ctx, federations);
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

  override render(): TemplateResult {
    const { strings } = this.ctx;
    // One h1 in every state: it took the focus when the view opened, and keeps it while the item loads.
    return html`<h1 tabindex="-1">${this.itemId ? this.headings.edit : this.headings.create}</h1>
      ${this.loaded ? this.renderLoaded() : html`<p role="status">${strings.loading}</p>`}`;
  }
}
