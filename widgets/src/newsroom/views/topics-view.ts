import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../api/client.js';
import { CREATE_TOPIC, type NamedTopic, RENAME_TOPIC, TOPICS } from '../api/topic-queries.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';
import { fill } from '../i18n/language.js';
import { namesFromForm, topicNameFields, topicProblem } from './topic-fields.js';
import { NewsroomView } from './view.js';

type Result = { __typename: string; data?: NamedTopic } & Partial<Problem>;
const NO_NAMES = { sv: '', nb: '', en: '' };

/** @summary The hub's topics for platform admins: every topic with its three names, create one, rename one. */
export class NewsroomTopicsView extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    topics: { state: true },
    renaming: { state: true },
    errors: { state: true },
    notice: { state: true },
  };

  declare private topics: NamedTopic[] | undefined;
  /** The slug of the topic being renamed. */
  declare private renaming: string | undefined;
  /** By `create-slug`, `create-nameSv`, `rename-nameEn`, …: each form's fields have their own ids. */
  declare private errors: FieldErrors;
  declare private notice: string;

  constructor() {
    super();
    this.errors = {};
    this.notice = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.ctx.viewer.isPlatformAdmin) void this.#load();
  }

  async #load(): Promise<void> {
    try {
      this.topics = (await this.ctx.api<{ topics: NamedTopic[] }>(TOPICS)).topics;
    } catch (error) {
      this.notice = this.describe(error);
    }
  }

  /** Sends a create or a rename; a problem goes next to its field (with the focus), success is announced. */
  async #send(prefix: 'create' | 'rename', query: string, variables: Record<string, string>): Promise<boolean> {
    let result: Result;
    try {
      ({ result } = await this.ctx.api<{ result: Result }>(query, variables));
    } catch (error) {
      this.notice = this.describe(error);
      return false;
    }
    this.notice = '';
    if (!result.data) {
      const message = topicProblem(this.ctx.strings, result, variables.slug ?? '');
      if (!result.field) {
        this.notice = message;
        await this.#load();
        return false;
      }
      this.errors = { [`${prefix}-${result.field}`]: message };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return false;
    }
    this.errors = {};
    const done = prefix === 'create' ? this.ctx.strings.topicCreated : this.ctx.strings.topicRenamed;
    this.ctx.announce(fill(done, result.data.slug));
    await this.#load();
    return true;
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const slug = String(new FormData(form).get('slug') ?? '').trim();
    if (await this.#send('create', CREATE_TOPIC, { slug, ...namesFromForm(form) })) form.reset();
  }

  async #rename(event: SubmitEvent, slug: string): Promise<void> {
    event.preventDefault();
    if (await this.#send('rename', RENAME_TOPIC, { slug, ...namesFromForm(event.target as HTMLFormElement) })) {
      this.renaming = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#rename-topic-${slug}`)?.focus();
    }
  }

  async #startRenaming(slug: string): Promise<void> {
    this.renaming = slug;
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#rename-nameSv')?.focus();
  }

  #renderCreate(): TemplateResult {
    const { strings } = this.ctx;
    return html`<section class="card" aria-labelledby="new-topic-title">
      <h2 id="new-topic-title">${strings.newTopic}</h2>
      <form @submit=${this.#create} novalidate>
        <div class="field">
          <label for="create-slug">${strings.topicSlug}</label>
          <input id="create-slug" name="slug" autocomplete="off" required spellcheck="false"
            aria-invalid=${invalid(this.errors, 'create-slug')} aria-describedby=${describedBy(this.errors, 'create-slug', 'create-slug-hint')} />
          <p class="hint" id="create-slug-hint">${strings.topicSlugHint}</p>
          ${errorText(this.errors, 'create-slug')}
        </div>
        ${topicNameFields(strings, 'create', NO_NAMES, this.errors)}
        <button class="primary" type="submit">${strings.createTopic}</button>
      </form>
    </section>`;
  }

  #renderTopic(topic: NamedTopic): TemplateResult {
    const { strings } = this.ctx;
    if (this.renaming === topic.slug) {
      return html`<li><form @submit=${(event: SubmitEvent) => this.#rename(event, topic.slug)} novalidate
        aria-labelledby="rename-title">
        <h3 id="rename-title">${fill(strings.renameTopic, topic.slug)}</h3>
        <p class="hint">${fill(strings.slugStays, topic.slug)}</p>
        ${topicNameFields(strings, 'rename', topic, this.errors)}
        <div class="actions"><button class="primary" type="submit">${strings.saveNames}</button>
          <button type="button" @click=${() => (this.renaming = undefined)}>${strings.cancel}</button></div>
      </form></li>`;
    }
    return html`<li><code>${topic.slug}</code>
      <div><span lang="sv">${topic.sv}</span> · <span lang="nb">${topic.nb}</span> · <span lang="en">${topic.en}</span></div>
      <button type="button" id=${`rename-topic-${topic.slug}`} @click=${() => this.#startRenaming(topic.slug)}>
        ${strings.rename}<span class="visually-hidden"> ${topic.slug}</span></button></li>`;
  }

  override render(): TemplateResult {
    const { strings, viewer } = this.ctx;
    return html`<h1 tabindex="-1">${strings.topicsTitle}</h1>
      ${this.notice ? html`<p class="notice bad" role="alert">${this.notice}</p>` : nothing}
      ${
        !viewer.isPlatformAdmin
          ? html`<p class="notice">${strings.topicsNotYours}</p>`
          : html`${this.#renderCreate()}
        <section class="card" aria-labelledby="topics-list-title">
          <h2 id="topics-list-title">${strings.topicsList}</h2>
          ${
            this.topics
              ? html`<ul class="list">${this.topics.map((topic) => this.#renderTopic(topic))}</ul>`
              : html`<p role="status">${strings.loading}</p>`
          }
        </section>`
      }`;
  }
}
