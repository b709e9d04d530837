import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';

/** Every editor's form: the kind's fields, the hint that unsaved changes are kept here, and the buttons. */
export function renderEditorForm(
  strings: Strings,
  label: string,
  fields: TemplateResult,
  actions: TemplateResult,
): TemplateResult {
  return html`<form class="card" @submit=${(event: Event) => event.preventDefault()} aria-label=${label}>
    ${fields}
    <p class="hint">${strings.unsavedKept}</p>
    ${actions}
  </form>`;
}
