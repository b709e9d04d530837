import { html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import type { NewsroomContext } from '../app/context.js';
import type { Strings } from '../i18n/en.js';
import { FederationView } from './federation-view.js';
import { renderListFilters } from './list-filters.js';

/** What every row of a content list has. */
export interface ListRow {
  id: string;
  title: string;
}

/**
 * What a list on the shared shell (ContentList) needs to know about its kind of content: its query,
 * its statuses, its texts, and what a row says besides its status and title.
 */
export interface ContentListKind<Row extends ListRow, Status extends keyof Strings> {
  /** The hash route of an item (`#/{area}/{id}`) and of a new one (`#/{area}/new`). */
  area: string;
  /** Takes `federation`, `statuses` and `limit`; answers with the rows under `field`. */
  query: string;
  field: string;
  statuses: Status[];
  texts: { heading: keyof Strings; create: keyof Strings; empty: keyof Strings };
  /** The text a search looks in; a list without it offers no search. */
  searchText?(row: Row): string;
  /** What a screen reader hears about how many rows a search left. */
  shown?(ctx: NewsroomContext, count: number): string;
  /** The line under the title; `timeZone` is the federation's. */
  meta(ctx: NewsroomContext, row: Row, timeZone: string | undefined): TemplateResult | string;
}

/**
 * @summary What the news, event and course lists share: a federation's items, last saved first, with a
 * status filter (asked of the API), a search where the kind offers one (in the rows already loaded),
 * and each row's status, title and a line of its own.
 */
export abstract class ContentList<
  Row extends ListRow & { status: Status },
  Status extends keyof Strings,
> extends FederationView {
  static override properties = {
    ...FederationView.properties,
    status: { state: true },
    search: { state: true },
    rows: { state: true },
  };

  declare private status: Status | '';
  declare private search: string;
  declare private rows: Row[] | undefined;

  protected readonly kind: ContentListKind<Row, Status>;

  constructor(kind: ContentListKind<Row, Status>) {
    super('write');
    this.kind = kind;
    this.status = '';
    this.search = '';
  }

  get #timeZone(): string | undefined {
    return this.federations?.find((each) => each.slug === this.federation)?.timeZone;
  }

  protected override async loadFederation(latest: () => boolean): Promise<void> {
    if (!this.federation) return;
    this.rows = undefined;
    this.notice = '';
    try {
      const answer = await this.ctx.api<Record<string, Row[]>>(this.kind.query, {
        federation: this.federation,
        statuses: this.status ? [this.status] : null,
        limit: 100,
      });
      if (latest()) this.rows = answer[this.kind.field];
    } catch (error) {
      if (latest()) this.notice = this.describe(error);
    }
  }

  #visible(): Row[] {
    const { searchText } = this.kind;
    const words = this.search.trim().toLocaleLowerCase();
    if (!words || !searchText) return this.rows ?? [];
    return (this.rows ?? []).filter((row) => searchText(row).toLocaleLowerCase().includes(words));
  }

  #renderFilters(federations: FederationChoice[]): TemplateResult {
    return renderListFilters(this.ctx, {
      federations,
      federation: this.federation,
      statuses: this.kind.statuses,
      status: this.status,
      onFederation: (slug) => this.chooseFederation(slug),
      onStatus: (status) => {
        this.status = status;
        void this.reload();
      },
      search: this.kind.searchText
        ? {
            value: this.search,
            onInput: (value) => {
              this.search = value;
            },
          }
        : undefined,
    });
  }

  #renderRow(row: Row): TemplateResult {
    const { strings } = this.ctx;
    return html`<li>
      <span class="badge">${strings[row.status]}</span>
      <a href=${`#/${this.kind.area}/${encodeURIComponent(row.id)}`}>${row.title}</a>
      <div class="meta">${this.kind.meta(this.ctx, row, this.#timeZone)}</div>
    </li>`;
  }

  #renderBody(federations: FederationChoice[] | undefined): TemplateResult {
    const { strings } = this.ctx;
    const { area, texts, shown } = this.kind;
    const error = this.notice ? html`<p class="notice bad" role="alert">${this.notice}</p>` : nothing;
    if (!federations) return html`${error}${this.notice ? nothing : html`<p role="status">${strings.loading}</p>`}`;
    if (!this.federation) return html`<p class="notice">${strings.noFederations}</p>`;
    const rows = this.#visible();
    return html`<p><a class="button" href=${`#/${area}/new?federation=${encodeURIComponent(this.federation)}`}>${strings[texts.create]}</a></p>
      ${this.#renderFilters(federations)}
      ${error}
      <section class="card" aria-label=${strings[texts.heading]}>
        ${
          this.rows === undefined
            ? html`<p role="status">${strings.loading}</p>`
            : rows.length
              ? html`<ul class="list">${rows.map((row) => this.#renderRow(row))}</ul>`
              : html`<p class="hint">${strings[texts.empty]}</p>`
        }
        ${shown ? html`<p class="visually-hidden" role="status">${this.rows ? shown(this.ctx, rows.length) : ''}</p>` : nothing}
      </section>`;
  }

  override render(): TemplateResult {
    // One h1 in every state: it took the focus when the view opened, and keeps it while the list loads.
    return html`<h1 tabindex="-1">${this.ctx.strings[this.kind.texts.heading]}</h1>${this.#renderBody(this.federations)}`;
  }
}
