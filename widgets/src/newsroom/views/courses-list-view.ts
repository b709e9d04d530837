import { html, nothing, type TemplateResult } from 'lit';
import { COURSES_LIST, type CourseRow, type CourseStatus } from '../api/course-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { renderListFilters } from './list-filters.js';
import { NewsroomView } from './view.js';

const STATUSES: CourseStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

/** @summary A federation's courses with a status filter and a search in titles and summaries, last saved first. */
export class NewsroomCoursesList extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    federation: { attribute: false },
    status: { state: true },
    search: { state: true },
    rows: { state: true },
    error: { state: true },
  };

  declare federation: string;
  declare private status: CourseStatus | '';
  declare private search: string;
  declare private rows: CourseRow[] | undefined;
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

  get #timeZone(): string | undefined {
    return this.ctx.viewer.roles.find((grant) => grant.federation.slug === this.federation)?.federation.timeZone;
  }

  async #load(): Promise<void> {
    if (!this.federation) return;
    this.rows = undefined;
    this.error = '';
    try {
      const answer = await this.ctx.api<{ editableCourses: CourseRow[] }>(COURSES_LIST, {
        federation: this.federation,
        statuses: this.status ? [this.status] : null,
        limit: 100,
      });
      this.rows = answer.editableCourses;
    } catch (error) {
      this.error = this.describe(error);
    }
  }

  #visible(): CourseRow[] {
    const words = this.search.trim().toLocaleLowerCase();
    if (!words) return this.rows ?? [];
    return (this.rows ?? []).filter((row) => `${row.title} ${row.summary}`.toLocaleLowerCase().includes(words));
  }

  #renderRow(row: CourseRow): TemplateResult {
    const { strings, language } = this.ctx;
    const next = row.sessions.find((session) => !session.cancelled && session.startsAt >= new Date().toISOString());
    return html`<li>
      <span class="badge">${strings[row.status]}</span>
      <a href=${`#/courses/${encodeURIComponent(row.id)}`}>${row.title}</a>
      <div class="meta">${strings[`format${row.format}`]} ·
        ${next ? fill(strings.nextSession, formatTime(next.startsAt, language, this.#timeZone)) : fill(strings.updatedAt, formatTime(row.updatedAt, language, this.#timeZone))}</div>
    </li>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const rows = this.#visible();
    return html`<h1 tabindex="-1">${strings.coursesTitle}</h1>
      <p><a class="button" href=${`#/courses/new?federation=${encodeURIComponent(this.federation)}`}>${strings.newCourse}</a></p>
      ${renderListFilters(this.ctx, {
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
      })}
      ${this.error ? html`<p class="notice bad" role="alert">${this.error}</p>` : nothing}
      <section class="card" aria-label=${strings.coursesTitle}>
        ${
          this.rows === undefined
            ? html`<p role="status">${strings.loading}</p>`
            : rows.length
              ? html`<ul class="list">${rows.map((row) => this.#renderRow(row))}</ul>`
              : html`<p class="hint">${strings.noCourses}</p>`
        }
        <p class="visually-hidden" role="status">${this.rows ? fill(strings.coursesShown, rows.length) : ''}</p>
      </section>`;
  }
}
