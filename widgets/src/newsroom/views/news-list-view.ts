import { html, nothing, type TemplateResult } from 'lit';
import { NEWS_LIST, type NewsStatus } from '../api/news-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { renderListFilters } from './list-filters.js';
import { NewsroomView } from './view.js';

interface Row {
  id: string;
  title: string;
  summary: string;
  status: NewsStatus;
  updatedAt: string;
  scheduledFor: string | null;
}

const STATUSES: NewsStatus[] = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'];

/** @summary A federation's news with a status filter and a search in titles and summaries. */
export class NewsroomNewsList extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    federation: { attribute: false },
    status: { state: true },
    search: { state: true },
    rows: { state: true },
    error: { state: true },
  };

  declare federation: string;
  declare private status: NewsStatus | '';
  declare private search: string;
  declare private rows: Row[] | undefined;
  declare private error: string;

  constructor() {
    super();
    this.status = '';
    this.search = '';
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.federation) this.federation = this.ctx.viewer.roles[0]?.federation.slug ?? '';
    void this.#load();
  }

  async #load(): Promise<void> {
    if (!this.federation) return;
    this.rows = undefined;
    try {
      const answer = await this.ctx.api<{ editableNews: Row[] }>(NEWS_LIST, {
        federation: this.federation,
        statuses: this.status ? [this.status] : null,
        limit: 100,
      });
      this.rows = answer.editableNews;
    } catch (error) {
      this.error = this.describe(error);
    }
  }

  #visible(): Row[] {
    const words = this.search.trim().toLocaleLowerCase();
    if (!words) return this.rows ?? [];
    return (this.rows ?? []).filter((row) => `${row.title} ${row.summary}`.toLocaleLowerCase().includes(words));
  }

  #renderFilters(): TemplateResult {
    return renderListFilters(this.ctx, {
      federation: this.federation,
      statuses: STATUSES,
      status: this.status,
      onFederation: (slug) => {
        this.federation = slug;
        void this.#load();
      },
      onStatus: (status) => {
        this.status = status;
        void this.#load();
      },
      search: {
        value: this.search,
        onInput: (value) => {
          this.search = value;
        },
      },
    });
  }

  #renderRow(row: Row): TemplateResult {
    const { strings, language } = this.ctx;
    const timeZone = this.ctx.viewer.roles.find((grant) => grant.federation.slug === this.federation)?.federation
      .timeZone;
    return html`<li>
      <span class="badge">${strings[row.status]}</span>
      <a href=${`#/news/${encodeURIComponent(row.id)}`}>${row.title}</a>
      <div class="meta">
        ${row.scheduledFor ? fill(strings.scheduledFor, formatTime(row.scheduledFor, language, timeZone)) : fill(strings.updatedAt, formatTime(row.updatedAt, language, timeZone))}
      </div>
    </li>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const rows = this.#visible();
    return html`<h1 tabindex="-1">${strings.newsTitle}</h1>
      <p><a class="button" href=${`#/news/new?federation=${encodeURIComponent(this.federation)}`}>${strings.newDraft}</a></p>
      ${this.#renderFilters()}
      ${this.error ? html`<p class="notice bad" role="alert">${this.error}</p>` : nothing}
      <section class="card" aria-label=${strings.newsTitle}>
        ${
          this.rows === undefined
            ? html`<p role="status">${strings.loading}</p>`
            : rows.length
              ? html`<ul class="list">${rows.map((row) => this.#renderRow(row))}</ul>`
              : html`<p class="hint">${strings.noNews}</p>`
        }
        <p class="visually-hidden" role="status">${this.rows ? rows.length : ''}</p>
      </section>`;
  }
}
