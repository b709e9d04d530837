import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { type AnsweredRevision, type KeptRevision, keptOf } from '../api/revision-queries.js';
import type { NewsroomContext } from '../app/context.js';
import type { Strings } from '../i18n/en.js';
import { fill, formatTime } from '../i18n/language.js';
import { NewsroomView } from '../views/view.js';
import { type CompareField, type CompareView, compareStyles, renderDifferences } from './revision-compare.js';

/** What a kind's history loads and compares: news, events, courses and contacts each have one. */
export interface RevisionSource {
  /** Every revision of the item with its snapshot, in any order. */
  load(ctx: NewsroomContext, id: string): Promise<KeptRevision[]>;
  fields: CompareField[];
  /** The status of a revision in words; by default the status's own text ("draft" → strings.DRAFT). */
  statusName?(status: string, strings: Strings): string;
}

/**
 * @summary Every revision with who saved it and when; field by field, what one of them differs from
 * the current one; restore (as a new revision, so the history only grows).
 * @event newsroom-restore - `detail` is the revision number to restore.
 */
export class NewsroomRevisionHistory extends NewsroomView {
  static override styles = [...NewsroomView.styles, ...compareStyles];
  static override properties = {
    ...NewsroomView.properties,
    source: { attribute: false },
    itemId: { attribute: false },
    current: { attribute: false },
    timeZone: { attribute: false },
    busy: { attribute: false },
    heading: { attribute: false },
    opened: { attribute: false },
    changesEach: { attribute: false },
    revisions: { state: true },
    compared: { state: true },
    failed: { state: true },
  };

  declare source: RevisionSource;
  declare itemId: string;
  /** The item's revision now: the one compared with, and not offered for restore. The history loads again when it changes. */
  declare current: number;
  /** The federation's; undefined for the browser's (a municipality's contacts). */
  declare timeZone: string | undefined;
  declare busy: boolean;
  /** The section's heading; "Revision history" by default. */
  declare heading: string | undefined;
  /** Opened on request (a contact's history): the heading takes the focus. */
  declare opened: boolean;
  /** Also shows under every revision what it changed from the one before. */
  declare changesEach: boolean;
  declare private revisions: KeptRevision[] | undefined;
  declare private compared: number | undefined;
  declare private failed: string;

  constructor() {
    super();
    this.busy = false;
    this.opened = false;
    this.changesEach = false;
    this.failed = '';
  }

  protected override focusHeading(): void {
    if (this.opened) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('current') || changed.has('itemId')) void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const revisions = await this.source.load(this.ctx, this.itemId);
      this.revisions = [...revisions].sort((a, b) => b.revision - a.revision);
      this.failed = '';
    } catch (error) {
      this.failed = this.describe(error);
    }
  }

  get #view(): CompareView {
    return { strings: this.ctx.strings, language: this.ctx.language, timeZone: this.timeZone };
  }

  async #compare(revision: number): Promise<void> {
    this.compared = revision;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#compare-title')?.focus();
  }

  #renderComparison(): TemplateResult | typeof nothing {
    const { strings } = this.ctx;
    const older = this.revisions?.find((each) => each.revision === this.compared);
    const now = this.revisions?.find((each) => each.revision === this.current) ?? this.revisions?.[0];
    if (!older || !now || older === now) return nothing;
    const differences = renderDifferences(this.source.fields, older.snapshot, now.snapshot, this.#view);
    return html`<section aria-labelledby="compare-title">
      <h3 id="compare-title" tabindex="-1">${fill(strings.differences, older.revision, now.revision)}</h3>
      ${differences === nothing ? html`<p>${strings.compareNone}</p>` : differences}
    </section>`;
  }

  #renderRevision(each: KeptRevision, before: KeptRevision | undefined): TemplateResult {
    const { strings, language } = this.ctx;
    const status =
      this.source.statusName?.(each.status, strings) ??
      strings[each.status.toUpperCase() as keyof Strings] ??
      each.status;
    const when = formatTime(each.createdAt, language, this.timeZone);
    const restore = () => {
      this.dispatchEvent(new CustomEvent('newsroom-restore', { detail: each.revision, bubbles: true, composed: true }));
      // The button is disabled while the restore is sent, and the new revision takes the top of the list.
      this.renderRoot.querySelector<HTMLElement>('#history-title')?.focus();
    };
    return html`<li>
      <span>${fill(strings.revisionBy, each.revision, status, when, each.author?.displayName ?? strings.unknownAuthor)}</span>
      <span class="meta">${each.change}</span>
      ${this.changesEach && before ? renderDifferences(this.source.fields, before.snapshot, each.snapshot, this.#view) : nothing}
      ${
        each.revision === this.current
          ? nothing
          : html`<div class="actions">
              <button type="button" @click=${() => void this.#compare(each.revision)}>${fill(strings.compare, each.revision)}</button>
              <button type="button" ?disabled=${this.busy} @click=${restore}>${fill(strings.restore, each.revision)}</button>
            </div>`
      }
    </li>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const revisions = this.revisions;
    return html`<section class="card" aria-labelledby="history-title">
      <h2 id="history-title" tabindex="-1">${this.heading ?? strings.history}</h2>
      ${this.failed ? html`<p class="notice bad" role="alert">${this.failed}</p>` : nothing}
      ${
        revisions
          ? html`<ol class="list">${repeat(
              revisions,
              (each) => each.revision,
              (each, index) => this.#renderRevision(each, revisions[index + 1]),
            )}</ol>`
          : html`<p role="status">${strings.loading}</p>`
      }
      ${this.#renderComparison()}
    </section>`;
  }
}

/** The history element of one kind, to define under the kind's own name ("newsroom-event-history"). */
export function historyElement(source: RevisionSource): typeof NewsroomRevisionHistory {
  return class extends NewsroomRevisionHistory {
    constructor() {
      super();
      this.source = source;
    }
  };
}

/**
 * How a source loads what a history document answers with, under its field ("editableEvent"): linked
 * items are named in the UI's language.
 */
export function revisionsOf(document: string, field: string): RevisionSource['load'] {
  return async (ctx, id) => {
    const answer = await ctx.api<Record<string, { revisions: AnsweredRevision[] } | null>>(document, {
      id,
      ui: ctx.language,
    });
    return (answer[field]?.revisions ?? []).map(keptOf);
  };
}
