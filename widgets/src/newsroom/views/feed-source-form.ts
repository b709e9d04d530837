import { html, type TemplateResult } from 'lit';
import type { NewsroomContext } from '../app/context.js';
import { LANGUAGE_NAMES, LANGUAGES } from '../editor/content-fields.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';

/** The form that adds a feed source: its address, kind, language and interval, each error below its field. */
export function addSourceForm(
  ctx: NewsroomContext,
  errors: FieldErrors,
  submit: (event: SubmitEvent) => void,
): TemplateResult {
  const { strings } = ctx;
  const field = (name: string, label: string, control: TemplateResult) =>
    html`<div class="field"><label for=${`source-${name}`}>${label}</label>${control}${errorText(errors, name)}</div>`;
  const aria = (name: string) => ({ invalid: invalid(errors, name), described: describedBy(errors, name) });
  const url = aria('url');
  const interval = aria('intervalMinutes');
  return html`<section class="card" aria-labelledby="add-source-title">
    <h2 id="add-source-title">${strings.addSource}</h2>
    <form @submit=${submit} novalidate>
      ${field('url', strings.sourceUrl, html`<input id="source-url" name="url" type="url" required autocomplete="off" aria-invalid=${url.invalid} aria-describedby=${url.described} />`)}
      ${field('kind', strings.sourceKind, html`<select id="source-kind" name="kind"><option value="NEWS">${strings.NEWS}</option><option value="EVENTS">${strings.EVENTS}</option></select>`)}
      ${field('language', strings.sourceLanguage, html`<select id="source-language" name="language">${LANGUAGES.map((code) => html`<option value=${code} lang=${code}>${LANGUAGE_NAMES[code]}</option>`)}</select>`)}
      ${field('intervalMinutes', strings.intervalMinutes, html`<input id="source-intervalMinutes" name="intervalMinutes" type="number" min="5" max="10080" placeholder="60" aria-invalid=${interval.invalid} aria-describedby=${interval.described} />`)}
      <button class="primary" type="submit">${strings.addSourceButton}</button>
    </form>
  </section>`;
}
