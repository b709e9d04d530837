import { html, nothing, type TemplateResult } from 'lit';
import { EVENTS_LIST, type EventStatus } from '../api/event-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { renderListFilters } from './list-filters.js';
import { NewsroomView } from './view.js';

interface Row {
  id: string;
  title: string;
  status: EventStatus;
  startsAt: string;
  updatedAt: string;
  organiser: { timeZone: string };
}

const STATUSES: EventStatus[] = ['DRAFT', 'PUBLISHED', 'CANCELLED', 'ARCHIVED'];

/** @summary A federation's events with a status filter, last saved first. */
export class NewsroomEventsList extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    federation: { attribute: false },
    status: { state: true },
    rows: { state: true },
    error: { state: true },
  };

  declare federation: string;
  declare private status: EventStatus | '';
  declare private rows: Row[] | undefined;
  declare private error: string;

  constructor() {
    super();
    this.status = '';
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
      const answer = await this.ctx.api<{ editableEvents: Row[] }>(EVENTS_LIST, {
        federation: this.federation,
        statuses: this.status ? [this.status] : null,
        limit: 100,
      });
      this.rows = answer.editableEvents;
    } catch (error) {
      this.error = this.describe(error);
    }
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
    });
  }

  #renderRow(row: Row): TemplateResult {
    const { strings, language } = this.ctx;
    return html`<li>
      <span class="badge">${strings[row.status]}</span>
      <a href=${`#/events/${encodeURIComponent(row.id)}`}>${row.title}</a>
      <div class="meta">${fill(strings.eventStarts, formatTime(row.startsAt, language, row.organiser.timeZone))}</div>
    </li>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const rows = this.rows ?? [];
    return html`<h1 tabindex="-1">${strings.eventsTitle}</h1>
      <p><a class="button" href=${`#/events/new?federation=${encodeURIComponent(this.federation)}`}>${strings.newEvent}</a></p>
      ${this.#renderFilters()}
      ${this.error ? html`<p class="notice bad" role="alert">${this.error}</p>` : nothing}
      <section class="card" aria-label=${strings.eventsTitle}>
        ${
          this.rows === undefined
            ? html`<p role="status">${strings.loading}</p>`
            : rows.length
              ? html`<ul class="list">${rows.map((row) => this.#renderRow(row))}</ul>`
              : html`<p class="hint">${strings.noEvents}</p>`
        }
      </section>`;
  }
}
