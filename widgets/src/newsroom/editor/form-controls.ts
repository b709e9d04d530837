import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorText, type FieldErrors, fieldId, invalid } from './field-errors.js';

export interface ControlOptions {
  type?: string;
  hint?: string;
  /** Extra attributes of a number field. */
  min?: string;
  step?: string;
  /** The whole width of the form, for long texts. */
  wide?: boolean;
  required?: boolean;
}

/**
 * A labelled input with its hint and its error, tied by aria-describedby; `field` is the API's
 * name for it ("credits[0].hours"), from which the element's id is made.
 */
export function textField(
  errors: FieldErrors,
  field: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  options: ControlOptions = {},
): TemplateResult {
  const id = fieldId(field);
  const hintId = options.hint ? `${id}-hint` : undefined;
  return html`<div class=${options.wide ? 'field wide' : 'field'}>
    <label for=${id}>${label}</label>
    ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
    <input id=${id} type=${options.type ?? 'text'} .value=${value} ?required=${options.required ?? false} min=${options.min ?? nothing}
      step=${options.step ?? nothing} aria-invalid=${invalid(errors, field)}
      aria-describedby=${describedBy(errors, field, hintId)}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
    ${errorText(errors, field)}
  </div>`;
}

/** A labelled textarea with its hint and its error, like textField. */
export function textArea(
  errors: FieldErrors,
  field: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  hint?: string,
): TemplateResult {
  const id = fieldId(field);
  const hintId = hint ? `${id}-hint` : undefined;
  return html`<div class="field wide">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
    <textarea id=${id} .value=${value} aria-invalid=${invalid(errors, field)}
      aria-describedby=${describedBy(errors, field, hintId)}
      @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}></textarea>
    ${errorText(errors, field)}
  </div>`;
}

/** A labelled select of fixed choices, with its error. */
export function selectField(
  errors: FieldErrors,
  field: string,
  label: string,
  value: string,
  choices: Array<{ value: string; label: string; lang?: string }>,
  onChange: (value: string) => void,
): TemplateResult {
  const id = fieldId(field);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} aria-invalid=${invalid(errors, field)} aria-describedby=${describedBy(errors, field)}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${choices.map((choice) => html`<option value=${choice.value} lang=${choice.lang ?? nothing} ?selected=${choice.value === value}>${choice.label}</option>`)}
    </select>
    ${errorText(errors, field)}
  </div>`;
}
