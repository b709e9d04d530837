import { html, nothing, type TemplateResult } from 'lit';
import { ApiError, type Problem, unwrap } from '../api/client.js';
import {
  ADD_FEED_SOURCE,
  FEED_SOURCES,
  type FeedSource,
  REFRESH_FEED_SOURCE,
  REMOVE_FEED_SOURCE,
  UPDATE_FEED_SOURCE,
} from '../api/feed-source-queries.js';
import { canPublish } from '../app/context.js';
import { type FieldErrors, fieldId } from '../editor/field-errors.js';
import { fill } from '../i18n/language.js';
import { federationChooser } from './federation-chooser.js';
import { FederationView } from './federation-view.js';
import { describeRun, feedSourceCard, intervalField } from './feed-source-card.js';
import { addSourceForm } from './feed-source-form.js';

type Result<T> = { __typename: string; data?: T } & Partial<Problem>;

/** @summary A federation's feed sources for its admins and publishers: add, import now, switch off and on, remove. */
export class NewsroomFeedSourcesView extends FederationView {
  static override properties = {
    ...FederationView.properties,
    sources: { state: true },
    busy: { state: true },
    errors: { state: true },
  };

  declare private sources: FeedSource[] | undefined;
  declare private busy: Set<string>;
  declare private errors: FieldErrors;

  constructor() {
    super('publish');
    this.busy = new Set();
    this.errors = {};
  }

  protected override forgetFederation(): void {
    this.sources = undefined;
  }

  protected override async loadFederation(latest: () => boolean): Promise<void> {
    if (!this.federation || !canPublish(this.ctx.viewer, this.federation)) return;
    try {
      const answer = await this.ctx.api<{ feedSources: FeedSource[] }>(FEED_SOURCES, { federation: this.federation });
      if (latest()) this.sources = answer.feedSources;
    } catch (error) {
      if (latest()) this.notice = this.describe(error);
    }
  }

  #replace(source: FeedSource): void {
    this.sources = (this.sources ?? []).map((each) => (each.id === source.id ? source : each));
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const interval = String(data.get('intervalMinutes') ?? '').trim();
    const sameFederation = this.loads.current();
    try {
      const { result } = await this.ctx.api<{ result: Result<FeedSource> }>(ADD_FEED_SOURCE, {
        federation: this.federation,
        input: {
          url: String(data.get('url') ?? '').trim(),
          kind: data.get('kind'),
          language: data.get('language'),
          intervalMinutes: interval ? Number(interval) : null,
        },
      });
      const source = unwrap(result);
      // Added where it was asked for; the list and form now show another federation, so they stay.
      if (!sameFederation()) return;
      form.reset();
      this.errors = {};
      this.sources = [...(this.sources ?? []).filter((each) => each.id !== source.id), source];
      this.ctx.announce(fill(this.ctx.strings.sourceAdded, source.url));
    } catch (error) {
      if (!sameFederation()) return;
      const field = error instanceof ApiError && error.field ? error.field.replace(/^input\./, '') : 'url';
      this.errors = { [field]: this.describe(error) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#source-${field}`)?.focus();
    }
  }

  async #refresh(source: FeedSource): Promise<void> {
    this.busy = new Set([...this.busy, source.id]);
    try {
      const { result } = await this.ctx.api<{ result: Result<FeedSource> }>(REFRESH_FEED_SOURCE, { id: source.id });
      const refreshed = unwrap(result);
      this.#replace(refreshed);
      if (refreshed.lastRun) this.ctx.announce(describeRun(refreshed.lastRun, this.ctx));
    } catch (error) {
      this.ctx.announce(this.describe(error));
    } finally {
      this.busy = new Set([...this.busy].filter((id) => id !== source.id));
    }
  }

  async #toggle(source: FeedSource): Promise<void> {
    const { strings } = this.ctx;
    try {
      const { result } = await this.ctx.api<{ result: Result<FeedSource> }>(UPDATE_FEED_SOURCE, {
        id: source.id,
        enabled: !source.enabled,
      });
      const updated = unwrap(result);
      this.#replace(updated);
      this.ctx.announce(fill(updated.enabled ? strings.switchedOn : strings.switchedOff, updated.url));
    } catch (error) {
      this.ctx.announce(this.describe(error));
    }
  }

  /** A new interval, checked here for a whole number first (an empty or broken field sends nothing). */
  async #setInterval(source: FeedSource, minutes: string): Promise<void> {
    const { strings } = this.ctx;
    const field = intervalField(source);
    const { [field]: _old, ...others } = this.errors;
    const showError = async (message: string) => {
      this.errors = { ...others, [field]: message };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(field)}`)?.focus();
    };
    const value = Number(minutes.trim());
    if (!minutes.trim() || !Number.isInteger(value)) return showError(this.describe({ code: 'INVALID_INTERVAL' }));
    try {
      const { result } = await this.ctx.api<{ result: Result<FeedSource> }>(UPDATE_FEED_SOURCE, {
        id: source.id,
        intervalMinutes: value,
      });
      const updated = unwrap(result);
      this.errors = others;
      this.#replace(updated);
      this.ctx.announce(fill(strings.intervalSaved, updated.url, updated.intervalMinutes));
    } catch (error) {
      await showError(this.describe(error));
    }
  }

  async #remove(source: FeedSource): Promise<void> {
    try {
      const { result } = await this.ctx.api<{ result: Result<{ id: string }> }>(REMOVE_FEED_SOURCE, { id: source.id });
      unwrap(result);
      this.sources = (this.sources ?? []).filter((each) => each.id !== source.id);
      this.ctx.announce(fill(this.ctx.strings.sourceRemoved, source.url));
      this.focusHeading();
    } catch (error) {
      this.ctx.announce(this.describe(error));
    }
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const { federations } = this;
    const actions = {
      refresh: (source: FeedSource) => void this.#refresh(source),
      toggle: (source: FeedSource) => void this.#toggle(source),
      remove: (source: FeedSource) => void this.#remove(source),
      setInterval: (source: FeedSource, minutes: string) => void this.#setInterval(source, minutes),
    };
    return html`<h1 tabindex="-1">${strings.sourcesTitle}</h1>
      <p class="hint">${strings.sourcesIntro}</p>
      ${
        federations
          ? federationChooser(this.ctx, {
              id: 'sources-federation',
              federations,
              current: this.federation,
              choose: (slug) => this.chooseFederation(slug),
            })
          : nothing
      }
      ${this.notice ? html`<p class="notice bad" role="alert">${this.notice}</p>` : nothing}
      ${
        !federations
          ? this.notice
            ? nothing
            : html`<p role="status">${strings.loading}</p>`
          : federations.length === 0
            ? html`<p class="notice">${strings.sourcesNotYours}</p>`
            : html`${addSourceForm(this.ctx, this.errors, (event) => void this.#add(event))}
        <h2>${strings.sourcesList}</h2>
        ${
          !this.sources
            ? html`<p role="status">${strings.loading}</p>`
            : this.sources.length
              ? html`<ul class="list">${this.sources.map((source) => feedSourceCard(source, this.ctx, this.busy.has(source.id), this.errors, actions))}</ul>`
              : html`<p class="hint">${strings.nothingHere}</p>`
        }`
      }`;
  }
}
