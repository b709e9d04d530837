import { html, type TemplateResult } from 'lit';
import type { NamedTopic, TopicNames } from '../api/topic-queries.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';
import type { Strings } from '../i18n/en.js';
import { fill } from '../i18n/language.js';
import { problemText } from '../i18n/problem-text.js';

/** The API's argument for each name, and the language it is in. */
export const NAME_FIELDS = [
  ['nameSv', 'sv'],
  ['nameNb', 'nb'],
  ['nameEn', 'en'],
] as const;

export const NAME_LABELS = { nameSv: 'topicNameSv', nameNb: 'topicNameNb', nameEn: 'topicNameEn' } as const;

/** The three names of a topic, each labelled and marked with its language; errors are keyed `prefix-field`. */
export function topicNameFields(
  strings: Strings,
  prefix: string,
  names: TopicNames,
  errors: FieldErrors,
): TemplateResult {
  return html`${NAME_FIELDS.map(([field, language]) => {
    const id = `${prefix}-${field}`;
    return html`<div class="field">
      <label for=${id}>${strings[NAME_LABELS[field]]}</label>
      <input id=${id} name=${field} lang=${language} autocomplete="off" required .value=${names[language]}
        aria-invalid=${invalid(errors, id)} aria-describedby=${describedBy(errors, id)} />
      ${errorText(errors, id)}
    </div>`;
  })}`;
}

/** A new topic: the slug, with its rule as a hint, and the three names. Errors are keyed `create-…`. */
export function createTopicForm(
  strings: Strings,
  errors: FieldErrors,
  submit: (event: SubmitEvent) => void,
): TemplateResult {
  return html`<form @submit=${submit} novalidate>
    <div class="field">
      <label for="create-slug">${strings.topicSlug}</label>
      <input id="create-slug" name="slug" autocomplete="off" required spellcheck="false"
        aria-invalid=${invalid(errors, 'create-slug')} aria-describedby=${describedBy(errors, 'create-slug', 'create-slug-hint')} />
      <p class="hint" id="create-slug-hint">${strings.topicSlugHint}</p>
      ${errorText(errors, 'create-slug')}
    </div>
    ${topicNameFields(strings, 'create', { sv: '', nb: '', en: '' }, errors)}
    <button class="primary" type="submit">${strings.createTopic}</button>
  </form>`;
}

/** New names for a topic, inline in the list; the slug is shown and stays. Errors are keyed `rename-…`. */
export function renameTopicForm(
  strings: Strings,
  topic: NamedTopic,
  errors: FieldErrors,
  handlers: { submit: (event: SubmitEvent) => void; cancel: () => void },
): TemplateResult {
  return html`<form @submit=${handlers.submit} novalidate aria-labelledby="rename-title">
    <h3 id="rename-title">${fill(strings.renameTopic, topic.slug)}</h3>
    <p class="hint">${fill(strings.slugStays, topic.slug)}</p>
    ${topicNameFields(strings, 'rename', topic, errors)}
    <div class="actions"><button class="primary" type="submit">${strings.saveNames}</button>
      <button type="button" @click=${handlers.cancel}>${strings.cancel}</button></div>
  </form>`;
}

/** The names as the create and rename mutations take them. */
export function namesFromForm(form: HTMLFormElement): Record<(typeof NAME_FIELDS)[number][0], string> {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return { nameSv: value('nameSv'), nameNb: value('nameNb'), nameEn: value('nameEn') };
}

/** What the hub said about a topic, in the UI language. */
export function topicProblem(strings: Strings, problem: { code?: string; message?: string }, slug: string): string {
  if (problem.code === 'NOT_FOUND') return fill(strings.topicMissing, slug);
  return problemText(strings, problem, { subject: slug });
}
