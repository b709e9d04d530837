import { html, type LitElement, nothing, type TemplateResult } from 'lit';

/** Messages by the API's field names: `title`, `body`, `images[0].alt`, … */
export type FieldErrors = Record<string, string>;

/** An id usable in the DOM for a field name. */
export function fieldId(field: string): string {
  return field.replace(/[^\w-]+/g, '-');
}

/** The error text below a field, with the id its aria-describedby names. */
export function errorText(errors: FieldErrors, field: string): TemplateResult | typeof nothing {
  const message = errors[field];
  return message ? html`<p class="error" id=${`${fieldId(field)}-error`}>${message}</p>` : nothing;
}

/** The ids describing a field: its hint, and its error when it has one. */
export function describedBy(errors: FieldErrors, field: string, hint?: string): string | typeof nothing {
  const ids = [hint, errors[field] ? `${fieldId(field)}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

export function invalid(errors: FieldErrors, field: string): 'true' | 'false' {
  return errors[field] ? 'true' : 'false';
}

/** The first field marked invalid in document order, looking into the shadow roots of the elements inside. */
export function firstInvalid(root: ParentNode): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.getAttribute('aria-invalid') === 'true') return element;
    const inner = element.shadowRoot ? firstInvalid(element.shadowRoot) : null;
    if (inner) return inner;
  }
  return null;
}

/** Moves the focus to the element's first invalid field once its errors are shown. */
export async function focusFirstInvalid(element: LitElement): Promise<void> {
  await element.updateComplete;
  // A frame later the elements inside (a session's form) have shown their errors too.
  await new Promise(requestAnimationFrame);
  firstInvalid(element.renderRoot)?.focus();
}
