import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../api/client.js';
import { CREATE_TOPIC, type NamedTopic, RENAME_TOPIC, TOPICS } from '../api/topic-queries.js';
import type { FieldErrors } from '../editor/field-errors.js';
import { fill } from '../i18n/language.js';
import {
  createTopicForm,
  NAME_FIELDS,
  NAME_LABELS,
  namesFromForm,
  renameTopicForm,
  topicProblem,
} from './topic-form.js';
import { NewsroomView } from './view.js';

type Result = { __typename: string; data?: NamedTopic } & Partial<Problem>;

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
      await this.#stopRenaming(slug);
    }
  }

  /** Back to the list, with the focus on the topic's own Rename button. */
  async #stopRenaming(slug: string): Promise<void> {
    this.renaming = undefined;
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#rename-topic-${slug}`)?.focus();
  }

  async #startRenaming(slug: string): Promise<void> {
    this.renaming = slug;
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#rename-nameSv')?.focus();
  }

  #renderTopic(topic: NamedTopic): TemplateResult {
    const { strings } = this.ctx;
    if (this.renaming === topic.slug) {
      return html`<li>${renameTopicForm(strings, topic, this.errors, {
        submit: (event) => this.#rename(event, topic.slug),
        cancel: () => void this.#stopRenaming(topic.slug),
      })}</li>`;
    }
    return html`<li><code>${topic.slug}</code>
      <div>${NAME_FIELDS.map(
        ([field, language], index) => html`${index ? ' · ' : ''}<span class="meta" aria-hidden="true">${language}</span>
          <span class="visually-hidden">${strings[NAME_LABELS[field]]}:</span> <span lang=${language}>${topic[language]}</span>`,
      )}</div>
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
          : html`<section class="card" aria-labelledby="new-topic-title">
          <h2 id="new-topic-title">${strings.newTopic}</h2>
          ${createTopicForm(strings, this.errors, (event) => void this.#create(event))}
        </section>
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
