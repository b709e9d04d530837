import { html, type TemplateResult } from 'lit';
import type { TopicNames } from '../api/topic-queries.js';
import type { Strings } from '../i18n/en.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';
import { fill } from '../i18n/language.js';

/** The API's argument for each name, and the language it is in. */
export const NAME_FIELDS = [
  ['nameSv', 'sv'],
  ['nameNb', 'nb'],
  ['nameEn', 'en'],
] as const;

const LABELS = { nameSv: 'topicNameSv', nameNb: 'topicNameNb', nameEn: 'topicNameEn' } as const;

/** The three names of a topic, each labelled and marked with its language; errors are keyed `prefix-field`. */
export function topicNameFields(strings: Strings, prefix: string, names: TopicNames, errors: FieldErrors): TemplateResult {
  return html`${NAME_FIELDS.map(([field, language]) => {
    const id = `${prefix}-${field}`;
    return html`<div class="field">
      <label for=${id}>${strings[LABELS[field]]}</label>
      <input id=${id} name=${field} lang=${language} autocomplete="off" required .value=${names[language]}
        aria-invalid=${invalid(errors, id)} aria-describedby=${describedBy(errors, id)} />
      ${errorText(errors, id)}
    </div>`;
  })}`;
}

/** The names as the create and rename mutations take them. */
export function namesFromForm(form: HTMLFormElement): Record<(typeof NAME_FIELDS)[number][0], string> {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return { nameSv: value('nameSv'), nameNb: value('nameNb'), nameEn: value('nameEn') };
}

/** What the hub said about a topic, in the UI language. */
export function topicProblem(strings: Strings, problem: { code?: string; message?: string }, slug: string): string {
  switch (problem.code) {
    case 'INVALID_SLUG':
      return strings.badSlug;
    case 'TOPIC_EXISTS':
      return fill(strings.topicExists, slug);
    case 'INVALID_LENGTH':
      return strings.nameLength;
    case 'NOT_FOUND':
      return fill(strings.topicMissing, slug);
    default:
      return fill(strings.failed, problem.message ?? problem.code ?? '');
  }
}
