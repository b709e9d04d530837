import { html, nothing, type TemplateResult } from 'lit';
import type { Viewer } from '../api/account-queries.js';
import { FEED_SOURCES, type FeedSource } from '../api/feed-source-queries.js';
import { NEWS_LIST, type NewsStatus } from '../api/news-queries.js';
import { canPublish } from '../app/context.js';
import { fill, formatTime } from '../i18n/language.js';
import { failingSources, sourceErrors } from './source-errors.js';
import { NewsroomView } from './view.js';

interface Summary {
  id: string;
  title: string;
  status: NewsStatus;
  updatedAt: string;
  publishedAt: string | null;
  scheduledFor: string | null;
}

type Grant = Viewer['roles'][number];

/** @summary One panel per federation the user works for: drafts, scheduled and recently published news. */
export class NewsroomStartView extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    items: { state: true },
    failing: { state: true },
    error: { state: true },
  };

  declare private items: Map<string, Summary[]> | undefined;
  declare private failing: Map<string, FeedSource[]>;
  declare private error: string;

  constructor() {
    super();
    this.failing = new Map();
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
    void this.#loadSourceErrors();
  }

  async #load(): Promise<void> {
    try {
      const lists = await Promise.all(
        this.ctx.viewer.roles.map(({ federation }) =>
          this.ctx.api<{ editableNews: Summary[] }>(NEWS_LIST, {
            federation: federation.slug,
            statuses: ['DRAFT', 'SCHEDULED', 'PUBLISHED'],
            limit: 50,
          }),
        ),
      );
      this.items = new Map(
        this.ctx.viewer.roles.map((grant, index) => [grant.federation.slug, lists[index]?.editableNews ?? []]),
      );
    } catch (error) {
      this.error = this.describe(error);
    }
  }

  /** Only for those who may see a federation's sources; a failure to load them is not the start page's concern. */
  async #loadSourceErrors(): Promise<void> {
    const { viewer } = this.ctx;
    const slugs = viewer.roles.map((grant) => grant.federation.slug).filter((slug) => canPublish(viewer, slug));
    const lists = await Promise.all(
      slugs.map((federation) =>
        this.ctx
          .api<{ feedSources: FeedSource[] }>(FEED_SOURCES, { federation })
          .then((answer) => failingSources(answer.feedSources))
          .catch(() => []),
      ),
    );
    this.failing = new Map(slugs.map((slug, index) => [slug, lists[index] ?? []]));
  }

  #renderGroup(title: string, items: Summary[], grant: Grant, when: (item: Summary) => string | null): TemplateResult {
    const { strings, language } = this.ctx;
    return html`<section class="card" aria-labelledby=${`${grant.federation.slug}-${title}`}>
      <h3 id=${`${grant.federation.slug}-${title}`}>${title} <span class="badge">${items.length}</span></h3>
      ${
        items.length
          ? html`<ul class="list">
            ${items.slice(0, 8).map((item) => {
              const at = when(item);
              return html`<li><a href=${`#/news/${encodeURIComponent(item.id)}`}>${item.title}</a>
                ${at ? html`<div class="meta">${formatTime(at, language, grant.federation.timeZone)}</div>` : nothing}</li>`;
            })}
          </ul>`
          : html`<p class="hint">${strings.nothingHere}</p>`
      }
    </section>`;
  }

  #renderFederation(grant: Grant): TemplateResult {
    const { strings } = this.ctx;
    const items = this.items?.get(grant.federation.slug) ?? [];
    const of = (status: NewsStatus) => items.filter((item) => item.status === status);
    return html`<section aria-labelledby=${`federation-${grant.federation.slug}`}>
      <h2 id=${`federation-${grant.federation.slug}`}>${fill(strings.federationOverview, grant.federation.name, strings[grant.role])}</h2>
      <p><a class="button" href=${`#/news/new?federation=${encodeURIComponent(grant.federation.slug)}`}>${strings.newDraft}</a></p>
      ${sourceErrors(grant.federation.slug, this.failing.get(grant.federation.slug) ?? [], this.ctx)}
      <div class="grid">
        ${this.#renderGroup(strings.drafts, of('DRAFT'), grant, (item) => item.updatedAt)}
        ${this.#renderGroup(strings.scheduled, of('SCHEDULED'), grant, (item) => item.scheduledFor)}
        ${this.#renderGroup(strings.recentlyPublished, newestFirst(of('PUBLISHED')), grant, (item) => item.publishedAt)}
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const { strings, viewer } = this.ctx;
    return html`<h1 tabindex="-1">${strings.startTitle}</h1>
      ${this.error ? html`<p class="notice bad" role="alert">${this.error}</p>` : nothing}
      ${viewer.roles.length === 0 ? html`<p class="notice">${strings.noFederations}</p>` : nothing}
      ${this.items ? viewer.roles.map((grant) => this.#renderFederation(grant)) : html`<p role="status">${strings.loading}</p>`}`;
  }
}

/** Published news by its publication time, the newest first (the list comes ordered by last save). */
function newestFirst(items: Summary[]): Summary[] {
  return [...items].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
}
